"""The generated Vietnamese sentences of a conclusion notice, in the register of the reference
notices (54/TB-TCT of 2021 and the 2020 meeting conclusion). Used only where the secretary has not
written her own wording; every function takes plain data and returns finished text.

The sentences speak as the notice's issuing body (app.notice.issuer): "Tổ Công tác đề nghị …",
"UBND huyện yêu cầu …". Entry text is markup (app.domain.emphasis): the functions that include
it return `Rich`; the others return plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from app.domain.dates import inline_date
from app.domain.emphasis import Rich, parse
from app.domain.indicators import indicator_text
from app.domain.inspection_year import inspection_year
from app.domain.numbers import format_percent_prose
from app.dto import AttendeeData, AttendeeSide, EntryData, FollowupStatus, IndicatorData, Kind
from app.dto import InspectionData as Inspection
from app.notice.issuer import IssuingBody

HEADING_ASSESSMENT = "Đánh giá chung"
HEADING_LIMITATIONS = "Hạn chế, vướng mắc"
HEADING_PROPOSALS = "Về đề xuất, kiến nghị của đơn vị:"
HEADING_FOLLOWUP = "Kết quả thực hiện kiến nghị lần trước"
DEFAULT_SUBJECT = "việc thực hiện nhiệm vụ được giao"
PARTS_OF_DAY = {"sang": "Sáng", "chieu": "Chiều", "toi": "Tối"}

_LEADING_VERB = re.compile(r"^(kiểm tra|giám sát)\s+", re.IGNORECASE)
_LEADING_VIEC = re.compile(r"^việc\s+", re.IGNORECASE)
_LEADING_BASIS = re.compile(r"^(căn cứ|theo|tại)\s+", re.IGNORECASE)
_END_PUNCT = re.compile(r"[.!?:;…]$")


def recommendations_heading(body: IssuingBody) -> str:
    return f"Kiến nghị của {body.voice}"


def join_list(items: Sequence[str]) -> str:
    """ "a", "a và b", "a, b và c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def sentence(text: Rich) -> Rich:
    """`text` ending with sentence punctuation (a "." is added when it has none)."""
    text = text.strip()
    return text if not text or _END_PUNCT.search(text.text) else text + "."


def strip_final_punctuation(text: Rich) -> Rich:
    """Drop one final ";" or "." (not an ellipsis): list items get theirs from the list."""
    text = text.rstrip()
    plain = text.text
    if plain.endswith(";") or (plain.endswith(".") and not plain.endswith("..")):
        return text.slice(0, len(plain) - 1).rstrip()
    return text


def subject_phrase(subject: str, for_title: bool = False) -> str:
    """What was inspected, as it follows "kiểm tra": "Kiểm tra việc thực hiện X" → "việc thực hiện
    X" (in the title: "thực hiện X", as in "Kết luận kiểm tra thực hiện nhiệm vụ …")."""
    phrase = _LEADING_VERB.sub("", subject.strip()) or DEFAULT_SUBJECT
    if _LEADING_VIEC.match(phrase):
        phrase = _LEADING_VIEC.sub("việc ", phrase)
        if for_title:
            phrase = _LEADING_VIEC.sub("", phrase)
    return phrase


def basis_phrase(legal_basis: str) -> str:
    """The legal basis as it follows "tại": "Căn cứ Quyết định số 897/QĐ-UBND …" → "Quyết định
    số 897/QĐ-UBND …" (one line; the leading "Căn cứ", "Theo" or "Tại" dropped)."""
    text = " ".join(legal_basis.split()).rstrip(".;")
    return _LEADING_BASIS.sub("", text)


def _describe(person: AttendeeData) -> str:
    if person.group_text.strip():
        return person.group_text.strip()
    name, title = person.person_name.strip(), person.person_title.strip()
    if name:
        return f"đồng chí {name}, {title}" if title else f"đồng chí {name}"
    return title


def _side(people: Iterable[AttendeeData], side: str) -> list[str]:
    return [d for p in people if p.side == side and (d := _describe(p))]


def _chair(insp: Inspection) -> str:
    name, title = insp.chair_name.strip(), insp.chair_title.strip()
    if not name:
        return ""
    return f"đồng chí {name}, {title}" if title else f"đồng chí {name}"


def session_when(insp: Inspection) -> str:
    """ "Ngày 10/8/2021, ", "Chiều 15/11/2023, " (the part of day when known), or ""."""
    if not insp.date:
        return ""
    part = PARTS_OF_DAY.get(insp.part_of_day or "", "Ngày")
    return f"{part} {inline_date(insp.date)}, "


