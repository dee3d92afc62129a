"""The generated Vietnamese sentences of a conclusion notice, in the register of the reference
notices (54/TB-TCT of 2021 and the 2020 meeting conclusion). Used only where the secretary has not
written her own wording; every function takes plain data and returns finished text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from app.domain.dates import inline_date
from app.domain.indicators import indicator_text
from app.domain.inspection_year import inspection_year
from app.domain.numbers import format_percent_prose
from app.dto import AttendeeData, AttendeeSide, EntryData, FollowupStatus, IndicatorData, Kind
from app.dto import InspectionData as Inspection

HEADING_ASSESSMENT = "Đánh giá chung"
HEADING_LIMITATIONS = "Hạn chế, vướng mắc"
HEADING_PROPOSALS = "Về đề xuất, kiến nghị của đơn vị:"
HEADING_FOLLOWUP = "Kết quả thực hiện kiến nghị lần trước"
DEFAULT_SUBJECT = "việc thực hiện nhiệm vụ được giao"
ASSIGNER = "UBND tỉnh"

_LEADING_VERB = re.compile(r"^(kiểm tra|giám sát)\s+", re.IGNORECASE)
_LEADING_VIEC = re.compile(r"^việc\s+", re.IGNORECASE)
_END_PUNCT = re.compile(r"[.!?:;…]$")


def body_name(kind: str) -> str:
    """Who speaks in the body: "Tổ Công tác", "Đoàn giám sát"; a meeting speaks as UBND tỉnh."""
    return {Kind.GIAM_SAT: "Đoàn giám sát", Kind.HOP: "UBND tỉnh"}.get(Kind(kind), "Tổ Công tác")


def recommendations_heading(kind: str) -> str:
    return f"Kiến nghị của {body_name(kind)}"


def join_list(items: Sequence[str]) -> str:
    """ "a", "a và b", "a, b và c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def sentence(text: str) -> str:
    """`text` ending with sentence punctuation (a "." is added when it has none)."""
    text = text.strip()
    return text if not text or _END_PUNCT.search(text) else f"{text}."


def strip_final_punctuation(text: str) -> str:
    """Drop one final ";" or "." (not an ellipsis): recommendations get theirs from the list."""
    text = text.rstrip()
    if text.endswith(";") or (text.endswith(".") and not text.endswith("..")):
        return text[:-1].rstrip()
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


def _session_date(insp: Inspection) -> str:
    return f"Ngày {inline_date(insp.date)}, " if insp.date else ""


def opening(insp: Inspection, group_name: str) -> list[str]:
    """The two opening paragraphs: date, what was done, who attended; who concluded."""
    unit = insp.unit_name.strip()
    kind = Kind(insp.kind)
    if kind == Kind.HOP:
        return _meeting_opening(insp, unit)
    verb = "giám sát" if kind == Kind.GIAM_SAT else "kiểm tra"
    first = [f"{_session_date(insp)}{group_name} đã tổ chức {verb} {subject_phrase(insp.subject)}"]
    if unit:
        first[0] += f" tại {unit}"
    first[0] += "."
    group_side = _side(insp.attendees, AttendeeSide.TO_CONG_TAC)
    if not group_side and insp.legal_basis.strip():
        group_side = [f"các thành viên Tổ công tác tại {insp.legal_basis.strip()}"]
    if group_side:
        first.append(f"Tham dự {verb} có {join_list(group_side)}.")
    if unit_side := _side(insp.attendees, AttendeeSide.DON_VI):
        first.append(f"Về phía {unit or 'đơn vị'} có {join_list(unit_side)}.")
    if others := _side(insp.attendees, AttendeeSide.KHAC):
        first.append(f"Cùng tham dự có {join_list(others)}.")
    report = insp.unit_report.strip() or f"báo cáo của {unit or 'đơn vị'}"
    heard = f"Sau khi nghe {report} và ý kiến của các thành phần tham dự làm việc"
    if unit:
        heard += f" và ý kiến giải trình của {unit}"
    return [" ".join(first), f"{heard}; {_chair(insp) or group_name} kết luận như sau:"]


def _meeting_opening(insp: Inspection, unit: str) -> list[str]:
    chair = _chair(insp) or "UBND tỉnh"
    first = [f"{_session_date(insp)}{chair} đã chủ trì cuộc họp {insp.subject.strip()}".rstrip()]
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


def recommendations_intro(insp: Inspection, to_agencies: bool) -> str:
    unit = insp.unit_name.strip() or "đơn vị"
    if to_agencies:
        unit += " và các cơ quan, đơn vị liên quan"
    if Kind(insp.kind) == Kind.HOP:
        return f"UBND tỉnh yêu cầu {unit} thực hiện một số nội dung sau:"
    year = inspection_year(insp)
    in_year = f" trong năm {year}" if year else ""
    return (
        "Để tiếp tục triển khai, thực hiện hoàn thành tốt các nhiệm vụ, kết luận, chỉ đạo của "
        f"UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh giao{in_year}, {body_name(insp.kind)} "
        f"đề nghị {unit} quan tâm thực hiện một số nội dung sau:"
    )


def closing(insp: Inspection, group_name: str) -> str:
    unit = insp.unit_name.strip()
    whom = f"{unit} và các cơ quan, đơn vị liên quan" if unit else "các cơ quan, đơn vị liên quan"
    speaker = "Văn phòng UBND tỉnh" if Kind(insp.kind) == Kind.HOP else group_name
    return f"{speaker} thông báo để {whom} biết, thực hiện./."


def with_end_mark(text: str) -> str:
    """The closing ends with "./." (ND30): "…thực hiện." → "…thực hiện./."."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    return f"{text[:-1] if text.endswith('.') else text}./."


def deadline_wording(entry: EntryData) -> str:
    if entry.deadline_text.strip():
        return entry.deadline_text.strip()
    return f"chậm nhất ngày {inline_date(entry.deadline)}" if entry.deadline else ""


def recommendation_text(entry: EntryData) -> str:
    """A recommendation without its letter and final punctuation:
    "Tiêu chí 7.3.1, {title}: {context} {text}. Thời hạn hoàn thành: chậm nhất ngày 31/10/2024"."""
    prefix = ""
    code, title = entry.criterion_code.strip(), entry.criterion_title.strip()
    if code:
        prefix = f"Tiêu chí {code}, {title}: " if title else f"Tiêu chí {code}: "
    context = sentence(entry.context)
    body = strip_final_punctuation(entry.text)
    deadline = deadline_wording(entry)
    if deadline and deadline.casefold() not in body.casefold():
        body = f"{sentence(body)} Thời hạn hoàn thành: {deadline}" if body else deadline
    return prefix + " ".join(p for p in (context, body) if p)


def proposal_paragraph(entry: EntryData) -> str:
    """The unit's proposal followed by the group's response, as one paragraph."""
    return " ".join(p for p in (sentence(entry.text), sentence(entry.response)) if p)


def followup_text(entry: EntryData) -> str:
    """ "{recommendation}: đang thực hiện ({note})" without final punctuation."""
    text = strip_final_punctuation(entry.text)
    status = FollowupStatus(entry.followup_status or "").label.lower()
    note = strip_final_punctuation(entry.followup_note)
    parts = [text]
    if status:
        parts = [f"{text}: {status}"]
    if note:
        parts.append(f"({note})")
    return " ".join(parts)


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
    """One sentence per indicator ("{name}: hơn 98,7 tỷ đồng, đạt 64,75% dự toán giao."), leaving
    out those whose figures the secretary's own text already states."""
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
        sentences.append(f"{ind.name.strip()}: {text}.")
    return " ".join(sentences)
