"""Adding, removing and moving one entry of a section, as undoable edits of the editor's draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.dto import EntryData, EntryKind, Section
from ui.editor.controller import InspectionEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("entry_ops", text)


def global_index(editor: InspectionEditor, entry: EntryData) -> int:
    return next(i for i, e in enumerate(editor.draft.entries) if e is entry)


def add_entry(
    editor: InspectionEditor, section: str, after: EntryData | None, text: str = ""
) -> EntryData:
    """A new entry right after `after` (or at the end of the draft), of the same kind when that
    one is a body item (the secretary is typing a list), and a recommendation to the same agency
    when that one names its own. After a heading it is the section's ordinary item."""
    entry = EntryData(section=section, text=text)
    if after is not None and after.kind != EntryKind.HEADING:
        entry.kind = after.kind
        if section == Section.RECOMMENDATION:
            entry.addressee = after.addressee
    insert_entry(editor, entry, after)
    return entry


def insert_entry(editor: InspectionEditor, entry: EntryData, after: EntryData | None) -> None:
    draft = editor.draft
    index = global_index(editor, after) + 1 if after is not None else len(draft.entries)
    editor.insert_items("entries", draft.entries, index, [entry], _tr("Thêm mục"))


def remove_entry(editor: InspectionEditor, entry: EntryData) -> None:
    draft = editor.draft
    editor.remove_items("entries", draft.entries, [global_index(editor, entry)], _tr("Xóa mục"))


def move_entry(editor: InspectionEditor, entry: EntryData, step: int) -> bool:
    """Swap `entry` with its neighbour in its section (other sections keep their order)."""
    entries = editor.draft.section(entry.section)
    row = next(i for i, e in enumerate(entries) if e is entry)
    if not 0 <= row + step < len(entries):
        return False
    source = global_index(editor, entry)
    target = global_index(editor, entries[row + step])
    editor.move_item("entries", editor.draft.entries, source, target, _tr("Đổi thứ tự"))
    return True
