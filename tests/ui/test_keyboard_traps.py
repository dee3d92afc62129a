"""No keyboard trap in the tables: Tab leaves them, the add buttons have keys, Ctrl+V pastes
people into Thành phần, and an empty catalogue says so and offers to open it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui.conftest import focused, press, shortcut


def _page(qtbot, window, key):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor_view.show_page(key, focus=True)
    return window.editor_view.pages[key]


def _tab_out(qtbot, table, key=Qt.Key.Key_Tab):
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    press(table, key)
    return focused()


def test_tab_and_shift_tab_leave_the_attendee_table(qtbot, window):
    page = _page(qtbot, window, "attendees")
    shortcut(window, "Ctrl+Ins")
    shortcut(window, "Ctrl+Ins")
    assert len(window.editor.draft.attendees) == 2
    assert _tab_out(qtbot, page.table) is not page.table
    assert _tab_out(qtbot, page.table, Qt.Key.Key_Backtab) is not page.table
    # From the table, Shift+Tab walks back to "Thêm người" with no mouse.
    page.table.setFocus()
    for _ in range(12):
        press(focused(), Qt.Key.Key_Backtab)
        if focused() is page.add_button:
            break
    assert focused() is page.add_button
    press(page.add_button, Qt.Key.Key_Space)
    assert len(window.editor.draft.attendees) == 3
    assert "(Ctrl+Ins)" in page.add_button.toolTip()


def test_tab_leaves_the_indicator_table(qtbot, window):
    page = _page(qtbot, window, "indicators")
    shortcut(window, "Ctrl+Ins")
    assert len(window.editor.draft.indicators) == 1
    assert _tab_out(qtbot, page.table) is not page.table
    assert "(Ctrl+Ins)" in page.add_button.toolTip()


def test_ctrl_v_pastes_people_into_the_attendee_table(qtbot, window):
    page = _page(qtbot, window, "attendees")
    QGuiApplication.clipboard().setText(
        "Nguyễn Văn A\tChủ tịch UBND\r\nTrần Thị B\tChánh Văn phòng HĐND và UBND\r\n"
    )
    page.table.setFocus()
    shortcut(window, "Ctrl+V")
    people = [(a.side, a.person_name, a.person_title) for a in window.editor.draft.attendees]
    assert people == [
        ("don_vi", "Nguyễn Văn A", "Chủ tịch UBND"),
        ("don_vi", "Trần Thị B", "Chánh Văn phòng HĐND và UBND"),
    ]
    shortcut(window, "Ctrl+Z")
    assert window.editor.draft.attendees == []


def test_the_empty_catalogue_says_so_and_opens_the_catalogue(qtbot, window):
    page = _page(qtbot, window, "attendees")
    opened = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not opened:
            opened.append(box.text())
            press(box, Qt.Key.Key_Return)  # "Mở danh mục" is the default button
        elif isinstance(box, QDialog) and not isinstance(box, QMessageBox) and opened:
            opened.append(type(box).__name__)
            press(box, Qt.Key.Key_Escape)
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(30)
    page.group_button.setFocus()
    press(page.group_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=3000)
    assert "chưa có thành viên nào" in opened[0]
    assert opened[1] == "DirectoryDialog"
