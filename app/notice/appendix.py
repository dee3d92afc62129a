"""Phụ lục of a notice: the table of the unit's assigned tasks and their status (ND30 §5)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.counts import count_statuses, counts_sentence
from app.domain.dates import inline_date
from app.domain.tasks import task_status
from app.dto import InspectionData, Kind, ProfileData, TaskData
from app.notice.model import Appendix, NoticeDocument

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
_APPENDIX_PREFIX = re.compile(r"^\s*phụ lục\b[^:]*:?\s*", re.IGNORECASE)


def _appendix_attachment(insp: InspectionData) -> str | None:
    for text in insp.notice.attachments:
        if _APPENDIX_PREFIX.match(text):
            return text
    return None


def wants_appendix(insp: InspectionData) -> bool:
    """An appendix is printed when the notice lists a "Phụ lục" attachment and there are tasks."""
    return bool(insp.tasks) and _appendix_attachment(insp) is not None


def _row(i: int, task: TaskData, insp: InspectionData, clean: Callable[[str], str]) -> tuple:
    status = task_status(task, insp.cutoff_date or insp.date)
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
    profile: ProfileData,
    doc: NoticeDocument,
    clean: Callable[[str], str],
) -> Appendix:
    """The task table, referring to the notice by its number and date (blank in a draft)."""
    attachment = clean(_appendix_attachment(insp) or "")
    title = _APPENDIX_PREFIX.sub("", attachment).strip()
    if not title:
        title = f"Danh mục nhiệm vụ được giao {clean(insp.unit_name)}".strip()
    number = doc.number_line.removeprefix("Số: ")
    _, _, date = doc.date_line.partition(", ")
    issuer = "UBND tỉnh" if Kind(insp.kind) == Kind.HOP else clean(profile.group_name)
    cutoff = insp.cutoff_date or insp.date
    counts = count_statuses(task_status(t, cutoff).effective for t in insp.tasks)
    return Appendix(
        label="Phụ lục",
        title=title.upper(),
        reference=f"(Kèm theo Thông báo số {number} {date} của {issuer})",
        columns=COLUMNS,
        widths_mm=WIDTHS_MM,
        rows=tuple(_row(i, t, insp, clean) for i, t in enumerate(insp.tasks, start=1)),
        summary=counts_sentence(counts, "UBND tỉnh"),
    )
