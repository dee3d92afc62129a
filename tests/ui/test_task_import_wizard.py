"""The import wizard of the tasks page, driven by the keyboard: change one column's meaning,
import, undo in one Ctrl+Z (issue 18, "Done when"); drag and drop; an issued inspection."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from app.taskimport.fields import Field
from tests.taskimport import workbooks as books
from tests.ui.conftest import focused, press, shortcut
from ui.actions import ActionId


@pytest.fixture
def page(qtbot, window):
    window.new_inspection()
    editor = window.editor
    editor.set_field("inspection", editor.draft, "cutoff_date", books.CUTOFF)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor_view.show_page("tasks")
    return window.editor_view.pages["tasks"]


def test_change_a_column_import_and_undo_by_keyboard(qtbot, window, page, tmp_path, ui_settings):
    path = books.tracker_export(tmp_path)
    dialog = page.import_file(path)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    mapping = dialog.mapping_view
    assert focused() is mapping
    assert dialog.summary.text().startswith("Khi bấm «Nhập»: Thêm 12, cập nhật 0, bỏ qua 0")
    # Column E "Lãnh đạo giao" is to go into the note instead: Down ×4, F2, End, Enter.
    for _ in range(4):
        press(mapping, Qt.Key.Key_Down)
    assert mapping.currentIndex().row() == 4
    press(mapping, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox) and combo.currentText() == "Lãnh đạo giao"
    press(combo, Qt.Key.Key_End)
    press(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    columns = dialog.layout_in_use.columns
    assert (columns[4].field, columns[9].field) == (Field.NOTE, Field.IGNORE)
    assert dialog.mapping.index(4, 2).data() == "Ghi chú"
    assert dialog.preview.rowCount() == 14  # 12 tasks, the totals line, the signatures
    # Import with the button's accelerator.
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    tasks = window.editor.draft.tasks
    assert len(tasks) == 12
    assert (tasks[0].note, tasks[0].assigned_by) == ("UBND tỉnh", "")
    assert page.ratio.text() == "8/12 nhiệm vụ đã hoàn thành"
    assert page.notes.text() == "Thêm 12, cập nhật 0, bỏ qua 0 nhiệm vụ."
    assert (
        window.actions[ActionId.UNDO]
        .toolTip()
        .startswith("Hoàn tác: Nhập nhiệm vụ từ «danh-muc-nhiem-vu-he-thong.xlsx»")
    )
    # One Ctrl+Z takes the whole import back (offscreen, no window manager gives the focus
    # back to the main window when the dialog closes).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    shortcut(window, "Ctrl+Z")
    assert window.editor.draft.tasks == []
    assert page.ratio.text() == "Chưa có nhiệm vụ"
    # The changed meaning is remembered for files with this header.
    again = page.import_file(path)
    qtbot.waitExposed(again)
    qtbot.waitUntil(again.isActiveWindow)
    assert again.layout_in_use.columns[4].field == Field.NOTE
    press(focused(), Qt.Key.Key_Escape)
    assert not window.editor.draft.tasks


def test_reimport_through_the_wizard_adds_nothing(qtbot, window, page, tmp_path):
    path = books.unit_typed(tmp_path)
    first = page.import_file(path)
    first.accept()
    assert len(window.editor.draft.tasks) == 8
    second = page.import_file(path)
    assert second.plan.summary() == "Thêm 0, cập nhật 0, bỏ qua 8 nhiệm vụ."
    assert not second.import_button.isEnabled()
    second.reject()


def test_a_row_error_is_shown_with_its_cell(qtbot, window, page, tmp_path):
    dialog = page.import_file(books.with_bad_cells(tmp_path))
    preview = dialog.preview
    by_row = {preview.index(r, 0).data(): r for r in range(preview.rowCount())}
    bad = by_row["6"]
    assert preview.index(bad, 1).data() == "Bỏ qua"
    assert preview.index(bad, 6).data().startswith("Dòng 6, cột E: công thức «=D6-1»")
    assert preview.index(bad, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    kept = by_row["5"]
    assert preview.index(kept, 1).data() == "Thêm"
    assert preview.index(kept, 5).data() == "chưa tính (ngày chưa hợp lệ)"
    assert "2 dòng có ô không đọc được" in dialog.summary.text()
    dialog.reject()


def test_a_file_dropped_on_the_tasks_table_opens_the_wizard(qtbot, window, page, tmp_path):
    path = books.csv_files(tmp_path)["utf-16-tab"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = page.table.viewport()
    where = QPointF(viewport.rect().center())
    enter = QDragEnterEvent(
        where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, drop)
    dialog = page.importer.dialog
    assert dialog is not None and dialog.task_file.name == path.name
    dialog.accept()
    assert len(window.editor.draft.tasks) == 5


def test_the_file_menu_action_and_an_issued_inspection(qtbot, window, page, tmp_path):
    action = window.actions[ActionId.IMPORT_TASKS]
    assert action.text() == "Nhập nhiệm vụ từ &Excel…" and action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    window.editor.issue(57, dt.date(2024, 8, 22))
    assert page.import_file(books.unit_typed(tmp_path)) is None
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and "đã ban hành" in box.text()
    box.close()


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line(qtbot, window, page, tmp_path):
    path = tmp_path / "cu.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert page.import_file(path) is None
    box = window.findChild(QMessageBox, "error_box")
    assert box.text() == (
        "Tệp «cu.xls» là bảng tính Excel 97–2003 (.xls); hãy mở trong Excel và lưu lại dưới "
        "dạng .xlsx."
    )
    box.close()


def test_the_wizard_models_are_well_behaved(qtmodeltester, tmp_path):
    from app.taskimport.importer import open_task_file
    from app.taskimport.plan import plan_import
    from app.taskimport.rows import read_rows
    from ui.models.task_import_models import ColumnMappingModel, ImportPreviewModel

    sheet, layout = open_task_file(books.tracker_export(tmp_path)).sheet()
    mapping = ColumnMappingModel()
    mapping.set_layout(layout)
    qtmodeltester.check(mapping, force_py=True)
    preview = ImportPreviewModel()
    preview.set_plan(plan_import(read_rows(sheet, layout), [], books.CUTOFF))
    qtmodeltester.check(preview, force_py=True)
    assert mapping.setData(mapping.index(9, ColumnMappingModel.MEANING), Field.RESULT.value)
    assert mapping.index(8, ColumnMappingModel.MEANING).data() == Field.IGNORE.label


def test_pick_the_sheet_by_keyboard(qtbot, window, page, tmp_path):
    dialog = page.import_file(books.several_sheets(tmp_path))
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    combo = dialog.sheet_combo
    assert combo.currentText() == "Năm 2024"
    assert combo.itemText(0) == "Tổng hợp — không có bảng nhiệm vụ"
    assert not combo.model().item(0).isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Trang &tính"
    assert focused() is combo
    press(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Dữ liệu cũ (trang ẩn)"
    assert dialog.plan.summary() == "Thêm 1, cập nhật 0, bỏ qua 0 nhiệm vụ."
    press(combo, Qt.Key.Key_Up)
    press(combo, Qt.Key.Key_Up)  # the summary sheet has no table: it is not chosen
    assert combo.currentText() == "Năm 2024"
    dialog.reject()
