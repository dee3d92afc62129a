"""Copying between ORM rows and the plain data classes of `app.dto`, by field name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

from app import dto
from app.domain.text import nfc
from db import models

T = TypeVar("T")


def clean_text(value: Any) -> Any:
    """NFC-normalise every string inside *value* (data classes, lists, dicts) in place."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        value[:] = [clean_text(v) for v in value]
        return value
    if isinstance(value, dict):
        for key in value:
            value[key] = clean_text(value[key])
        return value
    names = _field_names(type(value))
    for name in names:
        current = getattr(value, name)
        if current is None or type(current) in _NO_TEXT:
            continue
        cleaned = clean_text(current)
        if cleaned is not current:
            object.__setattr__(value, name, cleaned)
    return value


_NO_TEXT = (int, bool, Decimal, dt.date)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of data class *cls*; none for any other type."""
    if not dataclasses.is_dataclass(cls):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in dto.BOOKKEEPING_FIELDS]


def _own(value: Any) -> Any:
    """A list of its own (JSON columns are not tracked when changed in place)."""
    return list(value) if isinstance(value, list) else value


def row_to_dto(row: Any, cls: type[T], **extra: Any) -> T:
    values = {name: _own(getattr(row, name)) for name in _plain_fields(cls) if name not in extra}
    for name in dto.BOOKKEEPING_FIELDS & {f.name for f in dataclasses.fields(cls)}:
        values[name] = getattr(row, name)
    values.update(extra)
    return cls(**values)


def copy_into_row(data: Any, row: Any, skip: tuple[str, ...] = ()) -> bool:
    """Copy the content fields of *data* into *row*; True when anything changed."""
    changed = False
    for name in _plain_fields(type(data)):
        if name in skip:
            continue
        value = _own(getattr(data, name))
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def sync_children(
    existing: list[Any],
    wanted: list[Any],
    row_cls: type,
    skip: tuple[str, ...] = (),
    revision: int | None = None,
) -> list[Any]:
    """Rows for *wanted* data in order, reusing existing rows by id; writes back new ids later.

    A row that is new or changed records *revision* (the inspection's new revision) when given.
    """
    by_id = {row.id: row for row in existing}
    rows = []
    for position, data in enumerate(wanted):
        row = by_id.get(data.id) if data.id is not None else None
        if row is None:
            row = row_cls()
        changed = copy_into_row(data, row, skip)
        if row.position != position:
            row.position = position
            changed = True
        if revision is not None and (changed or row.id is None):
            row.revision = revision
        rows.append(row)
    return rows


def organization_to_dto(org: models.Organization) -> dto.OrganizationData:
    return dto.OrganizationData(
        code=org.code,
        name=org.name,
        short_name=org.short_name or "",
        abbreviation=org.abbreviation or "",
        level=org.level or "",
        type=org.type or "",
        parent_code=org.parent.code if org.parent else "",
        valid_from=org.valid_from,
        valid_to=org.valid_to,
    )


def inspection_to_dto(row: models.Inspection) -> dto.InspectionData:
    notice = row.notice
    notice_data = (
        row_to_dto(notice, dto.NoticeData, recipients=[r.text for r in notice.recipients])
        if notice
        else dto.NoticeData()
    )
    return row_to_dto(
        row,
        dto.InspectionData,
        unit_code=row.unit.code if row.unit else "",
        attendees=[row_to_dto(a, dto.AttendeeData) for a in row.attendees],
        tasks=[row_to_dto(t, dto.TaskData) for t in row.tasks],
        indicators=[row_to_dto(i, dto.IndicatorData) for i in row.indicators],
        entries=[row_to_dto(e, dto.EntryData) for e in row.entries if e.deleted_at is None],
        notice=notice_data,
    )
