"""What a merge did or would do, as plain data for the command line and the merge dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.domain.dates import inline_date
from app.sync.merge import DELETED, ISSUED, LOCAL, Conflict

ADDED, UNCHANGED, UPDATED, KEPT = "added", "unchanged", "updated", "kept"

_REASONS = {
    DELETED: "xóa ở một máy, sửa ở máy kia",
    ISSUED: "đã ban hành: giữ bản đã ban hành",
}


@dataclass
class InspectionMerge:
    """One inspection of the file: what happens to it here."""

    uuid: str
    label: str  # "UBND huyện Mây Xanh, 10/8/2021"
    action: str  # ADDED, UNCHANGED, UPDATED, KEPT (changed there, nothing taken here)
    taken: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    register: list[str] = field(default_factory=list)  # numbers used here for another one
    inspection_id: int | None = None  # here (None for one a dry run would add)


@dataclass
class MergeReport:
    inspections: list[InspectionMerge] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)  # the directory entries added
    dry_run: bool = False

    @property
    def conflict_count(self) -> int:
        return sum(len(i.conflicts) + len(i.register) for i in self.inspections)

    def lines(self) -> list[str]:
        """The report as the command line prints it, one line per fact."""
        would = "Sẽ " if self.dry_run else "Đã "
        out = []
        for name in self.organizations:
            out.append(f"{would}thêm vào danh mục: {name}")
        for item in self.inspections:
            if item.action == ADDED:
                out.append(f"{would}thêm: {item.label}")
            elif item.action == UNCHANGED:
                out.append(f"Không đổi: {item.label}")
            elif item.action == KEPT:
                out.append(f"Giữ nguyên ở máy này: {item.label}")
            else:
                out.append(f"{would}cập nhật: {item.label}")
            for label in item.taken:
                out.append(f"  lấy từ máy kia: {label}")
            for conflict in item.conflicts:
                out.append("  " + conflict_line(conflict))
            for note in item.register:
                out.append(f"  xung đột số văn bản: {note}")
        verb = "sẽ được ghi lại" if self.dry_run else "đã ghi lại, xem lại được"
        if self.conflict_count:
            out.append(f"{self.conflict_count} xung đột {verb} (giữ bản của máy này).")
        return out


def conflict_line(conflict: Conflict) -> str:
    kept = "máy này" if conflict.kept == LOCAL else "máy kia"
    why = _REASONS.get(conflict.reason, "sửa khác nhau ở hai máy")
    if conflict.key.startswith("order:"):
        return f"xung đột ({why}): {conflict.label}; giữ thứ tự của {kept}"
    return (
        f"xung đột ({why}): {conflict.label}: máy này «{shown(conflict.local)}», "
        f"máy kia «{shown(conflict.other)}»; giữ bản của {kept}"
    )


def shown(value: Any) -> str:
    """A value as one short line for the user."""
    if value is None:
        return "(không có)"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, dt.date):
        return inline_date(value)
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, list):
        return "; ".join(shown(v) for v in value)
    for name in ("text", "content", "name", "person_name", "group_text"):
        text = getattr(value, name, None)
        if text:
            return _short(text)
    return _short(str(value))


def _short(text: str) -> str:
    one = " ".join(str(text).split())
    return one if len(one) <= 80 else one[:79] + "…"