def _team(insp: Inspection, body: IssuingBody) -> str:
    """The members' team: the Tổ công tác, or the delegation of another body."""
    if body.name.casefold().startswith("tổ công tác"):
        return "Tổ công tác"
    return "Đoàn giám sát" if Kind(insp.kind) == Kind.GIAM_SAT else "Đoàn kiểm tra"


def opening(insp: Inspection, body: IssuingBody) -> list[str]:
    """The two opening paragraphs: date, what was done, who attended; who concluded."""
    unit = insp.unit_name.strip()
    kind = Kind(insp.kind)
    if kind == Kind.HOP:
        return _meeting_opening(insp, unit, body)
    verb = "giám sát" if kind == Kind.GIAM_SAT else "kiểm tra"
    first = [f"{session_when(insp)}{body.name} đã tổ chức {verb} {subject_phrase(insp.subject)}"]
    if unit:
        first[0] += f" tại {unit}"
    first[0] += "."
    group_side = _side(insp.attendees, AttendeeSide.TO_CONG_TAC)
    basis = basis_phrase(insp.legal_basis)
    members = f"các thành viên {_team(insp, body)} tại {basis}" if basis else ""
    if group_side and members:
        first.append(f"Tham dự {verb} có {members}: {join_list(group_side)}.")
    elif group_side or members:
        first.append(f"Tham dự {verb} có {join_list(group_side) or members}.")
    if unit_side := _side(insp.attendees, AttendeeSide.DON_VI):
        first.append(f"Về phía {unit or 'đơn vị'} có {join_list(unit_side)}.")
    if others := _side(insp.attendees, AttendeeSide.KHAC):
        first.append(f"Cùng tham dự có {join_list(others)}.")
    report = insp.unit_report.strip() or f"báo cáo của {unit or 'đơn vị'}"
    heard = f"Sau khi nghe {report} và ý kiến của các thành phần tham dự làm việc"
    if unit:
        heard += f" và ý kiến giải trình của {unit}"
    return [" ".join(first), f"{heard}; {_chair(insp) or body.name} kết luận như sau:"]


def _meeting_opening(insp: Inspection, unit: str, body: IssuingBody) -> list[str]:
    chair = _chair(insp) or body.name
    first = [f"{session_when(insp)}{chair} đã chủ trì cuộc họp {insp.subject.strip()}".rstrip()]
    first[0] += "."
    attendees = [d for p in insp.attendees if (d := _describe(p))]
    if attendees:
        first.append(f"Tham dự cuộc họp có {join_list(attendees)}.")
    report = insp.unit_report.strip() or f"báo cáo của {unit or 'các cơ quan, đơn vị'}"
    heard = f"Sau khi nghe {report}, ý kiến tham gia của các thành viên dự họp"
    return [" ".join(first), f"{heard}, {chair} kết luận như sau:"]


def default_title(insp: Inspection) -> str:
    """The trích yếu when the secretary has not written one."""
    unit = insp.unit_name.strip()
    kind = Kind(insp.kind)
    if kind == Kind.HOP:
        chair = _chair(insp)
        chair = f"của {chair} " if chair else ""
        return f"Kết luận {chair}tại cuộc họp {insp.subject.strip()}".strip()
    verb = "giám sát" if kind == Kind.GIAM_SAT else "kiểm tra"
    where = f" tại {unit}" if unit else ""
    return f"Kết luận {verb} {subject_phrase(insp.subject, for_title=True)}{where}"


def authorities(body: IssuingBody) -> str:
    """Whose tasks and conclusions: "UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh"."""
    authority = body.authority
    if authority.startswith("UBND "):
        return f"{authority}, Chủ tịch, các Phó Chủ tịch {authority}"
    return authority


def recommendations_intro(insp: Inspection, body: IssuingBody, to_agencies: bool) -> str:
    unit = insp.unit_name.strip() or "đơn vị"
    if to_agencies:
        unit += " và các cơ quan, đơn vị liên quan"
    if Kind(insp.kind) == Kind.HOP:
        return f"{body.voice} yêu cầu {unit} thực hiện một số nội dung sau:"
    year = inspection_year(insp)
    in_year = f" trong năm {year}" if year else ""
    return (
        "Để tiếp tục triển khai, thực hiện hoàn thành tốt các nhiệm vụ, kết luận, chỉ đạo của "
        f"{authorities(body)} giao{in_year}, {body.voice} "
        f"đề nghị {unit} quan tâm thực hiện một số nội dung sau:"
    )


def closing(insp: Inspection, body: IssuingBody) -> str:
    unit = insp.unit_name.strip()
    whom = f"{unit} và các cơ quan, đơn vị liên quan" if unit else "các cơ quan, đơn vị liên quan"
    return f"{body.name} thông báo để {whom} biết, thực hiện./."


