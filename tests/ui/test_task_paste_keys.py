"""Ctrl+V of a small Excel table on the tasks page of a new inspection, by keyboard: four
columns (STT, Nội dung, Thời hạn, Trạng thái) mapped by their header through the import's
column mapper, and Ctrl+Z takes the paste back (issue 13, item 5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.tasks import TaskStatus, task_status
from tests.ui.conftest import focused, press, shortcut, tab_to, type_keys

CUTOFF = "10/11/2025"
TABLE = [
    ["STT", "Nội dung", "Thời hạn", "Trạng thái"],
    ["1", "Báo cáo kết quả thu ngân sách quý II", "15/7/2025", "Đã hoàn thành đúng hạn"],
    ["2", "Rà soát quy hoạch sử dụng đất cấp xã", "31/12/2025", "Đang thực hiện"],
    ["3", "Kiểm tra xử lý vi phạm khai thác khoáng sản", "Thường xuyên", "Thường xuyên"],
    ["4", "Tổng hợp danh sách hộ nghèo, cận nghèo", "30/06/2025", "Hoàn thành chậm"],
    ["5", "Sơ kết công tác cải cách hành chính", "30/9/2025", "Chưa hoàn thành"],
    ["6", "Báo cáo tình hình giải ngân vốn đầu tư công", "31/8/2025", "Hoàn thành"],
]


def test_ctrl_v_of_a_four_column_table_then_ctrl_z(qtbot, opened):
    window, view = opened, opened.editor_view
    draft = window.editor.draft
    general = view.pages["general"]
    qtbot.waitUntil(general.unit.hasFocus)
    tab_to(general.cutoff.line)
    type_keys(general.cutoff.line, CUTOFF)
    press(general.cutoff.line, Qt.Key.Key_Tab)
    assert draft.cutoff_date == dt.date(2025, 11, 10)

    shortcut(window, "Alt+3")
    page = view.pages["tasks"]
    assert focused() is page.table
    # As Excel copies a selection: tab between cells, CRLF after each row.
    QGuiApplication.clipboard().setText("".join("\t".join(r) + "\r\n" for r in TABLE))
    shortcut(window, "Ctrl+V")

    tasks = draft.tasks
    assert [t.content for t in tasks] == [r[1] for r in TABLE[1:]]
    assert [(t.deadline, t.deadline_text) for t in tasks] == [
        (dt.date(2025, 7, 15), ""),
        (dt.date(2025, 12, 31), ""),
        (None, "Thường xuyên"),
        (dt.date(2025, 6, 30), ""),
        (dt.date(2025, 9, 30), ""),
        (dt.date(2025, 8, 31), ""),
    ]
    assert all(t.completed_on is None and t.source_doc == "" for t in tasks)  # no such columns
    # The status column: where it says otherwise than the dates (no completion date here) and
    # names a status, it becomes an override; "Hoàn thành" alone cannot say on time or late.
    assert [task_status(t, draft.cutoff_date).effective for t in tasks] == [
        TaskStatus.HT_DUNG_HAN,
        TaskStatus.CHUA_HT_TRONG_HAN,
        TaskStatus.KHONG_THOI_HAN,
        TaskStatus.HT_QUA_HAN,
        TaskStatus.CHUA_HT_QUA_HAN,
        TaskStatus.CHUA_HT_QUA_HAN,
    ]
    assert [t.override_reason for t in tasks] == [
        "nhập từ bảng tính",
        "",
        "",
        "nhập từ bảng tính",
        "",
        "",
    ]
    assert page.message.text() == ""
    assert page.notes.text().splitlines() == [
        "Dòng 1: trạng thái «Đã hoàn thành đúng hạn» khác trạng thái tính từ các ngày («Chưa "
        "hoàn thành, quá hạn»); đã ghi là điều chỉnh, lý do «nhập từ bảng tính».",
        "Dòng 4: trạng thái «Hoàn thành chậm» khác trạng thái tính từ các ngày («Chưa hoàn "
        "thành, quá hạn»); đã ghi là điều chỉnh, lý do «nhập từ bảng tính».",
        "Dòng 6: trạng thái «Hoàn thành» không nói đúng hạn hay quá hạn và không có ngày hoàn "
        "thành; giữ trạng thái tính từ các ngày («Chưa hoàn thành, quá hạn»), hãy nhập ngày "
        "hoàn thành.",
    ]
    assert page.ratio.text() == "2/6 nhiệm vụ đã hoàn thành"

    shortcut(window, "Ctrl+Z")
    assert draft.tasks == []
    assert page.ratio.text() == "Chưa có nhiệm vụ"
