"""The window tells where things stand: list rows, the page header, the page list; the letter
size scales the whole window; Help; reopening after a crash; "Mở bản PDF" without a viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTextBrowser

from tests.ui.conftest import id_of, press, shortcut, task_rows, tsv, when_modal
from ui.actions import ActionId
from ui.models.inspection_table_model import COL_UNIT, ROW_ROLE
from ui.widgets.inspection_row_delegate import row_texts

A = ActionId


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_list_rows_say_name_date_kind_number_stage_and_tally(demo_window):
    lst = demo_window.inspection_list
    rows = [lst.proxy.index(r, COL_UNIT).data(ROW_ROLE) for r in range(lst.proxy.rowCount())]
    texts = {row_texts(r)[0] + " " + row_texts(r)[2]: r for r in rows}
    issued = next(r for r in rows if r.notice_number == "54/TB-TCT")
    name, tally, detail, stage = row_texts(issued)
    assert (name, tally, detail, stage.label) == (
        "TP Lạng Sơn",
        "33/34",
        "10/08/2021 · kiểm tra · 54/TB-TCT",
        "Đã ban hành",
    )
    meeting = next(r for r in rows if r.kind == "hop")  # the 2020 copy for signature
    assert row_texts(meeting)[3].label == "Trình ký"
    assert texts  # every row reads


def test_the_header_strip_follows_the_inspection(qtbot, window):
    _active(qtbot, window)
    shortcut(window, "Ctrl+N")
    header = window.editor_view.header
    assert header.isVisible()
    assert header.unit.text() == "(chưa có đơn vị)"
    assert header.badge.text() == "Dự thảo" and header.badge.property("badge") == "draft"
    unit = window.editor_view.pages["general"].unit
    unit.setFocus()
    from tests.ui.conftest import type_keys

    type_keys(unit, "UBND huyện Mây Xanh")
    assert header.unit.text() == "UBND huyện Mây Xanh"
    window.editor.issue(3, window.editor.draft.date)
    assert header.badge.text() == "Đã ban hành"
    assert header.number.text() == "Số 03/TB-TCT"


def test_the_page_list_counts_and_marks_problems(qtbot, window):
    _active(qtbot, window)
    shortcut(window, "Ctrl+N")
    nav = window.editor_view.nav
    assert "Chưa có đơn vị" in nav.item(0).toolTip()
    window.editor_view.pages["tasks"].paste(tsv(task_rows(5)))
    assert nav.item(2).text() == "3. Nhiệm vụ (5)"
    window.editor_view.show_page("indicators", focus=True)
    shortcut(window, "Ctrl+Ins")
    page = window.editor_view.pages["indicators"]
    model = page.model
    for field, value in (("target", "100"), ("actual", "50"), ("stated_percent", "80")):
        model.setData(model.index(0, model.column_of(field)), value, Qt.ItemDataRole.EditRole)
    assert nav.item(3).text() == "4. Chỉ tiêu (1)"
    assert "tỷ lệ nêu khác tỷ lệ tính" in nav.item(3).toolTip()


def test_ctrl_plus_and_minus_scale_the_whole_window(qtbot, window):
    _active(qtbot, window)
    shortcut(window, "Ctrl+N")
    place = window.editor_view.pages["general"].place
    place.setFocus()
    before_field = place.font().pointSizeF()
    before_list = window.inspection_list.view.font().pointSizeF()
    before_menu = window.menuBar().font().pointSizeF()
    shortcut(window, "Ctrl+=")
    shortcut(window, "Ctrl+=")
    qtbot.wait(10)  # Qt tells the widgets of a new application font through the event loop
    assert place.font().pointSizeF() > before_field * 1.2
    assert window.inspection_list.view.font().pointSizeF() > before_list * 1.2
    assert window.menuBar().font().pointSizeF() > before_menu * 1.2
    assert window.settings.capture_scale > 1.2
    shortcut(window, "Ctrl+0")
    qtbot.wait(10)
    assert place.font().pointSizeF() == before_field
    shortcut(window, "Ctrl+-")
    qtbot.wait(10)
    assert place.font().pointSizeF() < before_field
    shortcut(window, "Ctrl+0")


def test_help_lists_the_shortcuts_and_the_day(qtbot, window):
    _active(qtbot, window)
    shortcut(window, "F1")
    dialog = window.findChild(QApplication.activeModalWidget().__class__, "help_dialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Một ngày làm việc" in text and "Ctrl+D" in text and "Nhân bản" in text
    assert "Alt+1 … Alt+9" in text
    press(dialog, Qt.Key.Key_Escape)
    about = window.menuBar().actions()[-1].menu().actions()[-1]
    assert about.text() == "&Giới thiệu"
    about.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert "Nghị định 30/2020/NĐ-CP" in box.text()
    box.close()


def test_after_a_crash_the_inspection_and_capture_mode_come_back(
    qtbot, demo_window, services, tmp_path
):
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    window = demo_window
    inspection_id = id_of(window, "54/TB-TCT")
    window.inspection_list.select_id(inspection_id)
    _active(qtbot, window)
    shortcut(window, "F11")
    assert window.workspace.mode.active
    # No closeEvent: the process dies here. A new window reads the settings from the disk.
    settings = UiSettings(tmp_path / "ui.ini")  # the file the window's settings write
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.editor.inspection_id == inspection_id
    assert again.workspace.mode.active
    again.workspace.mode.leave()


def test_open_pdf_without_a_viewer_says_so_and_offers_the_folder(qtbot, demo_window):
    window = demo_window
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    _active(qtbot, window)
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.findChildren(QPushButton))
        press(box, Qt.Key.Key_Escape)

    timer = when_modal(answer, QMessageBox)
    shortcut(window, "Ctrl+Shift+O")  # the offscreen platform has no viewer for anything
    qtbot.waitUntil(lambda: "text" in seen, timeout=20000)
    timer.stop()
    assert "chưa có chương trình xem tệp PDF" in seen["text"]
    assert "tocongtac-xem-truoc" in seen["text"]
    assert seen["buttons"] == ["Mở thư mục", "Đóng"]
