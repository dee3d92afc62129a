"""The three-way merge of one inspection: the content both laptops last had (base), this
laptop's (local) and the other laptop's (other). Pure: data classes in, data classes out.

Field by field, and for attendees, tasks, indicators and entries item by item (matched by their
UUID) and field by field inside an item:
- changed on one side only: that side's value;
- changed on both, the same way: taken once; differently: a conflict, the local value kept;
- an item added on either side is kept (additions of both sides at the same place are ordered by
  UUID, so the merge gives the same list on both laptops); deleted on one side and unchanged on
  the other, it goes; deleted on one side and edited on the other, the edited item stays and the
  deletion is recorded as a conflict;
- the order of the items both sides kept: that of the side that changed it; changed on both, a
  conflict (the local order kept).
Without a base (never synchronised) every difference is a conflict and nothing is deleted.

An issued inspection never changes silently: when one side is issued (or both, differently: the
local one), that side's content is the result and every difference the other side would have
brought is a recorded conflict (with two issued copies, every difference). Nothing is lost: every
value not in the result is in a conflict (`Conflict.local`, `Conflict.other`), which
`apply_choice` can take later.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

from app import dto
from app.domain.draft_merge import field_label, item_list_label, notice_label
from app.services.item_uuids import ITEM_LISTS

LOCAL, OTHER = "local", "other"
_MISSING = object()  # no base: never synchronised

# Reasons of a conflict.
BOTH_CHANGED = "both"  # the same field or item changed differently on both sides
DELETED = "deleted"  # deleted on one side, edited on the other (the edited item kept)
ISSUED = "issued"  # the issued side's content kept

_SKIP = frozenset({"uuid", *ITEM_LISTS, "notice", *dto.BOOKKEEPING_FIELDS})


@dataclass(frozen=True)
class Conflict:
    """Something the merge could not take from both sides. `local` and `other` are the two
    values (a field's value, an item's data class, None for an item that is not there, a list of
    UUIDs for an order); `kept` names the side whose value is in the result."""

    key: str  # "field:place", "notice:title", "tasks:<uuid>:content", "tasks:<uuid>", "order:…"
    label: str  # Vietnamese: "Địa điểm", "Kiến nghị 3 — nội dung"
    local: Any
    other: Any
    kept: str
    reason: str
    # An item on one side only: the UUID of the item before it there ("" at the start), where it
    # goes back when taken; None: after the last one of its section.
    after: str | None = None


@dataclass
class MergeOutcome:
    result: dto.InspectionData
    taken: list[str]  # labels of what the result took from the other side
    conflicts: list[Conflict]

    @property
    def changes_local(self) -> bool:
        return bool(self.taken) or any(c.kept == OTHER for c in self.conflicts)


class _Merge:
    def __init__(self, local: dto.InspectionData, other: dto.InspectionData):
        self.taken: list[str] = []
        self.conflicts: list[Conflict] = []
        self.winner = _winner(local, other)
        # Two issued copies that differ: every difference is shown, whichever side changed it.
        self.forked = self.winner is not None and local.notice.issued and other.notice.issued

    def decide(self, key: str, label: str, base: Any, local: Any, other: Any) -> Any:
        """The value of one unit (a field, an item's field), recording what it takes."""
        if _same(local, other):
            return local
        if base is not _MISSING and _same(local, base):
            natural = OTHER
        elif base is not _MISSING and _same(other, base):
            natural = LOCAL
        else:
            natural = None
        return self._settle(key, label, local, other, natural, BOTH_CHANGED)

    def _settle(self, key, label, local, other, natural, reason, record=False, after=None) -> Any:
        """The value of a unit whose sides differ: *natural* the side the rules take (None: a
        conflict); an issued side overrides it, and what is not taken is recorded."""
        if self.winner is not None and (natural != self.winner or self.forked):
            kept, record, reason = self.winner, True, ISSUED
        elif natural is None:
            kept, record = LOCAL, True
        else:
            kept = natural
        if record:
            self.conflicts.append(Conflict(key, label, local, other, kept, reason, after))
        elif kept == OTHER:
            self.taken.append(label)
        return local if kept == LOCAL else other

    def item_presence(self, key, label, base, local, other, after: str) -> Any:
        """An item missing on one side: added there, or deleted on the other."""
        present = local if local is not None else other
        side = LOCAL if local is not None else OTHER
        if base is _MISSING or base is None:  # an addition
            return self._settle(key, label, local, other, side, BOTH_CHANGED, after=after)
        if _same(present, base):  # deleted on the other side, untouched here
            deleting = LOCAL if side == OTHER else OTHER
            return self._settle(key, label, local, other, deleting, BOTH_CHANGED, after=after)
        # Deleted on one side, edited on the other: the edit stays, the deletion is recorded.
        return self._settle(key, label, local, other, side, DELETED, True, after)


def merge_inspection(
    base: dto.InspectionData | None, local: dto.InspectionData, other: dto.InspectionData
) -> MergeOutcome:
    """The merged inspection (a new object; ids and revision those of *local*)."""
    merge = _Merge(local, other)
    result = copy.deepcopy(local)
    b = base
    for name in _field_names(dto.InspectionData):
        value = merge.decide(
            f"field:{name}",
            field_label(name),
            _get(b, name),
            getattr(local, name),
            getattr(other, name),
        )
        setattr(result, name, copy.deepcopy(value))
    for name in _field_names(dto.NoticeData):
        value = merge.decide(
            f"notice:{name}",
            notice_label(name),
            _get(b.notice if b else None, name),
            getattr(local.notice, name),
            getattr(other.notice, name),
        )
        setattr(result.notice, name, copy.deepcopy(value))
    for name in ITEM_LISTS:
        setattr(result, name, _merge_list(merge, name, b, local, other))
    return MergeOutcome(result, merge.taken, merge.conflicts)


def _merge_list(merge: _Merge, name: str, base, local, other) -> list[Any]:
    base_items = {i.uuid: i for i in getattr(base, name)} if base is not None else None
    local_items = {i.uuid: i for i in getattr(local, name)}
    other_items = {i.uuid: i for i in getattr(other, name)}
    kept: dict[str, Any] = {}
    for uuid in [*local_items, *(u for u in other_items if u not in local_items)]:
        mine, theirs = local_items.get(uuid), other_items.get(uuid)
        b = _MISSING if base_items is None else base_items.get(uuid)
        label = item_label(name, mine or theirs, local if mine is not None else other)
        if mine is not None and theirs is not None:
            item = copy.deepcopy(mine)
            for f in _field_names(type(mine)):
                value = merge.decide(
                    f"{name}:{uuid}:{f}",
                    f"{label} — {_item_field_word(f)}",
                    _MISSING if b is _MISSING or b is None else getattr(b, f),
                    getattr(mine, f),
                    getattr(theirs, f),
                )
                setattr(item, f, copy.deepcopy(value))
        else:
            owner = local if mine is not None else other
            after = _before(getattr(owner, name), uuid)
            item = copy.deepcopy(
                merge.item_presence(f"{name}:{uuid}", label, b, mine, theirs, after)
            )
        if item is not None:
            item.id = mine.id if mine is not None else None
            kept[uuid] = item
    return _ordered(merge, name, base_items, local, other, kept)


def _ordered(merge: _Merge, name, base_items, local, other, kept: dict[str, Any]) -> list[Any]:
    local_order = [i.uuid for i in getattr(local, name)]
    other_order = [i.uuid for i in getattr(other, name)]
    shared = set(local_order) & set(other_order) & set(kept)
    if base_items is not None:
        shared &= set(base_items)
    local_shared = [u for u in local_order if u in shared]
    other_shared = [u for u in other_order if u in shared]
    base_shared = [u for u in base_items if u in shared] if base_items is not None else _MISSING
    chosen = merge.decide(
        f"order:{name}",
        f"{_list_word(name)} — thứ tự",
        base_shared,
        local_shared,
        other_shared,
    )
    # Each item kept that is not shared follows, in a run with its neighbours of the same side,
    # the shared item it followed on its side.
    runs: dict[str | None, list[list[str]]] = {}
    placed: set[str] = set()
    for order in (local_order, other_order):
        anchor, run = None, []
        for uuid in [*order, None]:
            if uuid is None or uuid in shared:
                if run:
                    runs.setdefault(anchor, []).append(run)
                anchor, run = uuid, []
            elif uuid in kept and uuid not in placed:
                run.append(uuid)
                placed.add(uuid)
    result: list[Any] = []
    for anchor in [None, *chosen]:
        if anchor is not None:
            result.append(kept[anchor])
        for run in sorted(runs.get(anchor, []), key=lambda r: r[0]):
            result.extend(kept[u] for u in run)
    return result


def apply_choice(data: dto.InspectionData, conflict: Conflict, value: Any) -> None:
    """Put *value* (one of the conflict's two) into *data*, in place: a field, an item's field,
    an item (None removes it; a missing one is added at the end of its list or section), an
    order (the listed items in that order, in the places they hold)."""
    kind, _, rest = conflict.key.partition(":")
    if kind == "field":
        setattr(data, rest, copy.deepcopy(value))
    elif kind == "notice":
        setattr(data.notice, rest, copy.deepcopy(value))
    elif kind == "order":
        items = getattr(data, rest)
        slots = [n for n, i in enumerate(items) if i.uuid in set(value)]
        by_uuid = {i.uuid: i for i in items}
        wanted = [by_uuid[u] for u in value if u in by_uuid]
        for slot, item in zip(slots, wanted, strict=False):
            items[slot] = item
    else:
        uuid, _, field_name = rest.partition(":")
        items = getattr(data, kind)
        index = next((n for n, i in enumerate(items) if i.uuid == uuid), None)
        if field_name:
            if index is not None:
                setattr(items[index], field_name, copy.deepcopy(value))
        elif value is None:
            if index is not None:
                del items[index]
        elif index is not None:
            item = copy.deepcopy(value)
            item.id = items[index].id
            items[index] = item
        else:
            item = copy.deepcopy(value)
            item.id = None
            items.insert(_place_of(items, item, conflict.after), item)


def _before(items: list[Any], uuid: str) -> str:
    """The UUID of the item before the one named *uuid* ("" for the first)."""
    previous = ""
    for item in items:
        if item.uuid == uuid:
            return previous
        previous = item.uuid
    return previous


def _place_of(items: list[Any], item: Any, after: str | None) -> int:
    """Where an item comes back: after the item it followed, else after the last item of its
    section (entries), else last."""
    if after == "":
        return 0
    if after is not None:
        for index, other in enumerate(items):
            if other.uuid == after:
                return index + 1
    section = getattr(item, "section", None)
    if section is None:
        return len(items)
    places = [n for n, i in enumerate(items) if i.section == section]
    return places[-1] + 1 if places else len(items)


def item_label(name: str, item: Any, owner: dto.InspectionData) -> str:
    """ "Nhiệm vụ 3", "Kiến nghị 2": the item's place in its list (or section) on *owner*."""
    if name == "entries":
        same = [e for e in owner.entries if e.section == item.section]
        number = next((n for n, e in enumerate(same, 1) if e.uuid == item.uuid), len(same) + 1)
        return f"{dto.Section(item.section).label} {number}"
    items = getattr(owner, name)
    number = next((n for n, i in enumerate(items, 1) if i.uuid == item.uuid), len(items) + 1)
    return f"{item_list_label(name)} {number}"


_ITEM_FIELD_WORDS = {
    "text": "nội dung",
    "content": "nội dung",
    "name": "tên",
    "person_name": "họ tên",
    "person_title": "chức vụ",
    "group_text": "thành phần",
    "deadline": "thời hạn",
    "deadline_text": "thời hạn (chữ)",
    "completed_on": "ngày hoàn thành",
    "result": "kết quả",
    "note": "ghi chú",
    "addressee": "cơ quan thực hiện",
    "response": "ý kiến của Tổ công tác",
    "target": "kế hoạch",
    "actual": "thực hiện",
    "section": "phần",
    "followup_status": "tình hình thực hiện",
}


def _item_field_word(name: str) -> str:
    return _ITEM_FIELD_WORDS.get(name, name.replace("_", " "))


def _list_word(name: str) -> str:
    return "Các mục của thông báo" if name == "entries" else item_list_label(name)


def _winner(local: dto.InspectionData, other: dto.InspectionData) -> str | None:
    """The side whose content must stay as it is: the issued one (local when both are)."""
    if local.notice.issued:
        return None if _same_content(local, other) else LOCAL
    if other.notice.issued:
        return OTHER
    return None


def _same_content(a: dto.InspectionData, b: dto.InspectionData) -> bool:
    return _without_ids(a) == _without_ids(b)


def _without_ids(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(
            (f.name, _without_ids(getattr(value, f.name)))
            for f in dataclasses.fields(value)
            if f.name not in dto.BOOKKEEPING_FIELDS
        )
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    if a is _MISSING or b is _MISSING:
        return False
    return _without_ids(a) == _without_ids(b)


def _get(owner: Any, name: str) -> Any:
    return _MISSING if owner is None else getattr(owner, name)


def _field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in _SKIP]
