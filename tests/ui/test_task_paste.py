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


FOUR = [
    ["Nội dung", "Văn bản", "Thời hạn", "Ngày hoàn thành"],
    ["Báo cáo kết quả thu ngân sách quý II", "Công văn 215/UBND-KT", "15/7/2021", "14/7/2021"],
    ["Rà soát quy hoạch sử dụng đất", "Kế hoạch 12/KH-UBND", "31/12/2021", ""],
    ["Kiểm tra xử lý vi phạm khai thác khoáng sản", "Chỉ thị 45/CT-UBND", "Thường xuyên", ""],
]


def _four_column_tasks(pasted):
    assert pasted.problems == []
    assert [t.content for t in pasted.tasks] == [r[0] for r in FOUR[1:]]
    first, second, third = pasted.tasks
    assert first.source_doc == "Công văn 215/UBND-KT"
    assert (first.deadline, first.completed_on) == (dt.date(2021, 7, 15), dt.date(2021, 7, 14))
    assert (second.deadline, second.completed_on) == (dt.date(2021, 12, 31), None)
    assert (third.deadline, third.deadline_text) == (None, "Thường xuyên")
    return [task_status(t, CUTOFF).effective for t in pasted.tasks]


def test_a_four_column_list_with_its_header_is_mapped_by_the_header():
    assert _four_column_tasks(parse_pasted_tasks(tsv_rows(FOUR), CUTOFF)) == [
        TaskStatus.HT_DUNG_HAN,
        TaskStatus.CHUA_HT_TRONG_HAN,
        TaskStatus.KHONG_THOI_HAN,
    ]


def test_a_four_column_list_without_header_is_mapped_by_the_content():
    _four_column_tasks(parse_pasted_tasks(tsv_rows(FOUR[1:]), CUTOFF))


def test_columns_in_another_order_follow_their_header():
    order = [2, 0, 3, 1]
    rows = [[row[i] for i in order] for row in FOUR]
    _four_column_tasks(parse_pasted_tasks(tsv_rows(rows), CUTOFF))


def test_a_totals_line_in_the_selection_is_not_a_task():
    rows = [*FOUR, ["Tổng cộng: 3 nhiệm vụ", "", "", ""]]
    pasted = parse_pasted_tasks(tsv_rows(rows), CUTOFF)
    assert len(pasted.tasks) == 3 and pasted.problems == []


def test_a_bad_deadline_is_kept_as_typed_and_a_bad_completion_date_leaves_the_row_out():
    rows = [list(r) for r in FOUR]
    rows[1][2] = "31/02/2021"
    rows[2][3] = "32/12/2021"
    pasted = parse_pasted_tasks(tsv_rows(rows), CUTOFF)
    assert [t.content for t in pasted.tasks] == [FOUR[1][0], FOUR[3][0]]
    kept = pasted.tasks[0]
    assert (kept.deadline, kept.deadline_text) == (None, "31/02/2021")
    assert pasted.problems == [
        "Dòng 1, cột «Thời hạn»: Ngày «31/02/2021» không tồn tại; giữ nguyên chữ đã dán, chưa "
        "tính vào số liệu cho tới khi sửa.",
        "Dòng 2, cột «Ngày hoàn thành»: Ngày «32/12/2021» không tồn tại; dòng này không được dán.",
    ]


def test_an_override_from_the_pasted_status_is_said():
    pasted = parse_pasted_tasks(tsv(task_rows(5)), CUTOFF)
    assert pasted.notes == [
        "Dòng 2: trạng thái «Hoàn thành chậm» khác trạng thái tính từ các ngày («Đã hoàn thành "
        "đúng hạn»); đã ghi là điều chỉnh, lý do «nhập từ bảng tính»."
    ]


def tsv_rows(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\r\n" for r in rows)


def test_done_without_saying_when_and_a_paused_task_keep_the_dates_and_say_why():
    rows = [
        ["Nội dung", "Thời hạn", "Trạng thái"],
        ["Báo cáo giải ngân vốn đầu tư công", "31/3/2021", "Hoàn thành"],
        ["Xây dựng trụ sở xã", "30/6/2021", "Tạm dừng"],
    ]
    pasted = parse_pasted_tasks(tsv_rows(rows), CUTOFF)
    assert [t.status_override for t in pasted.tasks] == [None, None]
    assert pasted.notes == [
        "Dòng 1: trạng thái «Hoàn thành» không nói đúng hạn hay quá hạn và không có ngày hoàn "
        "thành; giữ trạng thái tính từ các ngày («Chưa hoàn thành, quá hạn»), hãy nhập ngày "
        "hoàn thành.",
        "Dòng 2: trạng thái «Tạm dừng» không có trong các trạng thái dùng trong thông báo; giữ "
        "trạng thái tính từ các ngày («Chưa hoàn thành, quá hạn»).",
    ]
