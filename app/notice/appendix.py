"""Phụ lục of a notice: the table of the unit's assigned tasks and their status (ND30 §5), and
the two lines it shares with the Excel tables: the table's title and the "(Kèm theo Thông báo
số …)" line."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.counts import count_statuses, counts_sentence
from app.domain.dates import inline_date
from app.domain.inspection_year import inspection_year
from app.domain.numbers import number_line
from app.domain.task_dates import counted
from app.domain.tasks import status_day, task_status
from app.dto import InspectionData, TaskData
from app.notice.forms import NoticeForm, notice_form
from app.notice.issuer import IssuingBody
from app.notice.model import Appendix
from app.notice.wording import authorities

COLUMNS = (
    "TT",
    "Nội dung nhiệm vụ",
    "Văn bản giao nhiệm vụ",
    "Thời hạn",
    "Ngày hoàn thành",
    "Tình trạng",
    "Ghi chú",
)
WIDTHS_MM = (11.0, 86.0, 48.0, 25.0, 25.0, 32.0, 30.0)  # landscape text width 257 mm
CENTRED = (True, False, False, True, True, False, False)
_APPENDIX_PREFIX = re.compile(r"^\s*phụ lục\b[^:]*:?\s*", re.IGNORECASE)
_BLANK = " " * 6


def _appendix_attachment(insp: InspectionData) -> str | None:
    for text in insp.notice.attachments:
        if _APPENDIX_PREFIX.match(text):
            return text
    return None


def wants_appendix(insp: InspectionData) -> bool:
    """An appendix is printed when the notice lists a "Phụ lục" attachment and there are tasks."""
    return bool(insp.tasks) and _appendix_attachment(insp) is not None


def task_table_title(insp: InspectionData, body: IssuingBody) -> str:
    """The title of the task table, in the notice's appendix and in Excel: what the notice's
    "Phụ lục" attachment calls it, else "Danh mục nhiệm vụ UBND tỉnh, Chủ tịch, các Phó Chủ
    tịch UBND tỉnh giao UBND thành phố Lạng Sơn năm 2021"."""
    attached = _APPENDIX_PREFIX.sub("", _appendix_attachment(insp) or "").strip()
    if attached:
        return attached
    year = inspection_year(insp)
    words = ["Danh mục nhiệm vụ", authorities(body), "giao", insp.unit_name.strip()]
    if year:
        words.append(f"năm {year}")
    return " ".join(w for w in words if w)


def reference_line(insp: InspectionData, body: IssuingBody, form: NoticeForm | None = None) -> str:
    """ "(Kèm theo Thông báo số 54/TB-TCT ngày 11/8/2021 của Tổ công tác của Chủ tịch UBND
    tỉnh)"; the number blank until the notice is issued, the day blank in a draft (the same
    rule as the notice's own number and date lines)."""
    notice = insp.notice
    form = form or notice_form(notice)
    issued = form == NoticeForm.ISSUED
    number = number_line(notice.number if issued else None, notice.doc_type, body.issuer_code)
    if notice.date is not None and form != NoticeForm.DRAFT:
        date = f"ngày {inline_date(notice.date)}"
    elif (when := notice.date or insp.date) is not None:
        month = when.replace(day=1, month=notice.draft_month or when.month)
        date = f"ngày{_BLANK}/{inline_date(month).split('/', 1)[1]}"
    else:
        date = f"ngày{_BLANK}"
    return f"(Kèm theo Thông báo số{number.removeprefix('Số:')} {date} của {body.name})"


def _row(i: int, task: TaskData, insp: InspectionData, clean: Callable[[str], str]) -> tuple:
    status = task_status(task, status_day(insp.cutoff_date, insp.date))
    deadline = inline_date(task.deadline) if task.deadline else clean(task.deadline_text)
    note = [clean(task.note)]
    if status.overridden and status.reason:
        note.append(clean(status.reason))
    return (
        str(i),
        clean(task.content),
        clean(task.source_doc),
        deadline,
        inline_date(task.completed_on) if task.completed_on else "",
        status.effective.label,
        "; ".join(n for n in note if n),
    )


def build_appendix(
    insp: InspectionData,
    body: IssuingBody,
    form: NoticeForm,
    clean: Callable[[str], str],
) -> Appendix:
    """The task table, referring to the notice by its number and date (blank before issue)."""
    cutoff = status_day(insp.cutoff_date, insp.date)
    counts = count_statuses(task_status(t, cutoff).effective for t in counted(insp.tasks))
    return Appendix(
        label="Phụ lục",
        title=clean(task_table_title(insp, body)).upper(),
        reference=clean(reference_line(insp, body, form)),
        columns=COLUMNS,
        widths_mm=WIDTHS_MM,
        centred=CENTRED,
        rows=tuple(_row(i, t, insp, clean) for i, t in enumerate(insp.tasks, start=1)),
        summary=counts_sentence(counts, body.authority),
    )
