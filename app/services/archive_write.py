"""Adding many whole inspections at once (the import of a data file), inside the caller's
transaction: one multi-row INSERT per table for each batch of BATCH inspections, never one
statement per row and never through ORM objects. The search index is written once for all the
new rows (db/fts.py), not by a trigger per row.

The rows hold what `app.services.inspections.apply_inspection` writes for a new inspection: the
fields of the data classes of app.dto (a field added there is written here too), positions in
list order, the unit found by its code, `updated_at` the time of the import, and the columns'
defaults for the rest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from app import dto
from db import fts, models

BATCH = 200

_INSPECTION = models.Inspection.__table__
_NOTICE = models.Notice.__table__
_CHILDREN = (
    ("attendees", models.Attendee.__table__),
    ("tasks", models.AssignedTask.__table__),
    ("indicators", models.Indicator.__table__),
    ("entries", models.Entry.__table__),
)
_NESTED = frozenset({"unit_code", "attendees", "tasks", "indicators", "entries", "notice"})


def insert_inspections(s: Session, inspections: list[dto.InspectionData]) -> list[int]:
    """Insert *inspections* (new UUIDs, units known: checked by the caller) with everything
    they hold; returns their new ids, in order."""
    s.flush()
    connection = s.connection()
    units = dict(s.execute(select(models.Organization.code, models.Organization.id)).all())
    now = dt.datetime.now()
    with fts.bulk_insert(connection) as added:
        for batch in _batches(inspections):
            added += _insert_batch(connection, batch, units, now)
    return added


def _batches(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def _fields(cls: type, leave_out: frozenset[str] = frozenset()) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in dto.BOOKKEEPING_FIELDS and f.name not in leave_out
    ]


def _values(data: Any, names: list[str], **extra: Any) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in names}
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = list(value)  # a list of its own, as the ORM path stores it
    values.update(extra)
    return values


_INSPECTION_FIELDS = _fields(dto.InspectionData, _NESTED)
_NOTICE_FIELDS = _fields(dto.NoticeData, frozenset({"recipients"}))
_CHILD_FIELDS = {
    name: _fields(type_)
    for name, type_ in (
        ("attendees", dto.AttendeeData),
        ("tasks", dto.TaskData),
        ("indicators", dto.IndicatorData),
        ("entries", dto.EntryData),
    )
}


def _insert_batch(
    connection: Connection,
    batch: list[dto.InspectionData],
    units: dict[str, int],
    now: dt.datetime,
) -> list[int]:
    heads = [
        _values(d, _INSPECTION_FIELDS, unit_id=units.get(d.unit_code), updated_at=now)
        for d in batch
    ]
    ids = _returning_ids(connection, _INSPECTION, heads)
    for name, table in _CHILDREN:
        names = _CHILD_FIELDS[name]
        rows = [
            _values(child, names, inspection_id=inspection_id, position=position)
            for inspection_id, data in zip(ids, batch, strict=True)
            for position, child in enumerate(getattr(data, name))
        ]
        if rows:
            connection.execute(insert(table), rows)
    notices = [
        _values(d.notice, _NOTICE_FIELDS, inspection_id=inspection_id)
        for inspection_id, d in zip(ids, batch, strict=True)
    ]
    notice_ids = _returning_ids(connection, _NOTICE, notices)
    lines = [
        {"notice_id": notice_id, "position": position, "text": line}
        for notice_id, d in zip(notice_ids, batch, strict=True)
        for position, line in enumerate(d.notice.recipients)
    ]
    if lines:
        connection.execute(insert(models.NoticeRecipient.__table__), lines)
    return ids


def _returning_ids(connection: Connection, table, rows: list[dict[str, Any]]) -> list[int]:
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, rows).scalars())
