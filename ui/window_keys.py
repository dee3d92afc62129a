"""Keeps the main window's shortcuts working while the cursor is in a text field.

Text fields claim some Ctrl+letter keys for their own editing before a window shortcut may run
(a ShortcutOverride): on KDE and GNOME a line edit takes Ctrl+E (end of line) and Ctrl+D (delete
a character). The secretary presses Ctrl+E to export wherever the cursor is, so the keys of the
window's actions are taken back from every text field of the window as it gets the focus. Undo
and redo keys are left to `ui.widgets.fields.route_undo_keys`; Delete stays the field's own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_LEFT_TO_FIELDS = {"Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Del"}


class WindowKeys(QObject):
    def __init__(self, window: QMainWindow, actions: list[QAction]):
        super().__init__(window)
        self.window = window
        self._keys = {
            key[0]
            for action in actions
            for key in action.shortcuts()
            if key.toString() not in _LEFT_TO_FIELDS
            and key[0].keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier
        }
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TEXT_WIDGETS) and new.window() is self.window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            return event.keyCombination() in self._keys
        return False
