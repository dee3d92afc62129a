"""Nơi nhận and Phạm vi: "Thêm dòng" gives a text line, empty lines never print, and the
inspected unit is among the default recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.notice.builder import build_notice
from tests.ui.conftest import focused, press, type_keys


def _issue_page(window):
    window.new_inspection()
    window.activateWindow()
    window.editor_view.show_page("issue")
    return window.editor_view.pages["issue"]


def test_the_add_line_button_opens_a_text_line(qtbot, window):
    page = _issue_page(window)
    before = list(window.editor.draft.notice.recipients)
    page.recipients.add_button.setFocus()
    press(page.recipients.add_button, Qt.Key.Key_Space)
    editor = focused()
    assert isinstance(editor, QLineEdit) and editor.text() == ""
    type_keys(editor, "Sở Nội vụ;")
    press(editor, Qt.Key.Key_Return)
    recipients = window.editor.draft.notice.recipients
    qtbot.waitUntil(lambda: "Sở Nội vụ;" in recipients)  # the delegate commits on the next turn
    assert len(recipients) == len(before) + 1
    assert all(isinstance(line, str) and line for line in recipients)


def test_an_abandoned_or_emptied_line_is_not_kept(qtbot, window):
    page = _issue_page(window)
    before = list(window.editor.draft.notice.recipients)
    view = page.recipients.view
    view.setFocus()
    press(view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    press(focused(), Qt.Key.Key_Escape)
    qtbot.wait(10)
    press(view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    press(focused(), Qt.Key.Key_Return)
    qtbot.wait(10)
    assert window.editor.draft.notice.recipients == before
    assert page.recipients.model.rowCount() == len(before)
    # Emptying a line by editing removes it.
    view.setCurrentIndex(page.recipients.model.index(0))
    press(view, Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    press(editor, Qt.Key.Key_Delete)
    press(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert window.editor.draft.notice.recipients == before[1:]
    doc = build_notice(window.editor.draft, window.editor.profile)
    assert all(line.strip() for line in doc.recipients)


def test_scopes_get_text_lines_too(qtbot, window):
    window.new_inspection()
    page = window.editor_view.pages["general"]
    page.scopes.add_button.setFocus()
    press(page.scopes.add_button, Qt.Key.Key_Space)
    type_keys(focused(), "Công tác chuyển đổi số")
    press(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.editor.draft.scopes))
    assert window.editor.draft.scopes == ["Công tác chuyển đổi số"]


def test_the_inspected_unit_is_among_the_default_recipients(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    unit = window.editor_view.pages["general"].unit
    unit.setFocus()
    type_keys(unit, "UBND huyện Mây Xanh")
    press(unit, Qt.Key.Key_Tab)
    recipients = window.editor.draft.notice.recipients
    assert "UBND huyện Mây Xanh;" in recipients
    assert recipients[-1].startswith("Lưu")
    doc = build_notice(window.editor.draft, window.editor.profile)
    assert "- UBND huyện Mây Xanh;" in doc.recipients
    assert QApplication.focusWidget() is not unit
