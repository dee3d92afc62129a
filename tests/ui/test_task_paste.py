"""Reading tasks pasted from a spreadsheet (app/services/task_paste.py, used by the tasks page)."""

from __future__ import annotations

import datetime as dt

from app.domain.tasks import TaskStatus, task_status
from app.services.task_paste import OVERRIDE_REASON, parse_pasted_tasks
from tests.ui.conftest import task_rows, tsv

CUTOFF = dt.date(2021, 8, 6)


def test_thirty_four_rows_with_header_and_serial_numbers():
    pasted = parse_pasted_tasks(tsv(task_rows(34)), CUTOFF)
    assert pasted.problems == []
    assert len(pasted.tasks) == 34
    first = pasted.tasks[0]
    assert first.content.startswith("Nhiệm vụ số 1:")
    assert first.source_doc == "01/CTr-UBND ngày 05/01/2021"
    assert (first.deadline, first.completed_on) == (dt.date(2021, 3, 31), dt.date(2021, 3, 20))
    effective = [task_status(t, CUTOFF).effective for t in pasted.tasks]
    assert sum(s.completed for s in effective) == 33
    assert effective[-1] == TaskStatus.CHUA_HT_TRONG_HAN


def test_a_status_word_that_differs_from_the_dates_becomes_an_override():
    pasted = parse_pasted_tasks(tsv(task_rows(5)), CUTOFF)
    override = pasted.tasks[1]
    assert override.status_override == TaskStatus.HT_QUA_HAN
    assert override.override_reason == OVERRIDE_REASON == "nhập từ bảng tính"
    assert pasted.tasks[0].status_override is None  # "Hoàn thành" agrees with the dates


def test_without_status_column_or_header():
    rows = [r[1:8] for r in task_rows(2)]
    pasted = parse_pasted_tasks(tsv(rows, header=False), CUTOFF)
    assert [t.status_override for t in pasted.tasks] == [None, None]
    assert pasted.problems == []


def test_an_unknown_status_word_is_reported_and_the_dates_decide():
    rows = task_rows(1)
    rows[0][8] = "xong rồi nhé"
    pasted = parse_pasted_tasks(tsv(rows), CUTOFF)
    assert pasted.tasks[0].status_override is None
    assert pasted.problems == [
        "Dòng 1, cột «Trạng thái»: không nhận ra «xong rồi nhé»; dùng trạng thái tính từ các ngày."
    ]


def test_wording_instead_of_a_deadline_is_kept_as_wording():
    rows = task_rows(1)
    rows[0][4], rows[0][5] = "Thường xuyên", ""
    task = parse_pasted_tasks(tsv(rows), CUTOFF).tasks[0]
    assert task.deadline is None and task.deadline_text == "Thường xuyên"


def test_cells_quoted_by_excel_keep_their_line_breaks_and_text_is_nfc():
    text = '"Dòng một\nDòng hai"\tVB\tUBND tỉnh\t31/3/2021\t20/3/2021\r\n'
    decomposed = text.replace("ò", "o\u0300")
    task = parse_pasted_tasks(decomposed, CUTOFF).tasks[0]
    assert task.content == "Dòng một\nDòng hai"


def test_trailing_empty_columns_of_a_wide_selection_are_ignored():
    rows = [r + ["", "", ""] for r in task_rows(2)]
    pasted = parse_pasted_tasks(tsv(rows, header=False), CUTOFF)
    assert len(pasted.tasks) == 2 and pasted.problems == []


def test_empty_text_gives_nothing():
    pasted = parse_pasted_tasks("\r\n\r\n", CUTOFF)
    assert pasted.tasks == [] and pasted.problems == []
