"""Bad input gets a Vietnamese message at the field; the rest is kept and nothing saved is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import answer_dialog, task_rows, tsv, type_keys
from tests.ui.test_autosave import stored


def test_an_impossible_date_is_explained_and_the_saved_date_kept(qtbot, opened, db_path):
    editor = opened.editor
    cutoff = opened.editor_view.pages["general"].cutoff
    cutoff.line.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=1000):
        type_keys(cutoff.line, "06/08/2021")
    cutoff.line.selectAll()
    type_keys(cutoff.line, "31/02/2021")
    QTest.keyClick(cutoff.line, Qt.Key.Key_Return)
    assert cutoff.error_text() == "Ngày «31/02/2021» không tồn tại"
    assert cutoff.line.text() == "31/02/2021"  # what was typed stays, to be corrected
    assert editor.draft.cutoff_date == dt.date(2021, 8, 6)
    opened.editor_view.show_page("tasks")
    assert stored(db_path, editor.draft.id).cutoff_date == dt.date(2021, 8, 6)
    cutoff.line.selectAll()
    type_keys(cutoff.line, "28/02/2021")
    assert cutoff.error_text() == ""
    assert editor.draft.cutoff_date == dt.date(2021, 2, 28)


def test_a_date_that_is_not_a_date(opened):
    date = opened.editor_view.pages["general"].date
    date.line.selectAll()
    type_keys(date.line, "hôm qua")
    date.line.editingFinished.emit()
    assert "không phải là ngày hợp lệ" in date.error_text()
    assert opened.editor.draft.date == dt.date.today()


def test_a_year_with_letters(opened):
    year = opened.editor_view.pages["general"].year
    year.line.selectAll()
    type_keys(year.line, "20x4")
    year.line.editingFinished.emit()
    assert year.error_text() == "«20x4» không phải là năm hợp lệ"
    assert opened.editor.draft.year == dt.date.today().year


def _type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: select it, type (starts the editor), press Enter."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    type_keys(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table
    type_keys(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's data queued


def test_vietnamese_numbers_and_letters_in_a_number(qtbot, opened):
    opened.editor_view.show_page("indicators")
    page = opened.editor_view.pages["indicators"]
    page.add_row()
    model = page.model
    _type_in_cell(qtbot, page.table, 0, model.column_of("name"), "Thu ngân sách")
    _type_in_cell(qtbot, page.table, 0, model.column_of("target"), "152,5")
    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "98,7")
    indicator = opened.editor.draft.indicators[0]
    assert (indicator.target, indicator.actual) == (Decimal("152.5"), Decimal("98.7"))
    assert model.index(0, model.column_of("computed")).data() == "64,72"

    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "9x8")
    assert page.message.text() == "Dòng 1, cột «Thực hiện»: «9x8» không phải là số hợp lệ"
    assert page.message.isVisible()
    assert indicator.actual == Decimal("98.7")

    _type_in_cell(qtbot, page.table, 0, model.column_of("target"), "10.278")
    assert indicator.target == Decimal("10278")
    assert not page.message.isVisible()


def test_a_percent_mismatch_warns_but_keeps_the_stated_figure(qtbot, opened):
    opened.editor_view.show_page("indicators")
    page = opened.editor_view.pages["indicators"]
    page.add_row()
    model = page.model
    _type_in_cell(qtbot, page.table, 0, model.column_of("name"), "Giải ngân vốn đầu tư công")
    _type_in_cell(qtbot, page.table, 0, model.column_of("target"), "312,4")
    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "121,6")
    _type_in_cell(qtbot, page.table, 0, model.column_of("stated_percent"), "38,9")
    assert not page.warning.isVisible()
    _type_in_cell(qtbot, page.table, 0, model.column_of("stated_percent"), "45")
    assert page.warning.isVisible()
    assert "Tỷ lệ nêu 45,00% khác tỷ lệ tính 38,92%" in page.warning.text()
    assert opened.editor.draft.indicators[0].stated_percent == Decimal("45")
    opened.editor.undo()
    assert not page.warning.isVisible()


def test_a_negative_or_impossible_figure_is_warned_about_at_its_field(qtbot, opened):
    """Issue 11.6: a warning beside the field, never a block: the figure is kept as typed."""
    opened.editor_view.show_page("indicators")
    page = opened.editor_view.pages["indicators"]
    page.add_row()
    model = page.model
    _type_in_cell(qtbot, page.table, 0, model.column_of("name"), "Thu ngân sách")
    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "-5")
    actual = model.index(0, model.column_of("actual"))
    assert opened.editor.draft.indicators[0].actual == Decimal("-5")
    assert actual.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Thực hiện là số âm (-5)." in actual.data(Qt.ItemDataRole.ToolTipRole)
    assert page.warning.isVisible() and "số âm" in page.warning.text()
    _type_in_cell(qtbot, page.table, 0, model.column_of("unit"), "%")
    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "115")
    assert "Thực hiện lớn hơn 100% (115%)." in page.warning.text()
    _type_in_cell(qtbot, page.table, 0, model.column_of("actual"), "95")
    assert not page.warning.isVisible()
    assert actual.data(Qt.ItemDataRole.BackgroundRole) is None


def test_an_impossible_date_in_the_task_table(qtbot, opened):
    opened.editor_view.show_page("tasks")
    page = opened.editor_view.pages["tasks"]
    page.paste(tsv(task_rows(3)))
    deadline = page.model.column_of("deadline")
    _type_in_cell(qtbot, page.table, 0, deadline, "31/02/2021")
    assert page.message.text() == (
        "Dòng 1, cột «Thời hạn»: Ngày «31/02/2021» không tồn tại; giữ nguyên chữ đã gõ, chưa "
        "tính vào số liệu cho tới khi sửa."
    )
    task = opened.editor.draft.tasks[0]
    assert (task.deadline, task.deadline_text) == (None, "31/02/2021")
    assert page.model.index(0, deadline).data() == "31/02/2021"
    _type_in_cell(qtbot, page.table, 0, deadline, "5/4/2021")
    assert (task.deadline, task.deadline_text) == (dt.date(2021, 4, 5), "")
    assert page.model.index(0, deadline).data() == "05/04/2021"
    assert page.message.text() == ""


def test_a_paste_with_missing_and_extra_columns_keeps_the_good_rows(opened):
    opened.editor_view.show_page("tasks")
    page = opened.editor_view.pages["tasks"]
    rows = task_rows(5)
    rows[1] = rows[1][:3]  # STT, content, document: too few
    rows[3] = rows[3] + ["thừa", "thừa nữa"]
    page.paste(tsv(rows, header=False))
    contents = [t.content for t in opened.editor.draft.tasks]
    assert contents == [rows[0][1], rows[2][1], rows[4][1]]
    message = page.message.text()
    assert "Dòng 2: thiếu cột" in message
    assert "Dòng 4: thừa cột" in message
    assert page.message.isVisible()


def test_a_paste_with_a_bad_date_keeps_it_as_pasted_and_out_of_the_counts(opened):
    opened.editor_view.show_page("tasks")
    page = opened.editor_view.pages["tasks"]
    rows = task_rows(2)
    rows[0][4] = "31/02/2021"
    page.paste(tsv(rows))
    task = opened.editor.draft.tasks[0]
    assert (task.deadline, task.deadline_text, task.content) == (None, "31/02/2021", rows[0][1])
    assert page.message.text() == (
        "Dòng 1, cột «Thời hạn»: Ngày «31/02/2021» không tồn tại; giữ nguyên chữ đã dán, chưa "
        "tính vào số liệu cho tới khi sửa."
    )
    assert page.ratio.text() == (
        "0/1 nhiệm vụ đã hoàn thành (chưa tính 1 nhiệm vụ có ngày chưa hợp lệ)"
    )


def test_a_typed_number_that_is_not_a_number(qtbot, opened):
    opened.editor_view.show_page("issue")
    issue = opened.editor_view.pages["issue"]
    for typed in ("năm tư", "٥٤", "54/TB-UBND"):
        issue.number.clear()
        type_keys(issue.number, typed)
        qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
        assert issue.issue_error.text() == (
            f"Số văn bản phải là số nguyên dương, viết bằng các chữ số 0–9 (đang là «{typed}»)."
        )
        assert not opened.editor.draft.notice.issued
    issue.number.clear()
    type_keys(issue.number, "7/TB-TCT")
    answer_dialog()  # the one question before issuing
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert opened.editor.draft.notice.number == "7"


def test_a_number_already_used_is_refused_at_the_field(qtbot, opened):
    editor = opened.editor
    opened.editor_view.show_page("issue")
    issue = opened.editor_view.pages["issue"]
    issue.date.line.selectAll()
    type_keys(issue.date.line, "11/08/2021")
    type_keys(issue.number, "54")
    answer_dialog()  # «Ban hành thông báo số 54/TB-TCT …?» → Ban hành
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert editor.draft.notice.issued

    opened.new_inspection()
    assert not editor.draft.notice.issued
    issue.date.line.selectAll()
    type_keys(issue.date.line, "20/08/2021")
    type_keys(issue.number, "54")
    answer_dialog()
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.issue_error.text() == "Số 54/TB-TCT năm 2021 đã được dùng cho văn bản khác."
    assert not editor.draft.notice.issued
    assert issue.number.text() == "54"
    qtbot.mouseClick(issue.next_button, Qt.MouseButton.LeftButton)
    assert issue.number.text() == "55"
    answer_dialog()
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert editor.draft.notice.number == "55"
    assert issue.state.text() == "Đã ban hành số 55/TB-TCT ngày 20/8/2021"
