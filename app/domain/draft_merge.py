"""Three-way merge of an inspection: what was read (base), what was typed here (mine), what is
stored now because something else wrote meanwhile (theirs).

Field by field, and item by item for attendees, tasks, indicators and entries (matched by their
database id): a change on one side only is taken; the same change on both is taken once; a
field changed differently on both sides keeps theirs (a save never overwrites what was written
elsewhere) and is reported as a Clash carrying my value, so the user still sees what she typed.
An item I added stays; an item deleted on one side and changed on the other stays (nothing
typed is dropped). The stored revision and ids come from theirs.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

from app import dto

_LISTS = ("attendees", "tasks", "indicators", "entries")
_SKIP = frozenset({*_LISTS, "notice", *dto.BOOKKEEPING_FIELDS})
# In the label, or no words for the user at all (the uuid).
_CODES = frozenset({"section", "side", "followup_status", "status_override", "uuid"})

_FIELD_LABELS = {
    "kind": "Loại",
    "unit_code": "Đơn vị",
    "unit_name": "Tên đơn vị",
    "date": "Ngày làm việc",
    "part_of_day": "Buổi",
    "place": "Địa điểm",
    "year": "Năm",
    "period_label": "Kỳ đánh giá",
    "cutoff_date": "Ngày chốt số liệu",
    "legal_basis": "Căn cứ",
    "subject": "Nội dung",
    "unit_report": "Báo cáo của đơn vị",
    "chair_name": "Người chủ trì",
    "chair_title": "Chức vụ người chủ trì",
    "scopes": "Phạm vi",
    "status": "Tình trạng",
}
_NOTICE_LABELS = {
    "doc_type": "loại văn bản",
    "issuer_code": "mã cơ quan ban hành",
    "organ_parent": "cơ quan chủ quản",
    "organ_issuing": "cơ quan ban hành",
    "number": "số",
    "place": "địa danh",
    "date": "ngày ban hành",
    "draft_month": "tháng của dự thảo",
    "title": "trích yếu",
    "issued": "tình trạng ban hành",
    "opening": "đoạn mở đầu",
    "recommendations_intro": "câu dẫn kiến nghị",
    "closing": "đoạn kết",
    "authority_lines": "thẩm quyền ký",
    "signer_capacity": "chức danh người ký",
    "signer_title": "chức vụ khác",
    "signer_name": "người ký",
    "recipients": "nơi nhận",
    "attachments": "tài liệu kèm theo",
}
_ITEM_LABELS = {
    "attendees": "Thành phần",
    "tasks": "Nhiệm vụ",
    "indicators": "Chỉ tiêu",
}


@dataclass(frozen=True)
class Clash:
    """Something changed differently on both sides: theirs was kept, `mine` is what I had."""

    where: str  # Vietnamese: "Tên đơn vị", "Hạn chế, vướng mắc 2", "Ban hành: Nơi nhận"
    mine: str


@dataclass
class MergeResult:
    draft: dto.InspectionData
    clashes: list[Clash]


def merge_drafts(
    base: dto.InspectionData, mine: dto.InspectionData, theirs: dto.InspectionData
) -> MergeResult:
    """The merged inspection (a new object; the arguments are not changed)."""
    result = copy.deepcopy(theirs)
    clashes: list[Clash] = []
    _merge_fields(base, mine, result, _fields(dto.InspectionData), _FIELD_LABELS.get, clashes)
    _merge_fields(
        base.notice,
        mine.notice,
        result.notice,
        _fields(dto.NoticeData),
        _notice_label,
        clashes,
    )
    for name in _LISTS:
        setattr(result, name, _merge_items(name, base, mine, result, clashes))
    return MergeResult(result, clashes)


def unsaved_changes(base: dto.InspectionData, mine: dto.InspectionData) -> list[Clash]:
    """What *mine* changed since *base*, one line per field or item (what the user typed)."""
    changes: list[Clash] = []
    for name in _fields(dto.InspectionData):
        if getattr(mine, name) != getattr(base, name):
            changes.append(Clash(_label(_FIELD_LABELS.get(name)), _shown(getattr(mine, name))))
    for name in _fields(dto.NoticeData):
        if getattr(mine.notice, name) != getattr(base.notice, name):
            changes.append(Clash(_notice_label(name), _shown(getattr(mine.notice, name))))
    for name in _LISTS:
        base_items = {i.id: i for i in getattr(base, name) if i.id is not None}
        kept = set()
        for number, m in enumerate(getattr(mine, name), start=1):
            b = base_items.get(m.id) if m.id is not None else None
            kept.add(m.id)
            if b == m:
                continue
            names = [n for n in _fields(type(m)) if n not in _CODES]
            changed = [n for n in names if b is None or getattr(m, n) != getattr(b, n)]
            texts = [_shown(getattr(m, n)) for n in changed if getattr(m, n) not in ("", None)]
            changes.append(Clash(_item_label(name, m, number), " | ".join(texts)))
        for number, b in enumerate(getattr(base, name), start=1):
            if b.id not in kept:
                changes.append(Clash(_item_label(name, b, number), "(đã xóa)"))
    return changes


def field_label(name: str) -> str:
    """The Vietnamese name of a field of the inspection ("Địa điểm")."""
    return _label(_FIELD_LABELS.get(name))


def notice_label(name: str) -> str:
    """The Vietnamese name of a field of the notice ("Ban hành: trích yếu")."""
    return _notice_label(name)


def item_list_label(name: str) -> str:
    """The Vietnamese name of a list of items other than entries ("Nhiệm vụ")."""
    return _ITEM_LABELS[name]


def _fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in _SKIP]


def _merge_fields(base, mine, result, names, label, clashes: list[Clash]) -> None:
    for name in names:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(result, name)
        if m == b or m == t:
            continue
        if t == b:
            setattr(result, name, copy.deepcopy(m))
        else:
            clashes.append(Clash(_label(label(name)), _shown(m)))


def _notice_label(name: str) -> str:
    return f"Ban hành: {_NOTICE_LABELS.get(name, 'thông báo')}"


def _label(text: str | None) -> str:
    return text or "Thông tin chung"


def _item_label(name: str, item: Any, number: int) -> str:
    if name == "entries":
        return f"{dto.Section(item.section).label} {number}"
    return f"{_ITEM_LABELS[name]} {number}"


def _merge_items(name: str, base, mine, result, clashes: list[Clash]) -> list[Any]:
    base_items = {i.id: i for i in getattr(base, name) if i.id is not None}
    theirs = list(getattr(result, name))
    their_ids = {i.id for i in theirs if i.id is not None}
    mine_items = getattr(mine, name)
    mine_ids = {i.id for i in mine_items if i.id is not None}
    by_id = {i.id: i for i in theirs if i.id is not None}
    merged = list(theirs)
    # Items deleted here and not changed there go; changed there, they stay (theirs kept).
    for item_id, b in base_items.items():
        if item_id not in mine_ids and item_id in by_id and by_id[item_id] == b:
            merged.remove(by_id[item_id])
    previous: Any = None
    for number, m in enumerate(mine_items, start=1):
        b = base_items.get(m.id) if m.id is not None else None
        if b is None and m.id in by_id:
            b = by_id[m.id]  # not read here (revived from the trash): my values over theirs
        if b is None or m.id not in their_ids:
            if b is not None and m == b:
                continue  # deleted there, untouched here: it goes
            # Added here, or changed here and deleted there: kept, as a new item if need be.
            added = copy.deepcopy(m)
            if m.id not in their_ids:
                added.id = None
            merged.insert(_after(merged, previous), added)
            previous = added
            continue
        t = by_id[m.id]
        where = _item_label(name, m, number)
        _merge_fields(b, m, t, _fields(type(m)), lambda _n, where=where: where, clashes)
        previous = t
    return merged


def _after(items: list[Any], previous: Any) -> int:
    """The index just after *previous* in *items* (the start when it is None or gone)."""
    for index, item in enumerate(items):
        if item is previous:
            return index + 1
    return 0 if previous is None else len(items)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if value is None:
        return "(trống)"
    return str(value)
