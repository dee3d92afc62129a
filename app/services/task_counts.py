"""The task counts of many inspections at once, in one grouped query: no task is loaded.

Each task's effective status is computed in SQL (app.domain.tasks.effective_status_sql, the SQL
twin of task_status); a task whose deadline is kept as typed but does not read is left out, as
app.domain.task_dates.counted leaves it out. Only tasks without a date and with a text come back
with that text, grouped, so the few texts are read by deadline_problem itself.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from app.domain.counts import TaskCounts, tally
from app.domain.task_dates import deadline_problem
from app.domain.tasks import effective_status_sql, status_day_sql
from app.dto import TaskData
from db import models
from db.enums import TaskStatus


def task_counts(
    s: Session, inspections: ColumnElement[bool], today: dt.date | None = None
) -> dict[int, TaskCounts]:
    """The TaskCounts of every inspection that *inspections* (a condition on models.Inspection)
    selects and that has a counted task; one without is left out. *today* stands in for an
    inspection with neither cut-off nor session date (default: today)."""
    task, inspection = models.AssignedTask, models.Inspection
    per_task = (
        select(
            task.inspection_id,
            effective_status_sql(
                task.deadline,
                task.completed_on,
                status_day_sql(inspection.cutoff_date, inspection.date),
                task.status_override,
                today,
            ).label("status"),
            case((task.deadline.is_(None), task.deadline_text), else_="").label("wording"),
        )
        .join(inspection, task.inspection_id == inspection.id)
        .where(inspections)
        .subquery()
    )
    grouped = select(
        per_task.c.inspection_id, per_task.c.status, per_task.c.wording, func.count()
    ).group_by(per_task.c.inspection_id, per_task.c.status, per_task.c.wording)
    unreadable: dict[str, bool] = {}
    statuses: defaultdict[int, Counter[TaskStatus]] = defaultdict(Counter)
    for inspection_id, status, wording, n in s.execute(grouped):
        if wording:
            if wording not in unreadable:
                unreadable[wording] = bool(deadline_problem(TaskData(deadline_text=wording)))
            if unreadable[wording]:
                continue
        statuses[inspection_id][TaskStatus(status)] += n
    return {inspection_id: tally(counter) for inspection_id, counter in statuses.items()}
