"""Turns an inspection into its `NoticeDocument`: the secretary's wording where she wrote it,
generated wording (app.notice.wording) elsewhere, labelled by the one rule of app.notice.outline.

`body_blocks` lays out the body of any inspection (a giám sát record included, whose outline the
editor shows); `build_notice` makes the notice, which a giám sát session does not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.domain.counts import count_statuses, counts_sentence
from app.domain.emphasis import Rich, parse
from app.domain.errors import InputError
from app.domain.recipients import default_recipients, printed_lines
from app.domain.task_dates import counted
from app.domain.tasks import status_day, task_status
from app.domain.text import nfc
from app.dto import EntryData, EntryKind, InspectionData, Kind, ProfileData, Section
from app.notice import outline, wording
from app.notice.appendix import build_appendix, wants_appendix
from app.notice.forms import DRAFT_MARK, NoticeForm, date_text, notice_form, number_text
from app.notice.issuer import IssuingBody, issuing_body
from app.notice.model import Block, BlockKind, NoticeDocument, Signature

# Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be written to XML or a PDF text layer.
_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
NO_NOTICE = "Buổi giám sát không có thông báo kết luận của Tổ công tác."


def clean(text: str | None) -> str:
    """User text as the notice prints it: NFC, no control characters, no unwritable code points."""
    return _UNWRITABLE.sub("", nfc(text or ""))


def _rich(text: Rich) -> Rich:
    return text.map_text(clean)


def _lines(text: str) -> list[str]:
    """Paragraphs of a free-text field: one per non-empty line."""
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


def _rich_lines(text: Rich) -> list[Rich]:
    return [line.strip() for line in _rich(text).split_lines() if line.strip()]


def _one_line(text: Rich) -> Rich:
    return _rich(text).replace("\n", " ")


def build_notice(
    inspection: InspectionData,
    profile: ProfileData,
    draft: bool | None = None,
    appendix: bool | None = None,
    form: NoticeForm | None = None,
) -> NoticeDocument:
    """The notice of `inspection` in its own form (app.notice.forms), or in `form`; `draft`
    True forces the draft. `appendix` None adds the task table when the notice lists a "Phụ
    lục" among its attachments. A giám sát session has no notice: InputError."""
    require_notice(inspection)
    notice = inspection.notice
    form = NoticeForm.DRAFT if draft else (form or notice_form(notice))
    body = issuing_body(inspection, profile)
    doc_type = clean(notice.doc_type) or "TB"
    recipients = printed_lines(notice.recipients) or default_recipients(
        body.recipients, inspection.unit_name
    )
    doc = NoticeDocument(
        organ_parent=tuple(clean(line) for line in body.parent_organ),
        organ_issuing=tuple(clean(line) for line in body.issuing_organ),
        number_line=number_text(notice, form, doc_type, clean(body.issuer_code)),
        date_line=date_text(inspection, form, clean(body.place)),
        title=clean(notice.title) or clean(wording.default_title(inspection)),
        blocks=body_blocks(inspection, body, with_frame=True),
        recipients=tuple(f"- {_recipient(r)}" for r in recipients if _recipient(r)),
        signature=_signature(inspection, body),
        form=str(form),
        draft_mark=DRAFT_MARK if form == NoticeForm.DRAFT else "",
    )
    if appendix or (appendix is None and wants_appendix(inspection)):
        doc = replace(doc, appendix=build_appendix(inspection, body, form, clean))
    return doc


def has_notice(kind: str) -> bool:
    """A giám sát session is recorded for reference; its report belongs to the People's
    Council, so it has no conclusion notice."""
    return Kind(kind) != Kind.GIAM_SAT


def require_notice(inspection: InspectionData) -> None:
    """InputError for an inspection that has no notice (has_notice)."""
    if not has_notice(inspection.kind):
        raise InputError(NO_NOTICE, field="kind")


def entry_labels(inspection: InspectionData, profile: ProfileData) -> dict[int, str]:
    """index in inspection.entries → the label the notice prints for that entry ("3.1.", "a)",
    "-", ""); entries the notice leaves out (no text yet) have none."""
    body = issuing_body(inspection, profile)
    labels: dict[int, str] = {}
    for block in body_blocks(inspection, body, with_frame=False):
        if block.entry is not None:
            labels.setdefault(block.entry, block.label)
    return labels


