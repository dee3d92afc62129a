"""Changing an entry's place in the outline from the keyboard, the same in the editor's entry
pages and in capture mode: Tab indents, Shift+Tab outdents, Ctrl+K cycles the kind (paragraph,
point, dash; on a heading: numbered or not). Each change is one undo step; the rules are
app.notice.outline's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from app.dto import EntryData
from app.notice import outline
from ui.editor.controller import InspectionEditor

CYCLE_KIND = QKeySequence("Ctrl+K")
K = Qt.Key
M = Qt.KeyboardModifier


def _tr(text: str) -> str:
    return QCoreApplication.translate("outline_keys", text)


def _apply(editor: InspectionEditor, entry: EntryData, shape: outline.Shape) -> bool:
    values = shape.fields()
    if all(getattr(entry, k) == v for k, v in values.items()):
        return False
    editor.set_fields("entries", entry, values, _tr("Đổi kiểu mục"))
    return True


def _enclosing(editor: InspectionEditor, entry: EntryData) -> int:
    entries = editor.draft.entries
    index = next(i for i, e in enumerate(entries) if e is entry)
    return outline.enclosing_level(entries, index, editor.draft.kind)


def indent(editor: InspectionEditor, entry: EntryData) -> bool:
    kind = editor.draft.kind
    shape = outline.Shape.of(entry, kind)
    new = outline.indent(shape, _enclosing(editor, entry), entry.section, kind)
    return _apply(editor, entry, new)


def outdent(editor: InspectionEditor, entry: EntryData) -> bool:
    kind = editor.draft.kind
    shape = outline.Shape.of(entry, kind)
    return _apply(editor, entry, outline.outdent(shape, _enclosing(editor, entry), kind))


def cycle(editor: InspectionEditor, entry: EntryData) -> bool:
    return _apply(editor, entry, outline.cycle(outline.Shape.of(entry, editor.draft.kind)))


def handle_key(editor: InspectionEditor, entry: EntryData | None, event: QKeyEvent) -> bool:
    """Tab, Shift+Tab (Backtab) and Ctrl+K on `entry`; True when the key was one of them."""
    key, mods = event.key(), event.modifiers() & ~M.KeypadModifier
    if entry is None or editor.draft is None:
        return False
    if key == K.Key_Tab and mods == M.NoModifier:
        indent(editor, entry)
        return True
    if key == K.Key_Backtab or (key == K.Key_Tab and mods == M.ShiftModifier):
        outdent(editor, entry)
        return True
    if QKeySequence(event.keyCombination()).matches(CYCLE_KIND) == (
        QKeySequence.SequenceMatch.ExactMatch
    ):
        cycle(editor, entry)
        return True
    return False
