"""A text box whose bold and italic spans are the entry's emphasis markup (app.domain.emphasis).

What is typed or pasted is plain text (no HTML comes in); Ctrl+B and Ctrl+I make the selection
bold or italic, and the box shows it at once. The box reads and writes markup, never HTML. It also
tells the editor when an edit is not the continuation of the typing before it (a selection typed
over or deleted, a style change), so that such an edit is an undo step of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from app.domain.emphasis import Rich, Span, parse, to_markup
from app.domain.text import nfc

K = Qt.Key
M = Qt.KeyboardModifier
TYPING, FRESH, STYLE = "typing", "fresh", "style"
BOLD = QKeySequence("Ctrl+B")
ITALIC = QKeySequence("Ctrl+I")


def markup_of(edit: QTextEdit) -> str:
    """The markup of what the box shows: its spans, one line per paragraph."""
    spans: list[Span] = []
    block = edit.document().begin()
    first = True
    while block.isValid():
        if not first:
            spans.append(Span("\n"))
        first = False
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                spans.append(
                    Span(
                        nfc(fragment.text()),
                        fmt.fontWeight() >= QFont.Weight.Bold,
                        fmt.fontItalic(),
                    )
                )
            iterator += 1
        block = block.next()
    return to_markup(Rich(spans))


def show_markup(edit: QTextEdit, markup: str) -> None:
    """Replace the box's text by the spans of `markup` (the caller blocks signals)."""
    edit.clear()
    cursor = QTextCursor(edit.document())
    for span in parse(markup):
        # Only what the span sets: the rest follows the box's own font (a heading's is bold).
        fmt = QTextCharFormat()
        if span.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if span.italic:
            fmt.setFontItalic(True)
        cursor.insertText(span.text, fmt)
    edit.setCurrentCharFormat(QTextCharFormat())


class RichTextEdit(QTextEdit):
    """Plain-text typing and pasting, bold and italic by shortcut, markup in and out.

    `edit_kind` says what the last change was: TYPING (continues the typing before it), FRESH
    (a selection typed over or deleted: a new undo step the typing after it joins) or STYLE
    (bold or italic: an undo step of its own).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        # Keys the outline takes (Tab, Shift+Tab, Ctrl+K) when a hook is set: event → handled.
        self.key_hook: Callable[[QKeyEvent], bool] | None = None
        self.edit_kind = TYPING
        self._styling = False
        self.document().contentsChange.connect(self._contents_change)

    def markup(self) -> str:
        return markup_of(self)

    def set_markup(self, markup: str) -> None:
        """Show `markup` without reporting it as an edit; the cursor goes to its end."""
        if self.markup() == markup:
            return
        self.blockSignals(True)
        self.document().blockSignals(True)
        try:
            show_markup(self, markup)
            self.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self.document().blockSignals(False)
            self.blockSignals(False)

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        if self._styling:
            self.edit_kind = STYLE
        elif removed > 1 or (removed > 0 and added > 0):
            self.edit_kind = FRESH
        else:
            self.edit_kind = TYPING

    # -- emphasis ---------------------------------------------------------------------------

    def toggle(self, bold: bool) -> None:
        """Ctrl+B / Ctrl+I: the selection (or the word being typed from here on) bold or
        italic; off again when all of it already is."""
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        current = self.currentCharFormat() if not cursor.hasSelection() else None
        if bold:
            on = not self._all(cursor, lambda f: f.fontWeight() >= QFont.Weight.Bold, current)
            fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        else:
            on = not self._all(cursor, lambda f: f.fontItalic(), current)
            fmt.setFontItalic(on)
        if not cursor.hasSelection():
            self.mergeCurrentCharFormat(fmt)
            return
        self._styling = True
        try:
            cursor.mergeCharFormat(fmt)
        finally:
            self._styling = False

    @staticmethod
    def _all(cursor: QTextCursor, test, current: QTextCharFormat | None) -> bool:
        if current is not None:
            return test(current)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        probe = QTextCursor(cursor.document())
        for position in range(start + 1, end + 1):
            probe.setPosition(position)
            if not test(probe.charFormat()):
                return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_hook is not None and self.key_hook(event):
            return
        key, mods = event.key(), event.modifiers()
        if key in (K.Key_Tab, K.Key_Backtab) and mods & M.ControlModifier:
            # Tab belongs to the outline here: Ctrl+Tab / Ctrl+Shift+Tab leave the box.
            forward = key == K.Key_Tab and not mods & M.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        combo = event.keyCombination()
        keys = QKeySequence(combo)
        if keys.matches(BOLD) == QKeySequence.SequenceMatch.ExactMatch:
            self.toggle(bold=True)
            return
        if keys.matches(ITALIC) == QKeySequence.SequenceMatch.ExactMatch:
            self.toggle(bold=False)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        """Pasted text arrives plain, in the style of where it lands."""
        if source.hasText():
            self.textCursor().insertText(nfc(source.text()))