def _recipient(text: str) -> str:
    text = clean(text).replace("\n", " ").strip()
    return re.sub(r"^-\s*", "", text)


def _signature(insp: InspectionData, body: IssuingBody) -> Signature:
    n = insp.notice
    if not (n.authority_lines or n.signer_capacity or n.signer_title) and body.presets:
        preset = body.presets[0]
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


# -- the body -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    """A body item before labelling: generated, or printing entry number `entry`."""

    kind: EntryKind
    content: Rich
    entry: int | None = None
    level: int = 1
    numbered: bool = True
    own_punctuation: bool = False  # a dash item keeps the punctuation it was typed with


def _para(text: str | Rich, entry: int | None = None) -> _Piece:
    content = Rich.plain_text(text) if isinstance(text, str) else text
    return _Piece(EntryKind.PARAGRAPH, _rich(content), entry)


def _heading(text: str, level: int = 1) -> _Piece:
    return _Piece(EntryKind.HEADING, Rich.plain_text(clean(text)), level=level)


def body_blocks(insp: InspectionData, body: IssuingBody, with_frame: bool) -> tuple[Block, ...]:
    """The body's blocks, labelled; `with_frame` adds the opening and closing paragraphs."""
    pieces: list[_Piece] = []
    if with_frame:
        opening = _lines(insp.notice.opening) or [clean(t) for t in wording.opening(insp, body)]
        pieces += [_para(p) for p in opening if p]
    if outline.numbered_sections(insp.kind):
        pieces += _numbered_sections(insp, body)
    else:
        pieces += _meeting_body(insp, body)
    if with_frame:
        pieces += _closing(insp, body)
    return _labelled(pieces)


def _closing(insp: InspectionData, body: IssuingBody) -> list[_Piece]:
    """The closing paragraphs, the last ending "./."; the attachment line before that last."""
    closing = [Rich.plain_text(p) for p in _lines(insp.notice.closing)]
    closing = closing or [Rich.plain_text(clean(wording.closing(insp, body)))]
    closing[-1] = wording.with_end_mark(closing[-1])
    pieces = [_para(p) for p in closing]
    if line := clean(wording.attachment_line(insp.notice.attachments)):
        pieces.insert(len(pieces) - 1, _para(Rich.plain_text(line, italic=True)))
    return pieces


def _indexed(insp: InspectionData, section: str) -> list[tuple[int, EntryData]]:
    return [(i, e) for i, e in enumerate(insp.entries) if e.section == section]


def _section_pieces(insp: InspectionData, section: str) -> list[_Piece]:
    """The entries of one section as body items, in order; empty entries are left out."""
    indexed = _indexed(insp, section)
    agencies = outline.addressees([e for _, e in indexed], insp.unit_name)
    pieces = []
    for (index, entry), agency in zip(indexed, agencies, strict=True):
        kind = outline.effective_kind(entry, insp.kind)
        pieces += _entry_pieces(insp, index, entry, kind, agency)
    return pieces


def _entry_pieces(
    insp: InspectionData, index: int, entry: EntryData, kind: EntryKind, agency: str
) -> list[_Piece]:
    if kind == EntryKind.HEADING:
        text = _rich(parse(entry.text)).replace("\n", " ").strip()
        text = text or Rich.plain_text(clean(entry.addressee).strip())
        if not text:
            return []
        return [_Piece(kind, text, index, entry.level, entry.numbered)]
    section = entry.section
    if section == Section.RECOMMENDATION:
        if not clean(entry.text).strip():
            return []
        own = kind == EntryKind.DASH and not wording.has_generated_parts(entry)
        content = parse(entry.text) if own else wording.recommendation_text(entry)
        if kind == EntryKind.PARAGRAPH:
            content = wording.sentence(content)
        return [_Piece(kind, _one_line(content).strip(), index, own_punctuation=own)]
    if section == Section.PROPOSAL:
        content = wording.proposal_paragraph(entry)
    elif section == Section.FOLLOWUP:
        content = wording.followup_text(entry) if clean(entry.text).strip() else Rich()
    else:
        content = parse(entry.text)
    if kind == EntryKind.PARAGRAPH:
        return [_para(line, index) for line in _rich_lines(content)]
    content = _one_line(content).strip()
    if not content:
        return []
    own = kind == EntryKind.DASH and section != Section.FOLLOWUP
    return [_Piece(kind, content, index, own_punctuation=own)]


