"""Each workbook and CSV file built like the real ones imports the expected tasks with the
expected derived statuses, and importing it again adds nothing (issue 18, "Done when")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain.tasks import TaskStatus, task_status
from app.taskimport.fields import Field
from app.taskimport.importer import apply_plan, open_task_file
from app.taskimport.plan import OVERRIDE_REASON, Action, plan_import
from app.taskimport.rows import read_rows
from tests.taskimport import workbooks as books

D = dt.date


def import_file(path, tasks, sheet=None, use_file_status=False):
    """Plan and apply an import of *path* into *tasks*; returns the plan."""
    found_sheet, layout = open_task_file(path).sheet(sheet)
    plan = plan_import(read_rows(found_sheet, layout), tasks, books.CUTOFF, use_file_status)
    apply_plan(plan, tasks)
    return plan


def statuses(tasks):
    return [task_status(t, books.CUTOFF).effective for t in tasks]


BUILDERS = {
    "tracker": (books.tracker_export, books.TRACKER_ROWS, books.TRACKER_EXPECTED),
    "unit": (books.unit_typed, books.UNIT_ROWS, books.UNIT_EXPECTED),
    "sheets": (books.several_sheets, books.SHEETS_ROWS, books.SHEETS_EXPECTED),
    "statuses": (books.statuses_with_formulas, books.STATUS_ROWS, books.STATUS_EXPECTED),
    "department": (books.department_report, books.DEPARTMENT_ROWS, books.DEPARTMENT_EXPECTED),
}


@pytest.mark.parametrize("name", BUILDERS)
def test_each_workbook_imports_its_tasks_and_reimport_adds_nothing(tmp_path, name):
    build, rows, expected = BUILDERS[name]
    path = build(tmp_path)
    tasks = []
    plan = import_file(path, tasks)
    assert [t.content for t in tasks] == [r[0] for r in rows]
    assert statuses(tasks) == expected
    assert plan.added == len(rows) and plan.updated == 0
    before = [dataclasses.replace(t) for t in tasks]
    again = import_file(path, tasks)
    assert again.added == again.updated == 0
    assert again.count(Action.UNCHANGED) == len(rows)
    assert again.summary() == f"Thêm 0, cập nhật 0, bỏ qua {again.left} nhiệm vụ."
    assert tasks == before


def test_tracker_export_reads_title_rows_two_row_header_numbering_and_totals(tmp_path):
    task_file = open_task_file(books.tracker_export(tmp_path))
    sheet, layout = task_file.sheet()
    assert sheet.name == "Danh mục nhiệm vụ"
    assert [s.name for s in task_file.table_sheets] == ["Danh mục nhiệm vụ"]  # not "Hướng dẫn"
    assert layout.header_rows == (7, 8)
    assert layout.file_cutoff == D(2024, 7, 31)
    meanings = {c.letter: (c.header, c.field) for c in layout.columns}
    assert meanings["C"] == ("Văn bản giao / Số, ký hiệu", Field.SOURCE)
    assert meanings["D"] == ("Văn bản giao / Ngày ban hành", Field.DOC_DATE)
    assert meanings["G"] == ("Tình hình thực hiện / Ngày hoàn thành", Field.COMPLETED)
    assert meanings["H"] == ("Tình hình thực hiện / Trạng thái", Field.STATUS)
    tasks = []
    plan = import_file(books.tracker_export(tmp_path), tasks)
    first, fifth, sixth = tasks[0], tasks[4], tasks[5]
    assert first.source_doc == "01/CTr-UBND ngày 05/01/2024"  # number + document date
    assert tasks[1].source_doc == "215/UBND-KT ngày 20/02/2024"  # the date written as text
    assert (first.assigned_by, first.deadline, first.completed_on) == (
        "UBND tỉnh",
        D(2024, 1, 31),
        D(2024, 1, 25),
    )
    assert fifth.deadline == D(2024, 7, 5)  # an Excel serial number in a date column
    assert (sixth.deadline, sixth.deadline_text) == (None, "Thường xuyên")
    not_tasks = {r.number: r.reasons for r in plan.rows if r.action == Action.NOT_TASK}
    assert not_tasks == {22: ["Dòng tổng cộng."], 24: ["Dòng chữ ký, không phải nhiệm vụ."]}
    # The last task's "Hoàn thành" disagrees with its dates: shown, not fixed.
    last = plan.rows[11]
    assert last.reasons == [
        "Tệp ghi «Hoàn thành», các ngày cho «Chưa hoàn thành, quá hạn»: giữ trạng thái tính "
        "từ các ngày."
    ]
    assert tasks[11].status_override is None
    assert plan.summary() == "Thêm 12, cập nhật 0, bỏ qua 0 nhiệm vụ."


def test_unit_list_skips_group_headings_and_never_reads_the_hidden_column(tmp_path):
    path = books.unit_typed(tmp_path)
    _sheet, layout = open_task_file(path).sheet()
    hidden = layout.columns[1]
    assert (hidden.header, hidden.hidden, hidden.field) == ("Thời hạn ban đầu", True, Field.IGNORE)
    tasks = []
    plan = import_file(path, tasks)
    headings = [r.number for r in plan.rows if r.action == Action.NOT_TASK]
    assert headings == [4, 9]
    assert tasks[0].deadline == D(2024, 2, 15)  # "Hạn hoàn thành", not the hidden 01/01/2024
    assert [t.source_doc for t in tasks[:4]] == [books.CTR] * 4  # the merged cell, every row
    assert tasks[7].deadline_text == "Quý IV/2024" and tasks[7].deadline is None
    assert plan.rows[-1].reasons == [
        "Dòng 13, cột F: «Quý IV/2024» không phải là một ngày; ghi là thời hạn bằng lời, nhiệm "
        "vụ tính là không có thời hạn."
    ]


def test_department_report_reads_broken_header_lines_group_rows_and_serial_dates(tmp_path):
    path = books.department_report(tmp_path)
    _sheet, layout = open_task_file(path).sheet()
    assert layout.header_rows == (5,)  # not the title merged over rows 1 and 2
    meanings = {c.letter: (c.header, c.field) for c in layout.columns}
    assert meanings == {
        "A": ("STT", Field.SERIAL),
        "B": ("Nội dung nhiệm vụ", Field.CONTENT),
        "C": ("Văn bản giao nhiệm vụ", Field.SOURCE),
        "D": ("Thời hạn hoàn thành", Field.DEADLINE),
        "E": ("Ngày hoàn thành", Field.COMPLETED),
        "F": ("Kết quả thực hiện", Field.RESULT),
        "G": ("Ghi chú", Field.NOTE),
        "H": ("Đơn vị phối hợp", Field.IGNORE),
    }
    tasks = []
    plan = import_file(path, tasks)
    headings = {r.number: r.reasons for r in plan.rows if r.action == Action.NOT_TASK}
    assert headings == {6: ["Tiêu đề nhóm nhiệm vụ."], 10: ["Tiêu đề nhóm nhiệm vụ."]}
    assert all(not r.reasons for r in plan.rows if r.action == Action.ADD)
    assert [(t.deadline, t.completed_on) for t in tasks] == [
        (D(2024, 5, 31), D(2024, 5, 28)),  # serial numbers in General cells
        (D(2024, 6, 30), D(2024, 7, 15)),  # text
        (D(2025, 6, 30), None),
        (None, None),
        (D(2024, 7, 15), None),
        (D(2024, 7, 15), D(2024, 7, 12)),
    ]
    assert tasks[3].deadline_text == "Thường xuyên"
    # The remarks are notes, never read as a status ("Quá hạn, đã xin gia hạn").
    assert [t.note for t in tasks] == [r[5] for r in books.DEPARTMENT_ROWS]
    assert all(t.status_override is None for t in tasks)
    assert tasks[0].result == "Đã trình UBND tỉnh tại Tờ trình số 88/TTr-SKHĐT"


def test_several_sheets_take_the_visible_task_table_and_skip_hidden_rows(tmp_path):
    path = books.several_sheets(tmp_path)
    task_file = open_task_file(path)
    assert [s.name for s in task_file.table_sheets] == ["Năm 2024", "Dữ liệu cũ"]
    tasks = []
    plan = import_file(path, tasks)
    skipped = [(r.number, r.reasons) for r in plan.rows if r.action == Action.SKIP]
    assert skipped == [(4, ["Dòng bị ẩn trong tệp."])]
    assert plan.summary() == "Thêm 5, cập nhật 0, bỏ qua 1 nhiệm vụ."
    old = []
    import_file(path, old, sheet="dữ liệu cũ")  # case and accents aside
    assert [t.content for t in old] == ["Nhiệm vụ cũ đã bỏ"]


def test_statuses_are_compared_with_the_dates_and_can_become_an_override(tmp_path):
    path = books.statuses_with_formulas(tmp_path)
    tasks = []
    plan = import_file(path, tasks)
    assert tasks[0].deadline == D(2024, 5, 31)  # the formula's cached value
    disagreements = {r.number: r.reasons for r in plan.rows if r.reasons}
    assert disagreements == {
        9: ["Tệp ghi «Tạm dừng», các ngày cho «Chưa hoàn thành, còn thời hạn»: giữ trạng thái "
            "tính từ các ngày."],
        10: ["Tệp ghi «Không thực hiện», các ngày cho «Chưa hoàn thành, quá hạn»: giữ trạng "
             "thái tính từ các ngày."],
        11: ["Tệp ghi «Chờ xác nhận», các ngày cho «Đã hoàn thành đúng hạn»: giữ trạng thái "
             "tính từ các ngày."],
        12: ["Tệp ghi «hoàn thành ĐÚNG HẠN», các ngày cho «Đã hoàn thành quá hạn»: giữ trạng "
             "thái tính từ các ngày."],
    }  # fmt: skip
    assert all(t.status_override is None for t in tasks)
    # Asked for, the wording with a canonical status becomes an override; reimporting keeps it.
    plan = import_file(path, tasks, use_file_status=True)
    assert plan.updated == 1 and plan.rows[9].reasons[0] == "Cập nhật trạng thái."
    assert (tasks[9].status_override, tasks[9].override_reason) == (
        TaskStatus.HT_DUNG_HAN,
        OVERRIDE_REASON,
    )
    assert statuses(tasks)[9] == TaskStatus.HT_DUNG_HAN
    assert import_file(path, tasks, use_file_status=True).updated == 0


@pytest.mark.parametrize("encoding", ["utf-8-bom-comma", "cp1258-semicolon", "utf-16-tab"])
def test_csv_in_three_encodings(tmp_path, encoding):
    path = books.csv_files(tmp_path)[encoding]
    tasks = []
    plan = import_file(path, tasks)
    assert [t.content for t in tasks] == [r[1] for r in books.CSV_ROWS]
    assert tasks[1].content == 'Xây dựng phương án ứng phó thiên tai năm 2024; báo cáo "4 tại chỗ"'
    assert statuses(tasks) == books.CSV_EXPECTED
    assert plan.summary() == "Thêm 5, cập nhật 0, bỏ qua 0 nhiệm vụ."
    assert import_file(path, tasks).added == 0


def test_reimport_of_an_updated_file_updates_instead_of_duplicating(tmp_path):
    path = books.csv_files(tmp_path)["utf-8-bom-comma"]
    tasks = []
    import_file(path, tasks)
    tasks[3].result = "Đã trình hồ sơ"  # typed by the secretary since the first import
    rows = [list(r) for r in books.CSV_ROWS]
    rows[3][1] = "HOÀN THIỆN hồ sơ  nông thôn mới, nâng cao."  # the same task, written loosely
    rows[3][5] = "25/7/2024"  # completed since
    rows.append(["6", "Nhiệm vụ mới giao", "05/KH-UBND", "UBND tỉnh", "31/12/2024", "", ""])
    path.write_text(books.csv_text(",", rows), encoding="utf-8-sig")
    plan = import_file(path, tasks)
    assert plan.summary() == "Thêm 1, cập nhật 1, bỏ qua 4 nhiệm vụ."
    assert len(tasks) == 6
    assert tasks[3].completed_on == D(2024, 7, 25)
    assert tasks[3].content == "Hoàn thiện hồ sơ nông thôn mới nâng cao"  # matched, kept
    assert tasks[3].result == "Đã trình hồ sơ"  # an empty cell erases nothing
    assert plan.rows[3].reasons[0] == "Cập nhật ngày hoàn thành."
