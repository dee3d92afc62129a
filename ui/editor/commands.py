"""Undoable edits of the editor's draft: set fields, insert, remove, move and replace list items.

Each command changes the draft in `redo`/`undo` and reports what changed through the `notify`
callable it is given, so the pages can refresh. Commands hold references to the draft's own
objects and lists; they are applied in stack order, so list indexes stay valid.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 1
# Typing after a pause this long starts a new undo step: an undo takes back the last burst of
# typing, not a whole sentence typed over minutes.
MERGE_PAUSE_S = 2.0
clock: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Change:
    """What a command changed: a part of the draft (`area`), the object and its fields, or the
    structure of a list (`structural`: items added, removed or moved)."""

    area: str
    obj: Any = None
    fields: tuple[str, ...] = ()
    structural: bool = False
    items: tuple = ()  # the items a structural change added, removed or moved


Notify = Callable[[Change], None]


class SetFieldsCommand(QUndoCommand):
    """Set one or more attributes of one object. Consecutive edits of the same field with
    `merge=True` (typing) become one undo step; a `fresh` edit (typing over a selection) starts
    a new step, which the typing after it joins."""

    def __init__(
        self,
        notify: Notify,
        area: str,
        obj: Any,
        values: dict[str, Any],
        text: str,
        merge: bool,
        fresh: bool = False,
    ):
        super().__init__(text)
        self.fresh = fresh  # begins a step that the typing after it merges into
        self._notify = notify
        self.area = area
        self.obj = obj
        self.new = dict(values)
        self.old = {name: getattr(obj, name) for name in values}
        self.merge = merge
        self.last_edit = clock()

    def id(self) -> int:
        return MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive typing in one field is one step, unless it came after a pause."""
        if not isinstance(other, SetFieldsCommand) or not other.merge:
            return False
        if other.fresh or other.obj is not self.obj or other.new.keys() != self.new.keys():
            return False
        if other.last_edit - self.last_edit > MERGE_PAUSE_S:
            return False
        self.last_edit = other.last_edit
        self.new.update(other.new)
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(self.obj, name, _copied(value))
        self._notify(Change(self.area, self.obj, tuple(values)))


class InsertItemsCommand(QUndoCommand):
    """Insert items into a list at an index (new rows, pasted rows, restored deletions)."""

    def __init__(self, notify: Notify, area: str, items_list: list, index: int, items, text: str):
        super().__init__(text)
        self._notify = notify
        self.area = area
        self.list = items_list
        self.index = index
        self.items = list(items)

    def redo(self) -> None:
        self.list[self.index : self.index] = self.items
        self._notify(Change(self.area, self.list, structural=True, items=tuple(self.items)))

    def undo(self) -> None:
        del self.list[self.index : self.index + len(self.items)]
        self._notify(Change(self.area, self.list, structural=True, items=tuple(self.items)))


class RemoveItemsCommand(QUndoCommand):
    """Remove the items at some indexes; undo puts each back where it was."""

    def __init__(self, notify: Notify, area: str, items_list: list, indexes, text: str):
        super().__init__(text)
        self._notify = notify
        self.area = area
        self.list = items_list
        self.removed = [(i, items_list[i]) for i in sorted(set(indexes))]

    def redo(self) -> None:
        for i, _item in reversed(self.removed):
            del self.list[i]
        self._notify(self._change())

    def undo(self) -> None:
        for i, item in self.removed:
            self.list.insert(i, item)
        self._notify(self._change())

    def _change(self) -> Change:
        items = tuple(item for _i, item in self.removed)
        return Change(self.area, self.list, structural=True, items=items)


class MoveItemCommand(QUndoCommand):
    """Move one item from index `source` to index `target` of a list."""

    def __init__(self, notify: Notify, area: str, items_list: list, source: int, target: int, text):
        super().__init__(text)
        self._notify = notify
        self.area = area
        self.list = items_list
        self.source = source
        self.target = target

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)

    def _move(self, source: int, target: int) -> None:
        item = self.list.pop(source)
        self.list.insert(target, item)
        self._notify(Change(self.area, self.list, structural=True, items=(item,)))


class ReplaceItemCommand(QUndoCommand):
    """Replace the value at one index of a list of strings (editing a recipient line)."""

    def __init__(self, notify: Notify, area: str, items_list: list, index: int, value, text: str):
        super().__init__(text)
        self._notify = notify
        self.area = area
        self.list = items_list
        self.index = index
        self.new = value
        self.old = items_list[index]

    def redo(self) -> None:
        self.list[self.index] = self.new
        self._notify(Change(self.area, self.list, structural=True))

    def undo(self) -> None:
        self.list[self.index] = self.old
        self._notify(Change(self.area, self.list, structural=True))


def _copied(value: Any) -> Any:
    """Lists are copied on the way in so a command's stored value never aliases the draft."""
    return list(value) if isinstance(value, list) else value