def attachment_line(attachments: Sequence[str]) -> str:
    """ "(Gửi kèm Phụ lục: Danh mục nhiệm vụ …)", printed before the closing formula."""
    items = [a.strip().rstrip(".;") for a in attachments if a.strip()]
    return f"(Gửi kèm {'; '.join(items)})" if items else ""


def with_end_mark(text: Rich) -> Rich:
    """The closing ends with "./." (ND30): "…thực hiện." → "…thực hiện./."."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    if text.endswith("."):
        text = text.slice(0, len(text.text) - 1)
    return text + "./."


def deadline_wording(entry: EntryData) -> str:
    if entry.deadline_text.strip():
        return entry.deadline_text.strip()
    return f"chậm nhất ngày {inline_date(entry.deadline)}" if entry.deadline else ""


def criterion_prefix(entry: EntryData) -> Rich:
    """What opens a recommendation on a criterion: the secretary's own label ("Đối với tiêu chí
    1.5,", in italics if she set them), else "Tiêu chí 7.3.1, {title}: " from the code."""
    label = parse(entry.criterion_label).strip()
    if label:
        return label + " "
    code, title = entry.criterion_code.strip(), entry.criterion_title.strip()
    if not code:
        return Rich()
    return Rich.plain_text(f"Tiêu chí {code}, {title}: " if title else f"Tiêu chí {code}: ")


def recommendation_text(entry: EntryData) -> Rich:
    """A recommendation without its letter and final punctuation:
    "Tiêu chí 7.3.1, {title}: {context} {text}. Thời hạn hoàn thành: chậm nhất ngày 31/10/2024"."""
    context = sentence(parse(entry.context))
    body = strip_final_punctuation(parse(entry.text))
    deadline = deadline_wording(entry)
    if deadline and deadline.casefold() not in body.text.casefold():
        body = sentence(body) + f" Thời hạn hoàn thành: {deadline}" if body else Rich() + deadline
    joined = context + " " + body if context and body else context or body
    return criterion_prefix(entry) + joined


def has_generated_parts(entry: EntryData) -> bool:
    """The recommendation's printed text adds to what was typed (a criterion, a context, a
    deadline)."""
    return bool(
        entry.criterion_label.strip()
        or entry.criterion_code.strip()
        or entry.context.strip()
        or deadline_wording(entry)
    )


def proposal_paragraph(entry: EntryData) -> Rich:
    """The unit's proposal followed by the group's response, as one paragraph."""
    parts = [p for p in (sentence(parse(entry.text)), sentence(parse(entry.response))) if p]
    return parts[0] + " " + parts[1] if len(parts) == 2 else (parts[0] if parts else Rich())


def followup_text(entry: EntryData) -> Rich:
    """ "{recommendation}: đang thực hiện ({note})" without final punctuation."""
    text = strip_final_punctuation(parse(entry.text))
    status = FollowupStatus(entry.followup_status or "").label.lower()
    note = strip_final_punctuation(Rich.plain_text(entry.followup_note)).text
    if status:
        text = text + f": {status}"
    return text + f" ({note})" if note else text


def followup_heading(entries: Sequence[EntryData]) -> str:
    """ "Kết quả thực hiện kiến nghị tại Thông báo số 35/TB-TCT ngày 14/9/2023" when they share
    one source."""
    sources = {e.source.strip() for e in entries}
    if len(sources) == 1 and (source := sources.pop()):
        return f"Kết quả thực hiện kiến nghị tại Thông báo số {source}"
    return HEADING_FOLLOWUP


def _plain(value: Decimal | None) -> Decimal | None:
    """A figure without trailing zeros, as prose writes it: 50.00 → 50, 98.70 → 98.7."""
    if value is None:
        return None
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def indicator_paragraph(indicators: Sequence[IndicatorData], written: str) -> str:
    """One sentence per indicator ("{name}: tính đến ngày 30/9/2024, kế hoạch giao 46,4 tỷ
    đồng, thực hiện hơn 54,8 tỷ đồng, đạt 118,15%."), leaving out those whose figures the
    secretary's own text already states."""
    sentences = []
    for ind in indicators:
        ind = replace(
            ind,
            target=_plain(ind.target),
            actual=_plain(ind.actual),
            stated_percent=_plain(ind.stated_percent),
        )
        text = indicator_text(ind)
        if not text or not ind.name.strip():
            continue
        if ind.stated_percent is not None and format_percent_prose(ind.stated_percent) in written:
            continue
        if text in written:
            continue
        when = f"tính đến ngày {inline_date(ind.as_of)}, " if ind.as_of else ""
        sentences.append(f"{ind.name.strip()}: {when}{text}.")
    return " ".join(sentences)
