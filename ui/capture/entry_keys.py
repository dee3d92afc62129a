"""What the capture keys do to the draft: type, Enter, Alt+Up/Down, Backspace, Up/Down, and
Tab / Shift+Tab / Ctrl+K for the entry's place in the outline (ui.editor.outline_keys)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.dto import EntryData
from ui.capture import entry_ops
from ui.capture.entry_edit import EntryEdit
from ui.capture.section_view import SectionView
from ui.editor import outline_keys
from ui.editor.controller import InspectionEditor
from ui.widgets.rich_text import FRESH, STYLE

if TYPE_CHECKING:
    from ui.capture.capture_view import CaptureView


class EntryKeys(QObject):
    """Connects each entry box of capture mode to undoable edits of the editor's draft."""

    def __init__(self, editor: InspectionEditor, view: CaptureView):
        super().__init__(view)
        self.editor = editor
        self.view = view

    def wire(self, edit: EntryEdit, section: SectionView) -> None:
        edit.textChanged.connect(partial(self._typed, edit, section))
        edit.enter_pressed.connect(partial(self._enter, edit))
        edit.move_requested.connect(partial(self._move, edit))
        edit.remove_requested.connect(partial(self._remove, edit))
        edit.leave_requested.connect(partial(self._leave, edit))
        edit.key_hook = partial(self._outline_key, edit)

    def _outline_key(self, edit: EntryEdit, event) -> bool:
        return outline_keys.handle_key(self.editor, edit.entry, event)

    def _typed(self, edit: EntryEdit, section: SectionView) -> None:
        text = edit.text()
        if edit.entry is None:
            if not edit.has_text() or self.editor.draft is None:
                return
            # The empty box of an empty section becomes its first entry, focus unmoved: the
            # box is bound before the insertion is announced. The typing is a step of its own,
            # so that undoing it leaves the entry (empty) rather than removing it.
            edit.entry = EntryData(section=section.section)
            entry_ops.insert_entry(self.editor, edit.entry, None)
        label = self.tr("Sửa «Nội dung»")
        kind = edit.edit_kind
        self.editor.set_field(
            "entries", edit.entry, "text", text, label, merge=kind != STYLE, fresh=kind == FRESH
        )

    def _enter(self, edit: EntryEdit) -> None:
        """Enter ends a typed entry and opens the next; in an empty one it does nothing."""
        if edit.entry is not None and edit.has_text():
            self.add_after(edit.entry)

    def add_after(self, entry: EntryData, text: str = "") -> EntryEdit | None:
        new = entry_ops.add_entry(self.editor, entry.section, entry, text)
        edit = self.view.sections[entry.section].edit_of(new)
        if edit is not None:
            self.view.focus_edit(edit)
        return edit

    def _move(self, edit: EntryEdit, step: int) -> None:
        if edit.entry is not None and entry_ops.move_entry(self.editor, edit.entry, step):
            self.view.focus_edit(edit, keep_cursor=True)

    def _remove(self, edit: EntryEdit) -> None:
        """Backspace in an empty entry: it goes, and the view puts the cursor at the end of the
        one above (see CaptureView._refocus)."""
        if edit.entry is not None:
            entry_ops.remove_entry(self.editor, edit.entry)

    def _leave(self, edit: EntryEdit, step: int) -> None:
        edits = [e for section in self.view.sections.values() for e in section.edits()]
        position = edits.index(edit) + step
        if 0 <= position < len(edits):
            self.view.focus_edit(edits[position], at_start=step > 0)
