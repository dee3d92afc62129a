"""The status rule written as SQL (effective_status_sql) agrees with task_status, case for case:
every order of deadline, completion date and cut-off (the deadline day in time), no deadline,
no cut-off (today), and every override."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import Date, String, create_engine, literal, select

from app.domain.tasks import effective_status_sql, task_status
from app.dto import TaskData
from db.enums import TaskStatus

DAY = dt.date(2024, 6, 10)
DATES = (None, DAY - dt.timedelta(days=1), DAY, DAY + dt.timedelta(days=1))
OVERRIDES = (None, "", *TaskStatus)


@pytest.fixture(scope="module")
def connection():
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def sql_status(connection, deadline, completed_on, cutoff, override, today=None) -> str:
    expression = effective_status_sql(
        literal(deadline, Date()),
        literal(completed_on, Date()),
        literal(cutoff, Date()),
        literal(None if override is None else str(override), String()),
        today,
    )
    return connection.scalar(select(expression))


def test_sql_and_python_give_the_same_status_in_every_case(connection):
    cases = itertools.product(DATES, DATES, DATES, OVERRIDES)
    seen = set()
    for deadline, completed_on, cutoff, override in cases:
        task = TaskData(deadline=deadline, completed_on=completed_on, status_override=override)
        # A missing cut-off means today: the SQL is given the day that Python is given.
        expected = task_status(task, cutoff or DAY).effective
        got = sql_status(connection, deadline, completed_on, cutoff, override, today=DAY)
        assert got == expected, (deadline, completed_on, cutoff, override)
        seen.add(expected)
    assert seen == set(TaskStatus)  # the grid reaches every status


@pytest.mark.parametrize("offset", [-1000, 1000])
def test_without_a_cut_off_the_sql_counts_from_today_as_python_does(connection, offset):
    deadline = dt.date.today() + dt.timedelta(days=offset)
    expected = task_status(TaskData(deadline=deadline), None).effective
    assert sql_status(connection, deadline, None, None, None) == expected
    assert expected == (TaskStatus.CHUA_HT_QUA_HAN if offset < 0 else TaskStatus.CHUA_HT_TRONG_HAN)
