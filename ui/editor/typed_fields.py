"""Which fields of saved entries were typed since the last save: the editor's quick save.

When every change since the last save is typing into entries that already have an id, the save
writes only those fields (`EntryFieldService.save_fields`), so a large inspection is not
rewritten twice a second while someone types. Any other change (an item added, removed or
moved, another part of the draft) makes the next save write the whole draft.
"""

from __future__ import annotations

import copy

from app import dto
from ui.editor.commands import Change


class TypedFields:
    def __init__(self) -> None:
        # id(entry) → (entry, the fields typed into it)
        self._typed: dict[int, tuple[dto.EntryData, set[str]]] = {}
        self.whole = True  # the next save writes the whole draft

    def track(self, change: Change) -> None:
        obj = change.obj
        typed = (
            change.area == "entries"
            and not change.structural
            and isinstance(obj, dto.EntryData)
            and obj.id is not None
        )
        if typed:
            self._typed.setdefault(id(obj), (obj, set()))[1].update(change.fields)
        else:
            self.whole = True

    def reset(self, whole: bool) -> None:
        """After a load (*whole*: nothing saved yet in this editor) or a save."""
        self._typed.clear()
        self.whole = whole

    def changes(self) -> dict[int, dict[str, object]]:
        """entry id → {field: value} to write; empty when the whole draft must be written."""
        if self.whole:
            return {}
        return {
            entry.id: {name: getattr(entry, name) for name in fields}
            for entry, fields in self._typed.values()
        }

    def saved_base(
        self, base: dto.InspectionData | None, draft: dto.InspectionData
    ) -> dto.InspectionData:
        """The base of a later merge once *draft* is saved: *base* with the typed fields
        copied in, or a copy of the whole draft."""
        if self.whole or base is None:
            return copy.deepcopy(draft)
        base.revision = draft.revision
        by_id = {e.id: e for e in base.entries}
        for entry, fields in self._typed.values():
            stored = by_id.get(entry.id)
            if stored is None:
                return copy.deepcopy(draft)
            for name in fields:
                setattr(stored, name, copy.deepcopy(getattr(entry, name)))
        return base
