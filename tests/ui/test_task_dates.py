"""A bad date typed in the tasks table keeps what was typed, flagged at the cell, and the task
stays out of the counts until fixed (issue 13, item 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import shortcut
from tests.ui.test_autosave import stored
from tests.ui.test_bad_input import _type_in_cell as type_in_cell

RED = "#b00020"


@pytest.fixture
def page(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor_view.show_page("tasks")
    tasks = window.editor_view.pages["tasks"]
    tasks.add_row()
    type_in_cell(
        qtbot, tasks.table, 0, tasks.model.column_of("content"), "Rà soát quy hoạch sử dụng đất"
    )
    return tasks


def test_a_bad_deadline_is_kept_flagged_and_not_counted_as_thuong_xuyen(qtbot, page, window):
    model, column = page.model, page.model.column_of("deadline")
    type_in_cell(qtbot, page.table, 0, column, "31/02/2026")
    cell = model.index(0, column)
    assert cell.data() == "31/02/2026"  # what was typed, not an empty cell
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == RED
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Ngày «31/02/2026» không tồn tại"
    status = model.index(0, model.status_column)
    assert status.data() == "Chưa tính: ngày chưa hợp lệ"
    assert model.counts().total == 0 and model.counts().khong_thoi_han == 0
    assert page.status_panel.derived.text() == (
        "Chưa tính vào số liệu: Ngày «31/02/2026» không tồn tại; sửa ngày trong bảng."
    )
    assert page.ratio.text() == (
        "0/0 nhiệm vụ đã hoàn thành (chưa tính 1 nhiệm vụ có ngày chưa hợp lệ)"
    )
    assert "«Thời hạn»: Ngày «31/02/2026» không tồn tại; giữ nguyên chữ đã gõ" in (
        page.message.text()
    )
    # Saved as typed: still flagged after the inspection is opened again.
    window.editor.flush()
    inspection_id = window.editor.draft.id
    assert stored(window.services.db.path, inspection_id).tasks[0].deadline_text == "31/02/2026"
    row = next(r for r in window.services.inspections.list_rows() if r.id == inspection_id)
    assert (row.completed_count, row.task_count) == (0, 0)  # the list's tally agrees
    window.editor.load(None)
    window.editor.load(inspection_id)
    assert model.index(0, model.status_column).data() == "Chưa tính: ngày chưa hợp lệ"
    type_in_cell(qtbot, page.table, 0, column, "28/02/2026")
    assert window.editor.draft.tasks[0].deadline == dt.date(2026, 2, 28)
    assert page.ratio.text() == "0/1 nhiệm vụ đã hoàn thành"
    assert model.counts().chua_ht_trong_han + model.counts().chua_ht_qua_han == 1


def test_undo_takes_the_bad_deadline_back(qtbot, page, window):
    column = page.model.column_of("deadline")
    type_in_cell(qtbot, page.table, 0, column, "30/6/2026")
    type_in_cell(qtbot, page.table, 0, column, "31/6/2026")
    assert page.model.uncounted() == 1
    page.table.setFocus()
    shortcut(window, "Ctrl+Z")
    assert window.editor.draft.tasks[0].deadline == dt.date(2026, 6, 30)
    assert page.model.uncounted() == 0


def test_words_in_the_deadline_are_a_deadline_in_words(qtbot, page, window):
    column = page.model.column_of("deadline")
    type_in_cell(qtbot, page.table, 0, column, "Thường xuyên")
    task = window.editor.draft.tasks[0]
    assert (task.deadline, task.deadline_text) == (None, "Thường xuyên")
    assert page.model.index(0, column).data() == "Thường xuyên"
    assert page.message.text() == ""
    assert page.model.counts().khong_thoi_han == 1


def test_a_bad_completion_date_is_kept_flagged_and_not_counted(qtbot, page, window):
    model = page.model
    type_in_cell(qtbot, page.table, 0, model.column_of("deadline"), "30/6/2026")
    column = model.column_of("completed_on")
    type_in_cell(qtbot, page.table, 0, column, "30/02/2026")
    cell = model.index(0, column)
    assert cell.data() == "30/02/2026"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == RED
    assert window.editor.draft.tasks[0].completed_on is None
    assert model.uncounted() == 1 and "chưa tính 1 nhiệm vụ" in page.ratio.text()
    assert page.status_panel.derived.text().startswith("Chưa tính vào số liệu: Ngày «30/02")
    type_in_cell(qtbot, page.table, 0, column, "20/6/2026")
    assert window.editor.draft.tasks[0].completed_on == dt.date(2026, 6, 20)
    assert model.uncounted() == 0 and page.ratio.text() == "1/1 nhiệm vụ đã hoàn thành"
