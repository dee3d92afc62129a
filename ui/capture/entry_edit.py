"""The text box of one entry in capture mode: grows with its text, speaks in capture keys,
shows bold and italic (Ctrl+B, Ctrl+I) and holds the entry's markup."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit

from app.domain.emphasis import plain
from app.dto import EntryData
from ui.widgets.fields import route_undo_keys
from ui.widgets.rich_text import RichTextEdit

K = Qt.Key
M = Qt.KeyboardModifier


class EntryEdit(RichTextEdit):
    """Typed and pasted text is plain, no scroll bar: the box is as tall as its text.

    Enter ends the entry (`enter_pressed`), Shift+Enter breaks the line, Alt+Up/Alt+Down ask to
    move the entry, Backspace in an empty box asks to remove it, Up on the first line and Down
    on the last go to the neighbouring entry; Tab, Shift+Tab and Ctrl+K change its place in the
    outline (`key_hook`). Undo keys reach the editor's undo stack.
    """

    enter_pressed = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()
    leave_requested = Signal(int)  # -1: to the entry above, +1: below
    focused = Signal()

    def __init__(self, entry: EntryData | None, parent=None):
        super().__init__(parent)
        self.entry = entry  # None: the empty box of a section that has no entry yet
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        route_undo_keys(self)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_text(entry.text if entry is not None else "")

    # -- text -------------------------------------------------------------------------------

    def text(self) -> str:
        """The entry's text as markup (bold and italic included)."""
        return self.markup()

    def has_text(self) -> bool:
        return bool(plain(self.markup()).strip())

    def set_text(self, text: str) -> None:
        """Show the markup `text` without reporting it as an edit; the cursor goes to its end."""
        self.set_markup(text)
        self._fit()

    def put_cursor_at_end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)

    # -- size -------------------------------------------------------------------------------

    def _fit(self, *_args) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~M.KeypadModifier
        if key in (K.Key_Return, K.Key_Enter):
            if mods == M.ShiftModifier:
                self.textCursor().insertText("\n")
            elif mods == M.NoModifier:
                self.enter_pressed.emit()
            else:
                super().keyPressEvent(event)
            return
        if mods == M.AltModifier and key in (K.Key_Up, K.Key_Down):
            self.move_requested.emit(-1 if key == K.Key_Up else 1)
            return
        if key == K.Key_Backspace and mods == M.NoModifier and not self.toPlainText():
            self.remove_requested.emit()
            return
        if mods == M.NoModifier and key in (K.Key_Up, K.Key_Down):
            before = self.textCursor().position()
            super().keyPressEvent(event)
            if self.textCursor().position() == before:
                self.leave_requested.emit(-1 if key == K.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()
