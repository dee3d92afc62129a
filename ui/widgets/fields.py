"""Input fields that read Vietnamese dates and numbers and say what is wrong beside the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.dates import parse_date
from app.domain.errors import InputError
from app.domain.numbers import format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


class UndoKeyFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the editor's undo stack instead of a text widget's own undo.

    Text widgets claim the undo keys (ShortcutOverride); filtering that event out lets the
    window's Hoàn tác / Làm lại actions run, so every edit is undone in one history.
    """

    _KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if any(event.matches(key) for key in self._KEYS) or _is_redo_y(event):
                return True
        return False


def _is_redo_y(event) -> bool:
    combo = event.keyCombination()
    return combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == (
        Qt.KeyboardModifier.ControlModifier
    )


_UNDO_FILTER: UndoKeyFilter | None = None


def route_undo_keys(widget: QWidget) -> None:
    """Install the shared UndoKeyFilter on a text widget."""
    global _UNDO_FILTER
    if _UNDO_FILTER is None:
        _UNDO_FILTER = UndoKeyFilter(QCoreApplication.instance())
    widget.installEventFilter(_UNDO_FILTER)


class ErrorLabel(QLabel):
    """A small red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class ParsedLineEdit(QWidget):
    """A line edit whose text is read by `parse` (raising InputError) and written by `format`.

    `value_edited` is emitted with the value (None for an empty field) each time the typed text
    reads correctly; text that does not read is kept as typed, the previous value stays in the
    draft, and the reason is shown under the field when the user leaves it or presses Enter.
    """

    value_edited = Signal(object)

    def __init__(
        self,
        parse: Callable[[str], Any],
        format_value: Callable[[Any], str],
        placeholder: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self._parse = parse
        self._format = format_value
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        route_undo_keys(self.line)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._finished)

    def set_value(self, value: Any) -> None:
        """Show a value from the draft, unless the field already shows it (keeps the cursor)."""
        if self._reads_as(value):
            return
        self.line.setText("" if value is None else self._format(value))
        self.error.show_message("")

    def value(self) -> Any:
        """The value the text reads as (None when empty); raises InputError."""
        return self._read(self.line.text())

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() else ""

    def _reads_as(self, value: Any) -> bool:
        try:
            return self._read(self.line.text()) == value
        except InputError:
            return False

    def _read(self, text: str) -> Any:
        return None if not text.strip() else self._parse(text)

    def _edited(self, text: str) -> None:
        try:
            value = self._read(text)
        except InputError:
            return
        self.error.show_message("")
        self.value_edited.emit(value)

    def _finished(self) -> None:
        try:
            self._read(self.line.text())
        except InputError as error:
            self.error.show_message(error.message)
        else:
            self.error.show_message("")


def plain_number(value: Decimal | int) -> str:
    """Vietnamese writing of a number without trailing zeros ("152.50" → "152,5"), never in
    exponent form."""
    if isinstance(value, Decimal) and value.is_finite():
        normalized = value.normalize()
        value = (
            normalized.quantize(Decimal(1)) if normalized.as_tuple().exponent > 0 else normalized
        )
    return format_number(value)


def format_date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def _parse_year(text: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit() or not 1900 <= int(cleaned) <= 2200:
        raise InputError(_tr("«{0}» không phải là năm hợp lệ").format(cleaned))
    return int(cleaned)


def date_field(parent=None) -> ParsedLineEdit:
    return ParsedLineEdit(parse_date, format_date, _tr("ngày/tháng/năm"), parent)


def year_field(parent=None) -> ParsedLineEdit:
    return ParsedLineEdit(_parse_year, str, _tr("ví dụ 2024"), parent)