def _numbered_sections(insp: InspectionData, body: IssuingBody) -> list[_Piece]:
    """ "1. Đánh giá chung", "2. Hạn chế, vướng mắc", …: empty sections are left out and the
    numbers close up."""
    followups = [e for _, e in _indexed(insp, Section.FOLLOWUP)]
    sections: list[tuple[str, Callable[[], list[_Piece]]]] = [
        (wording.HEADING_ASSESSMENT, lambda: _assessment(insp, body)),
        (wording.HEADING_LIMITATIONS, lambda: _section_pieces(insp, Section.LIMITATION)),
        (wording.recommendations_heading(body), lambda: _recommendations(insp, body, [])),
        (wording.HEADING_PROPOSALS, lambda: _section_pieces(insp, Section.PROPOSAL)),
        (wording.followup_heading(followups), lambda: _section_pieces(insp, Section.FOLLOWUP)),
    ]
    pieces: list[_Piece] = []
    for heading, content_of in sections:
        if content := content_of():
            pieces.append(_heading(heading))
            pieces += content
    return pieces


def _assessment(insp: InspectionData, body: IssuingBody) -> list[_Piece]:
    pieces = _section_pieces(insp, Section.ASSESSMENT)
    own_text = " ".join(p.content.text for p in pieces)
    if insp.tasks:
        cutoff = status_day(insp.cutoff_date, insp.date)
        counts = count_statuses(task_status(t, cutoff).effective for t in counted(insp.tasks))
        if counts.ratio_text not in own_text:
            pieces.append(_para(counts_sentence(counts, body.authority)))
    written = " ".join(parse(e.text).text for e in insp.entries)
    if indicators := clean(wording.indicator_paragraph(insp.indicators, written)):
        pieces.append(_para(indicators))
    return pieces


def _recommendations(insp: InspectionData, body: IssuingBody, before: list[_Piece]) -> list[_Piece]:
    """The recommendations, after their intro: the secretary's own intro, or the paragraph
    before them when it ends with ":" (one paragraph that ends the assessment and introduces
    them), or the generated one."""
    items = _section_pieces(insp, Section.RECOMMENDATION)
    if not items:
        return []
    intro = [_para(Rich.plain_text(p)) for p in _lines(insp.notice.recommendations_intro)]
    leading = items[0] if items[0].kind == EntryKind.PARAGRAPH else (before[-1] if before else None)
    if not intro and not (leading is not None and leading.content.text.rstrip().endswith(":")):
        entries = [e for _, e in _indexed(insp, Section.RECOMMENDATION)]
        agencies = any(outline.addressees(entries, insp.unit_name))
        intro = [_para(clean(wording.recommendations_intro(insp, body, to_agencies=agencies)))]
    return intro + items


def _meeting_body(insp: InspectionData, body: IssuingBody) -> list[_Piece]:
    """A meeting conclusion: no generated headings (the secretary's own are numbered from 1);
    its recommendations are "- " items by default."""
    pieces = _section_pieces(insp, Section.ASSESSMENT)
    pieces += _section_pieces(insp, Section.LIMITATION)
    pieces += _recommendations(insp, body, pieces)
    pieces += _section_pieces(insp, Section.PROPOSAL)
    return pieces


# -- labels and punctuation ---------------------------------------------------------------------


def _ended(content: Rich) -> bool:
    """The text already ends with its own sentence punctuation."""
    return wording.sentence(content) == content.strip()


def _labelled(pieces: list[_Piece]) -> tuple[Block, ...]:
    labels = outline.labels([outline.Item(p.kind, p.level, p.numbered) for p in pieces])
    blocks = []
    for i, (piece, label) in enumerate(zip(pieces, labels, strict=True)):
        content = piece.content
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        last = following is None or following.kind != piece.kind
        if piece.kind == EntryKind.POINT:
            content = wording.strip_final_punctuation(content)
            content += "." if last or not label else ";"
        elif piece.kind == EntryKind.DASH and not (piece.own_punctuation and _ended(content)):
            content = wording.strip_final_punctuation(content) + ("." if last else ";")
        blocks.append(Block(BlockKind(str(piece.kind)), content, label, piece.entry))
    return tuple(blocks)
