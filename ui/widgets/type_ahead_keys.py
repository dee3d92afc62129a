"""Keys of a search-as-you-type box: Up/Down/PageUp/PageDown move through the results below it,
Enter takes the chosen one, while the typing stays in the box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}


class TypeAheadKeys(QObject):
    """Installed on *box*: `step(n)` for the moving keys, `choose(with_ctrl)` for Enter."""

    def __init__(self, box: QLineEdit, step: Callable[[int], None], choose: Callable[[bool], None]):
        super().__init__(box)
        self._step = step
        self._choose = choose
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in _STEPS and mods == Qt.KeyboardModifier.NoModifier:
                self._step(_STEPS[event.key()])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(mods == Qt.KeyboardModifier.ControlModifier)
                return True
        return super().eventFilter(watched, event)
