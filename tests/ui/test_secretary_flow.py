"""A secretary's whole session through the real window, keyboard first, then reopened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.database import open_database
from app.dto import Section
from app.services.bundle import Services
from tests.ui.conftest import answer_dialog, commit_text, shortcut, task_rows, tsv, type_keys
from ui.main_window import MainWindow

LIMITATIONS = [
    "Công tác tham mưu có việc chưa kịp thời",
    "Giải ngân vốn đầu tư công còn chậm, mới đạt 38,9%",
    "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp",
]
REASON = "Đơn vị đã báo cáo hoàn thành tại buổi làm việc"


def _labels(page) -> list[str]:
    model = page.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_secretary_session_survives_closing_and_reopening(qtbot, window, db_path, ui_settings):
    editor = window.editor
    view = window.editor_view
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())

    # Mới (Ctrl+N): a new inspection, the cursor in the unit field.
    shortcut(window, "Ctrl+N")
    assert editor.draft is not None and editor.draft.id is not None
    general = view.pages["general"]
    qtbot.waitUntil(lambda: general.unit.hasFocus())
    type_keys(general.unit, "UBND thành phố Lạng Sơn")
    general.cutoff.line.setFocus()
    type_keys(general.cutoff.line, "06/08/2021")
    assert editor.draft.unit_name == "UBND thành phố Lạng Sơn"
    assert editor.draft.cutoff_date == dt.date(2021, 8, 6)

    # Three limitations, typed with key events and with an input-method commit.
    shortcut(window, "Alt+6")
    limitations = view.pages["limitation"]
    assert view.stack.currentWidget() is limitations
    for i, text in enumerate(LIMITATIONS):
        shortcut(window, "Ctrl+Return")
        qtbot.waitUntil(lambda: limitations.text.hasFocus())
        if i == 1:
            commit_text(limitations.text, text)
        else:
            type_keys(limitations.text, text)
    assert [e.text for e in editor.draft.section(Section.LIMITATION)] == LIMITATIONS
    assert _labels(limitations)[2] == LIMITATIONS[2]  # paragraphs carry no label

    # Move the third one up, undo, redo (Ctrl+Z / Ctrl+Y while typing in the text box).
    shortcut(window, "Alt+Up")
    moved = [LIMITATIONS[0], LIMITATIONS[2], LIMITATIONS[1]]
    assert [e.text for e in editor.draft.section(Section.LIMITATION)] == moved
    assert limitations.current.text == LIMITATIONS[2]
    limitations.text.setFocus()
    shortcut(window, "Ctrl+Z")
    assert [e.text for e in editor.draft.section(Section.LIMITATION)] == LIMITATIONS
    shortcut(window, "Ctrl+Y")
    assert [e.text for e in editor.draft.section(Section.LIMITATION)] == moved
    assert limitations.text.toPlainText() == LIMITATIONS[2]

    # Paste 34 tasks copied from Excel.
    shortcut(window, "Alt+3")
    tasks = view.pages["tasks"]
    QGuiApplication.clipboard().setText(tsv(task_rows(34)))
    tasks.table.setFocus()
    shortcut(window, "Ctrl+V")
    assert len(editor.draft.tasks) == 34
    assert "33/34" in tasks.ratio.text()
    assert editor.draft.tasks[1].status_override == "HT_QUA_HAN"
    assert editor.draft.tasks[1].override_reason == "nhập từ bảng tính"

    # Change the last task's status: refused without a reason, accepted with one.
    tasks.table.setCurrentIndex(tasks.model.index(33, 0))
    panel = tasks.status_panel
    panel.status.setCurrentIndex(panel.status.findData("HT_DUNG_HAN"))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and "lý do" in panel.error.text()
    assert editor.draft.tasks[33].status_override is None
    panel.reason.setFocus()
    type_keys(panel.reason, REASON)
    QTest.keyClick(panel.reason, Qt.Key.Key_Return)
    assert not panel.error.isVisible()
    assert editor.draft.tasks[33].status_override == "HT_DUNG_HAN"
    assert "34/34" in tasks.ratio.text()

    # Issue the notice with the number the records clerk gave.
    shortcut(window, "Alt+9")
    issue = view.pages["issue"]
    issue.number.setFocus()
    type_keys(issue.number, "54")
    issue.date.line.selectAll()
    type_keys(issue.date.line, "11/08/2021")
    answer_dialog()  # the one question before issuing
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.state.text() == "Đã ban hành số 54/TB-TCT ngày 11/8/2021"
    assert not issue.issue_button.isEnabled()
    inspection_id = editor.draft.id

    window.close()

    db = open_database(db_path)
    try:
        second = MainWindow(Services(db), ui_settings)
        qtbot.addWidget(second)
        second.show()
        second.inspection_list.select_id(inspection_id)
        data = second.editor.draft
        assert data is not None and data.id == inspection_id
        assert data.unit_name == "UBND thành phố Lạng Sơn"
        assert data.cutoff_date == dt.date(2021, 8, 6)
        assert [e.text for e in data.section(Section.LIMITATION)] == moved
        assert len(data.tasks) == 34
        assert data.tasks[33].status_override == "HT_DUNG_HAN"
        assert data.tasks[33].override_reason == REASON
        assert data.notice.issued and data.notice.number == "54"
        assert data.notice.date == dt.date(2021, 8, 11)
        assert "34/34" in second.editor_view.pages["tasks"].ratio.text()
        row = second.inspection_list.model.index(
            second.inspection_list.model.row_of_id(inspection_id), 4
        )
        assert row.data() == "54/TB-TCT"
        second.close()
    finally:
        db.close()
