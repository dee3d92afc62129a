"""Turns an inspection into its `NoticeDocument`: the secretary's wording where she wrote it,
generated wording (app.notice.wording) elsewhere, sections numbered as they occur."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from app.domain.counts import count_statuses, counts_sentence
from app.domain.dates import draft_header_date, header_date
from app.domain.letters import letter
from app.domain.numbers import number_line
from app.domain.recipients import default_recipients, printed_lines
from app.domain.tasks import task_status
from app.domain.text import nfc
from app.dto import EntryData, InspectionData, Kind, ProfileData, Section
from app.notice import wording
from app.notice.appendix import build_appendix, wants_appendix
from app.notice.model import (
    Block,
    DashItem,
    GroupHeading,
    Heading,
    LetteredItem,
    NoticeDocument,
    Paragraph,
    Signature,
)

# Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be written to XML or a PDF text layer.
_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """User text as the notice prints it: NFC, no control characters, no unwritable code points."""
    return _UNWRITABLE.sub("", nfc(text or ""))


def _lines(text: str) -> list[str]:
    """Paragraphs of a free-text field: one per non-empty line."""
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


def build_notice(
    inspection: InspectionData,
    profile: ProfileData,
    draft: bool | None = None,
    appendix: bool | None = None,
) -> NoticeDocument:
    """The notice of `inspection`. `draft` None prints the issued notice when it has been issued,
    else the draft; True forces the draft (blank number and day, "DỰ THẢO" mark). `appendix` None
    adds the task table when the notice lists a "Phụ lục" among its attachments."""
    notice = inspection.notice
    is_draft = not notice.issued if draft is None else draft
    parent, issuing = _organ_lines(inspection, profile)
    place = clean(notice.place) or clean(profile.place_name)
    issuer = clean(notice.issuer_code) or clean(profile.issuer_code)
    doc_type = clean(notice.doc_type) or "TB"
    number = None if is_draft else clean(notice.number)
    number_text = number_line(number, doc_type, issuer)
    date_text = _date_line(inspection, place, is_draft)
    recipients = printed_lines(notice.recipients) or default_recipients(
        profile.default_recipients, inspection.unit_name
    )
    doc = NoticeDocument(
        organ_parent=parent,
        organ_issuing=issuing,
        number_line=number_text,
        date_line=date_text,
        title=clean(notice.title) or clean(wording.default_title(inspection)),
        blocks=tuple(_body(inspection, clean(profile.group_name))),
        recipients=tuple(_recipient(r) for r in recipients),
        signature=_signature(inspection, profile),
        draft=is_draft,
    )
    if appendix or (appendix is None and wants_appendix(inspection)):
        doc = replace(doc, appendix=build_appendix(inspection, profile, doc, clean))
    return doc


def _organ_lines(insp: InspectionData, profile: ProfileData) -> tuple[tuple[str, ...], ...]:
    """The letterhead: the notice's own lines when it has an issuing organ (its parent line may
    then be empty on purpose), else the profile's."""
    notice = insp.notice
    if notice.organ_issuing.strip():
        parent, issuing = notice.organ_parent, notice.organ_issuing
    else:
        parent = notice.organ_parent or profile.parent_organ
        issuing = profile.issuing_organ
    return tuple(_lines(parent)), tuple(_lines(issuing))


def _date_line(insp: InspectionData, place: str, is_draft: bool) -> str:
    notice = insp.notice
    if not is_draft and notice.date:
        return header_date(place, notice.date)
    reference = notice.date or insp.date or dt.date.today()
    month = notice.draft_month or (insp.date or reference).month
    return draft_header_date(place, month, reference.year)


def _recipient(text: str) -> str:
    text = clean(text).replace("\n", " ").strip()
    return re.sub(r"^-\s*", "", text)


def _signature(insp: InspectionData, profile: ProfileData) -> Signature:
    n = insp.notice
    if not (n.authority_lines or n.signer_capacity or n.signer_title) and profile.signature_presets:
        preset = profile.signature_presets[0]
        lines = preset.get("authority_lines") or []
        capacity, title = preset.get("capacity") or "", preset.get("title") or ""
    else:
        lines, capacity, title = n.authority_lines, n.signer_capacity, n.signer_title
    return Signature(
        authority_lines=tuple(clean(line).upper() for line in lines if clean(line)),
        capacity=clean(capacity).upper(),
        title=clean(title).upper(),
        name=clean(n.signer_name) or _default_signer(insp),
    )


def _default_signer(insp: InspectionData) -> str:
    """Who signs when no name is recorded: the group's leader chairs and signs an inspection; a
    meeting's chair does not sign its notice (the office does, TL. Chủ tịch)."""
    return "" if Kind(insp.kind) == Kind.HOP else clean(insp.chair_name)


def _body(insp: InspectionData, group_name: str) -> list[Block]:
    notice = insp.notice
    blocks: list[Block] = [
        Paragraph(p)
        for p in _lines(notice.opening) or _clean_all(wording.opening(insp, group_name))
    ]
    if Kind(insp.kind) == Kind.HOP:
        blocks += _meeting_body(insp)
    else:
        blocks += _numbered_sections(insp)
    closing = _lines(notice.closing) or [clean(wording.closing(insp, group_name))]
    closing[-1] = wording.with_end_mark(closing[-1])
    blocks += [Paragraph(p) for p in closing]
    return blocks


def _clean_all(texts: list[str]) -> list[str]:
    return [clean(t) for t in texts if clean(t)]


