"""Status of an assigned task: derived from its dates, optionally overridden with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Date, String, case, func, literal, type_coerce

from app.domain.errors import InputError
from app.dto import TaskData
from db.enums import TaskStatus

OVERRIDE_REASON_MISSING = "Cần ghi lý do khi chọn trạng thái khác với trạng thái tính từ thời hạn"


def derive_status(
    deadline: dt.date | None, completed_on: dt.date | None, cutoff: dt.date | None = None
) -> TaskStatus:
    """The status that follows from the dates; the deadline day itself counts as in time.

    - Completed: on or before the deadline → HT_DUNG_HAN, after it → HT_QUA_HAN. A completed task
      without a deadline is HT_DUNG_HAN: it cannot be late, and it must count as completed.
    - A completion date is taken as recorded even when it falls after `cutoff`: the secretary
      records completions the unit reports during the session.
    - Not completed: no deadline → KHONG_THOI_HAN; cutoff on or before the deadline →
      CHUA_HT_TRONG_HAN, after it → CHUA_HT_QUA_HAN. `cutoff` None means today.
    """
    if completed_on is not None:
        if deadline is None or completed_on <= deadline:
            return TaskStatus.HT_DUNG_HAN
        return TaskStatus.HT_QUA_HAN
    if deadline is None:
        return TaskStatus.KHONG_THOI_HAN
    if (cutoff or dt.date.today()) <= deadline:
        return TaskStatus.CHUA_HT_TRONG_HAN
    return TaskStatus.CHUA_HT_QUA_HAN


def status_day(cutoff_date: dt.date | None, session_date: dt.date | None) -> dt.date | None:
    """The day an inspection's task statuses are judged on: the data cut-off, else the session
    day (None: today, in derive_status)."""
    return cutoff_date or session_date


def status_day_sql(cutoff_date: ColumnElement, session_date: ColumnElement) -> ColumnElement:
    """status_day in SQL, for the list's counts."""
    return func.coalesce(cutoff_date, session_date)


def effective_status_sql(
    deadline: ColumnElement,
    completed_on: ColumnElement,
    cutoff: ColumnElement,
    override: ColumnElement,
    today: dt.date | None = None,
) -> ColumnElement[str]:
    """task_status(...).effective as one SQL expression over columns (portable SQLAlchemy): the
    TaskStatus value of each row, so a grouped query counts statuses without loading tasks.

    The same rule as derive_status and task_status above, case for case: keep the two in step
    (tests/app/test_task_status_sql.py checks that they agree). `today` stands in for a missing
    `cutoff`, as in derive_status; an override, when set (not empty), is the effective status.
    """
    cutoff_or_today = func.coalesce(cutoff, literal(today or dt.date.today(), Date()))
    derived = case(
        (
            completed_on.is_not(None) & (deadline.is_(None) | (completed_on <= deadline)),
            TaskStatus.HT_DUNG_HAN.value,
        ),
        (completed_on.is_not(None), TaskStatus.HT_QUA_HAN.value),
        (deadline.is_(None), TaskStatus.KHONG_THOI_HAN.value),
        (cutoff_or_today <= deadline, TaskStatus.CHUA_HT_TRONG_HAN.value),
        else_=TaskStatus.CHUA_HT_QUA_HAN.value,
    )
    return func.coalesce(func.nullif(type_coerce(override, String()), ""), derived)


@dataclass(frozen=True)
class StatusResult:
    derived: TaskStatus
    effective: TaskStatus  # the override when there is one, else the derived status
    overridden: bool  # True only when the override differs from the derived status
    reason: str  # the override's reason; empty when not overridden


def _status_value(value: str) -> TaskStatus:
    try:
        return TaskStatus(value)
    except ValueError:
        raise InputError(f"Trạng thái «{value}» không hợp lệ", field="status_override") from None


def task_status(task: TaskData, cutoff: dt.date | None = None) -> StatusResult:
    """The derived and effective status of one task. An override equal to the derived status is
    not an override."""
    derived = derive_status(task.deadline, task.completed_on, cutoff)
    if task.status_override:
        override = _status_value(task.status_override)
        if override != derived:
            return StatusResult(derived, override, True, task.override_reason.strip())
    return StatusResult(derived, derived, False, "")


def validate_override(
    status: TaskStatus | str | None, reason: str, derived: TaskStatus | None = None
) -> TaskStatus | None:
    """Check a manual status before it is saved; returns it as a TaskStatus (None: no override).

    An override needs a reason, unless `derived` is given and the override equals it.
    """
    if not status:
        return None
    override = _status_value(status)
    if override != derived and not reason.strip():
        raise InputError(OVERRIDE_REASON_MISSING, field="override_reason")
    return override
