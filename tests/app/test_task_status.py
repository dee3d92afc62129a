import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.tasks import (
    StatusResult,
    TaskStatus,
    derive_status,
    task_status,
    validate_override,
)
from app.dto import TaskData

D = dt.date
DEADLINE = D(2024, 6, 30)


def test_values_labels_and_completed():
    assert [s.value for s in TaskStatus] == [
        "HT_DUNG_HAN",
        "HT_QUA_HAN",
        "CHUA_HT_TRONG_HAN",
        "CHUA_HT_QUA_HAN",
        "KHONG_THOI_HAN",
    ]
    assert [s.label for s in TaskStatus] == [
        "Đã hoàn thành đúng hạn",
        "Đã hoàn thành quá hạn",
        "Chưa hoàn thành, còn thời hạn",
        "Chưa hoàn thành, quá hạn",
        "Không có thời hạn (thường xuyên)",
    ]
    assert [s.completed for s in TaskStatus] == [True, True, False, False, False]


@pytest.mark.parametrize(
    ("deadline", "completed_on", "cutoff", "expected"),
    [
        (DEADLINE, D(2024, 6, 29), D(2024, 8, 1), TaskStatus.HT_DUNG_HAN),
        (DEADLINE, DEADLINE, D(2024, 8, 1), TaskStatus.HT_DUNG_HAN),  # the deadline day counts
        (DEADLINE, D(2024, 7, 1), D(2024, 8, 1), TaskStatus.HT_QUA_HAN),
        (DEADLINE, None, D(2024, 6, 1), TaskStatus.CHUA_HT_TRONG_HAN),
        (DEADLINE, None, DEADLINE, TaskStatus.CHUA_HT_TRONG_HAN),
        (DEADLINE, None, D(2024, 7, 1), TaskStatus.CHUA_HT_QUA_HAN),
        (None, None, D(2024, 7, 1), TaskStatus.KHONG_THOI_HAN),
        (None, D(2024, 3, 1), D(2024, 7, 1), TaskStatus.HT_DUNG_HAN),
        # a completion reported after the cut-off still counts as a completion
        (DEADLINE, D(2024, 8, 20), D(2024, 8, 16), TaskStatus.HT_QUA_HAN),
    ],
)
def test_derive_status(deadline, completed_on, cutoff, expected):
    assert derive_status(deadline, completed_on, cutoff) is expected


def test_derive_status_cutoff_defaults_to_today():
    today = dt.date.today()
    assert derive_status(today, None) is TaskStatus.CHUA_HT_TRONG_HAN
    assert derive_status(today - dt.timedelta(days=1), None) is TaskStatus.CHUA_HT_QUA_HAN


optional_dates = st.none() | st.dates()


@given(optional_dates, optional_dates, st.dates())
def test_derive_status_properties(deadline, completed_on, cutoff):
    status = derive_status(deadline, completed_on, cutoff)
    assert status.completed == (completed_on is not None)
    if deadline is not None and completed_on is not None:
        assert (status is TaskStatus.HT_DUNG_HAN) == (completed_on <= deadline)
    if completed_on is None:
        assert (status is TaskStatus.KHONG_THOI_HAN) == (deadline is None)


def test_task_status_without_override():
    task = TaskData(deadline=DEADLINE, completed_on=None)
    result = task_status(task, D(2024, 7, 1))
    assert result == StatusResult(TaskStatus.CHUA_HT_QUA_HAN, TaskStatus.CHUA_HT_QUA_HAN, False, "")


def test_task_status_with_override():
    task = TaskData(
        deadline=DEADLINE,
        status_override="CHUA_HT_TRONG_HAN",
        override_reason=" Được gia hạn đến 31/7/2024 ",
    )
    result = task_status(task, D(2024, 7, 1))
    assert result.derived is TaskStatus.CHUA_HT_QUA_HAN
    assert result.effective is TaskStatus.CHUA_HT_TRONG_HAN
    assert result.overridden is True
    assert result.reason == "Được gia hạn đến 31/7/2024"


def test_override_equal_to_derived_is_not_an_override():
    task = TaskData(deadline=DEADLINE, status_override="CHUA_HT_QUA_HAN", override_reason="x")
    result = task_status(task, D(2024, 7, 1))
    assert result == StatusResult(TaskStatus.CHUA_HT_QUA_HAN, TaskStatus.CHUA_HT_QUA_HAN, False, "")


def test_task_status_refuses_unknown_override():
    with pytest.raises(InputError, match="Trạng thái «xyz» không hợp lệ"):
        task_status(TaskData(status_override="xyz"), D(2024, 7, 1))


def test_validate_override():
    assert validate_override(None, "") is None
    assert validate_override("", "") is None
    assert validate_override("HT_QUA_HAN", "Báo cáo gửi chậm") is TaskStatus.HT_QUA_HAN
    assert (
        validate_override(TaskStatus.HT_QUA_HAN, "", derived=TaskStatus.HT_QUA_HAN)
        is TaskStatus.HT_QUA_HAN
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_validate_override_needs_a_reason(reason):
    with pytest.raises(InputError) as info:
        validate_override(TaskStatus.HT_DUNG_HAN, reason, derived=TaskStatus.HT_QUA_HAN)
    assert str(info.value) == (
        "Cần ghi lý do khi chọn trạng thái khác với trạng thái tính từ thời hạn"
    )
    assert info.value.field == "override_reason"