def _entries(insp: InspectionData, section: Section) -> list[EntryData]:
    return [e for e in insp.section(section) if clean(e.text) or clean(e.response)]


def _paragraphs(entries: list[EntryData]) -> list[Block]:
    return [Paragraph(p) for e in entries for p in _lines(e.text)]


def _numbered_sections(insp: InspectionData) -> list[Block]:
    """ "1. Đánh giá chung", "2. Hạn chế, vướng mắc", …: empty sections are left out and the
    numbers close up (a recommendation group heading needs its section's number)."""
    followups = _entries(insp, Section.FOLLOWUP)
    sections: list[tuple[str, Callable[[int], list[Block]]]] = [
        (wording.HEADING_ASSESSMENT, lambda n: _assessment(insp)),
        (wording.HEADING_LIMITATIONS, lambda n: _paragraphs(_entries(insp, Section.LIMITATION))),
        (wording.recommendations_heading(insp.kind), lambda n: _recommendations(insp, n)),
        (wording.HEADING_PROPOSALS, lambda n: _proposals(insp)),
        (
            wording.followup_heading(followups),
            lambda n: _dash_list([clean(wording.followup_text(e)) for e in followups]),
        ),
    ]
    blocks: list[Block] = []
    number = 0
    for heading, content_of in sections:
        if content := content_of(number + 1):
            number += 1
            blocks.append(Heading(f"{number}. {clean(heading)}"))
            blocks += content
    return blocks


def _assessment(insp: InspectionData) -> list[Block]:
    entries = _entries(insp, Section.ASSESSMENT)
    blocks = _paragraphs(entries)
    written = " ".join(clean(e.text) for e in insp.entries)
    if insp.tasks:
        cutoff = insp.cutoff_date or insp.date
        counts = count_statuses(task_status(t, cutoff).effective for t in insp.tasks)
        if counts.ratio_text not in " ".join(clean(e.text) for e in entries):
            blocks.append(Paragraph(counts_sentence(counts, wording.ASSIGNER)))
    if indicators := clean(wording.indicator_paragraph(insp.indicators, written)):
        blocks.append(Paragraph(indicators))
    return blocks


def _proposals(insp: InspectionData) -> list[Block]:
    return [
        Paragraph(p)
        for e in _entries(insp, Section.PROPOSAL)
        for p in _lines(wording.proposal_paragraph(e))
    ]


def _by_addressee(insp: InspectionData) -> tuple[list[EntryData], dict[str, list[EntryData]]]:
    """The unit's own recommendations, and those to each named agency in order of appearance."""
    unit = clean(insp.unit_name).casefold()
    own: list[EntryData] = []
    groups: dict[str, list[EntryData]] = {}
    for entry in _entries(insp, Section.RECOMMENDATION):
        addressee = clean(entry.addressee).strip()
        if not addressee or addressee.casefold() == unit:
            own.append(entry)
        else:
            groups.setdefault(addressee, []).append(entry)
    return own, groups


def _recommendations(insp: InspectionData, section_number: int) -> list[Block]:
    own, groups = _by_addressee(insp)
    if not own and not groups:
        return []
    intro = _lines(insp.notice.recommendations_intro) or [
        clean(wording.recommendations_intro(insp, to_agencies=bool(groups)))
    ]
    blocks: list[Block] = [Paragraph(p) for p in intro]
    blocks += _lettered([clean(wording.recommendation_text(e)) for e in own])
    for i, (agency, entries) in enumerate(groups.items(), start=1):
        blocks.append(GroupHeading(f"{section_number}.{i}. {agency}"))
        blocks += _lettered([clean(wording.recommendation_text(e)) for e in entries])
    return blocks


def _lettered(texts: list[str]) -> list[Block]:
    """a) …; b) …; … the last with "."; a single item stands alone, without a letter."""
    texts = [" ".join(t.split("\n")) for t in texts if t]
    if len(texts) == 1:
        return [Paragraph(f"{texts[0]}.")]
    last = len(texts) - 1
    return [LetteredItem(letter(i), f"{t}{'.' if i == last else ';'}") for i, t in enumerate(texts)]


def _dash_list(texts: list[str]) -> list[Block]:
    texts = [" ".join(t.split("\n")) for t in texts if t]
    last = len(texts) - 1
    return [DashItem(f"{t}{'.' if i == last else ';'}") for i, t in enumerate(texts)]


def _meeting_body(insp: InspectionData) -> list[Block]:
    """A meeting conclusion: no numbered sections; recommendations are "- " items printed with
    their own punctuation, those to named agencies under the agency's name."""
    blocks = _paragraphs(_entries(insp, Section.ASSESSMENT))
    blocks += _paragraphs(_entries(insp, Section.LIMITATION))
    own, groups = _by_addressee(insp)
    if own or groups:
        intro = _lines(insp.notice.recommendations_intro) or [
            clean(wording.recommendations_intro(insp, to_agencies=bool(groups)))
        ]
        blocks += [Paragraph(p) for p in intro]
        blocks += [DashItem(_meeting_item(e)) for e in own]
        for agency, entries in groups.items():
            blocks.append(GroupHeading(agency))
            blocks += [DashItem(_meeting_item(e)) for e in entries]
    blocks += _proposals(insp)
    return blocks


def _meeting_item(entry: EntryData) -> str:
    text = clean(entry.text).replace("\n", " ").strip()
    if entry.criterion_code.strip() or entry.context.strip() or wording.deadline_wording(entry):
        return clean(wording.sentence(wording.recommendation_text(entry)))
    return text
