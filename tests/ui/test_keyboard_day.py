"""The secretary's whole day with the keyboard alone: new inspection → general info →
attendees → paste tasks → indicators → capture 3 limitations and 4 recommendations → preview →
export PDF/DOCX/XLSX → issue. No mouse event reaches the application."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from app.dto import Section
from tests.ui.conftest import (
    answer_dialog,
    focused,
    press,
    shortcut,
    tab_to,
    task_rows,
    tsv,
    type_keys,
    when_modal,
)

MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}
LIMITATIONS = [
    "Công tác tham mưu có việc chưa kịp thời",
    "Giải ngân vốn đầu tư công còn chậm, mới đạt 38,9%",
    "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp",
]
RECOMMENDATIONS = [
    "Khẩn trương hoàn thành các nhiệm vụ còn lại",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình",
    "Tăng cường kỷ luật, kỷ cương hành chính",
]


class MouseCounter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):
        if event.type() in MOUSE:
            self.count += 1
        return False


def _type_cell(table, text: str) -> None:
    """Type into the current cell: the first key opens its editor, the rest go to the editor."""
    type_keys(table, text[0])
    type_keys(focused(), text[1:])
    press(focused(), Qt.Key.Key_Return)


def _export(qtbot, window, keys: str, folder) -> str:
    chosen = []

    def accept(dialog):
        name = dialog.findChild(QObject, "fileNameEdit")
        chosen.append(name.text())
        press(dialog, Qt.Key.Key_Return)  # the dialog's default button: "Lưu"

    timer = when_modal(accept, QFileDialog)
    # The window manager gives the window back its activation when a dialog closes; the
    # offscreen platform has none, so the test does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.exports.finished, timeout=30000) as done:
        shortcut(window, keys)
    timer.stop()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert done.args[0].endswith(chosen[0])
    return done.args[0]


def test_the_whole_day_by_keyboard(qtbot, window, tmp_path):
    counter = MouseCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        _day(qtbot, window, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(counter)
    assert counter.count == 0


def _day(qtbot, window, tmp_path):
    editor, view = window.editor, window.editor_view
    window.settings.export_dir = str(tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # New inspection; general information, field after field with Tab.
    shortcut(window, "Ctrl+N")
    general = view.pages["general"]
    qtbot.waitUntil(general.unit.hasFocus)
    type_keys(general.unit, "UBND huyện Mây Xanh")
    tab_to(general.date.line)
    general.date.line.selectAll()
    type_keys(general.date.line, "15/11/2024")
    tab_to(general.place)
    type_keys(general.place, "Hội trường UBND huyện Mây Xanh")
    tab_to(general.cutoff.line)
    type_keys(general.cutoff.line, "10/11/2024")
    tab_to(general.legal_basis)
    type_keys(general.legal_basis, "Quyết định số 897/QĐ-UBND ngày 29/4/2021")
    draft = editor.draft
    assert draft.unit_name == "UBND huyện Mây Xanh" and draft.date == dt.date(2024, 11, 15)
    assert draft.place == "Hội trường UBND huyện Mây Xanh"
    assert draft.cutoff_date == dt.date(2024, 11, 10)

    # Attendees: the unit's people pasted, one more typed.
    shortcut(window, "Alt+2")
    attendees = view.pages["attendees"]
    assert focused() is attendees.table
    QGuiApplication.clipboard().setText("Hoàng Văn Nam\tChủ tịch UBND huyện\r\n")
    shortcut(window, "Ctrl+V")
    shortcut(window, "Ctrl+Ins")
    press(attendees.table, Qt.Key.Key_Right)
    _type_cell(attendees.table, "Lý Thị Hoa")
    qtbot.waitUntil(lambda: len(draft.attendees) == 2 and bool(draft.attendees[1].person_name))
    assert [a.person_name for a in draft.attendees] == ["Hoàng Văn Nam", "Lý Thị Hoa"]

    # Tasks pasted from Excel.
    shortcut(window, "Alt+3")
    QGuiApplication.clipboard().setText(tsv(task_rows(12)))
    shortcut(window, "Ctrl+V")
    assert len(draft.tasks) == 12

    # One indicator typed cell by cell.
    shortcut(window, "Alt+4")
    indicators = view.pages["indicators"]
    shortcut(window, "Ctrl+Ins")
    for text in ("Thu ngân sách", "tỷ đồng", "46,4"):
        _type_cell(indicators.table, text)
        qtbot.wait(5)
        press(indicators.table, Qt.Key.Key_Right)
    press(indicators.table, Qt.Key.Key_Right)  # past Từ kèm
    _type_cell(indicators.table, "54,8")
    qtbot.waitUntil(lambda: draft.indicators[0].actual is not None)
    assert draft.indicators[0].name == "Thu ngân sách"
    assert str(draft.indicators[0].target) == "46.4"

    # Capture mode: three limitations, four recommendations.
    shortcut(window, "F11")
    assert window.workspace.mode.active
    for number, texts in ((2, LIMITATIONS), (3, RECOMMENDATIONS)):
        shortcut(window, f"Ctrl+{number}")
        for i, text in enumerate(texts):
            if i:
                shortcut(window, "Return")
            type_keys(focused(), text)
    shortcut(window, "Esc")
    assert not window.workspace.mode.active
    assert [e.text for e in draft.section(Section.LIMITATION)] == LIMITATIONS
    assert [e.text for e in draft.section(Section.RECOMMENDATION)] == RECOMMENDATIONS

    # Preview.
    shortcut(window, "Ctrl+Shift+P")
    preview = window.workspace.preview
    qtbot.waitUntil(preview.isVisible)
    preview.update_now()
    assert RECOMMENDATIONS[3] in preview.view.toPlainText()

    # Exports: the draft's names, each written.
    pdf = _export(qtbot, window, "Ctrl+E", tmp_path)
    docx = _export(qtbot, window, "Ctrl+Shift+E", tmp_path)
    xlsx = _export(qtbot, window, "Ctrl+Shift+X", tmp_path)
    assert pdf.endswith("Du-thao-TB-TCT-May-Xanh-15-11-2024.pdf")
    assert docx.endswith("Du-thao-TB-TCT-May-Xanh-15-11-2024.docx")
    assert xlsx.endswith("Phu-luc-May-Xanh-15-11-2024.xlsx")

    # Issue with the number the records clerk gave (Enter in the number field).
    shortcut(window, "Alt+9")
    issue = view.pages["issue"]
    assert focused() is issue.number
    type_keys(issue.number, "57")
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)  # «Ban hành thông báo số 57/TB-TCT …?» — Enter
    with qtbot.waitSignal(editor.saved, timeout=5000):
        press(issue.number, Qt.Key.Key_Return)
    assert seen and "57/TB-TCT" in seen[0]
    assert draft.notice.issued and draft.notice.number == "57"
    assert view.header.badge.text() == "Đã ban hành"
    issued = window.exports.suggested_name("notice-pdf", draft)
    assert issued == f"TB-57-TCT-{dt.date.today().year}-May-Xanh.pdf"
