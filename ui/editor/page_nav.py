"""What the page list says about each page: how many items it holds and what needs a look.

"3. Nhiệm vụ (34)", "7. Kiến nghị (7)"; a page with a problem (no unit yet, an indicator whose
stated percent differs from the computed one) gets a marker and says why in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import dto
from app.domain.indicators import percent_mismatch

# Where the page's own title is longer than the page list is wide.
SHORT_TITLES = {
    "tasks": "Nhiệm vụ",
    "assessment": "Đánh giá",  # "5. Đánh giá chung (3)" does not fit the list at 1366×768
    "limitation": "Hạn chế",
    "proposal": "Đề xuất",
}
_SECTIONS = {"assessment", "limitation", "recommendation", "proposal", "followup"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("page_nav", text)


def page_count(key: str, draft: dto.InspectionData) -> int | None:
    """The number of items on page *key* (None for a page of fields)."""
    if key == "attendees":
        return len(draft.attendees)
    if key == "tasks":
        return len(draft.tasks)
    if key == "indicators":
        return len(draft.indicators)
    if key in _SECTIONS:
        return len(draft.section(key))
    return None


def page_problems(key: str, draft: dto.InspectionData) -> list[str]:
    """What on page *key* needs the secretary's attention, in Vietnamese (empty: nothing)."""
    problems = []
    if key == "general":
        if not draft.unit_name.strip():
            problems.append(_tr("Chưa có đơn vị được kiểm tra"))
        if draft.date is None:
            problems.append(_tr("Chưa có ngày làm việc"))
    elif key == "indicators":
        mismatches = sum(1 for ind in draft.indicators if percent_mismatch(ind))
        if mismatches:
            problems.append(_tr("{0} chỉ tiêu có tỷ lệ nêu khác tỷ lệ tính").format(mismatches))
    return problems
