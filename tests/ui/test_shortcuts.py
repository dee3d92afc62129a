"""Shortcuts that work wherever the cursor is: Nhân bản, export from a line field, the pages
from the inspection list; no key is claimed twice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import focused, id_of, press, shortcut, when_modal
from ui.actions import _SPECS, ActionId, shortcut_keys

A = ActionId


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_every_key_is_written_out_and_used_once():
    """Qt's standard keys differ by desktop (KDE and GNOME add Ctrl+D to Delete, the key of
    Nhân bản): each action names its keys, and no key belongs to two actions."""
    seen: dict[str, ActionId] = {}
    for action_id, spec in _SPECS.items():
        assert all(isinstance(key, str) for key in spec[1]), action_id
        for key in shortcut_keys(action_id):
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action_id}"
            seen[text] = action_id
    assert seen["Ctrl+D"] is A.DUPLICATE and seen["Del"] is A.DELETE


def test_ctrl_d_duplicates_from_the_list(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    window.inspection_list.view.setFocus()
    before = len(window.services.inspections.list_rows())
    shortcut(window, "Ctrl+D")
    assert len(window.services.inspections.list_rows()) == before + 1
    assert window.editor.draft.unit_name == "UBND thành phố Lạng Sơn"
    assert not window.editor.draft.notice.issued


class _ClaimsKey(QObject):
    """What a line edit does on KDE and GNOME: it claims Ctrl+E (end of line) for itself."""

    def __init__(self, sequence: str):
        super().__init__()
        self.combination = QKeySequence(sequence)[0]

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.ShortcutOverride:
            if event.keyCombination() == self.combination:
                event.accept()
                return True
        return False


def test_ctrl_e_exports_while_the_cursor_is_in_a_single_line_field(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    place = window.editor_view.pages["general"].place
    claims = _ClaimsKey("Ctrl+E")
    place.installEventFilter(claims)
    asked = []

    def cancel(dialog):
        asked.append(dialog.objectName())
        press(dialog, Qt.Key.Key_Escape)

    timer = when_modal(cancel)
    window.editor_view.show_page("general")
    place.setFocus()
    qtbot.waitUntil(place.hasFocus)
    shortcut(window, "Ctrl+E")
    qtbot.waitUntil(lambda: bool(asked))
    timer.stop()
    assert asked == ["save_dialog"]


def test_alt_digits_open_pages_from_the_inspection_list(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    window.inspection_list.view.setFocus()
    qtbot.waitUntil(window.inspection_list.view.hasFocus)
    shortcut(window, "Alt+3")
    assert window.editor_view.current_key() == "tasks"
    assert focused() is window.editor_view.pages["tasks"].first_field()
    window.inspection_list.view.setFocus()
    shortcut(window, "Alt+9")
    assert window.editor_view.current_key() == "issue"
