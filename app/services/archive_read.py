"""Reading many whole inspections at once, as the plain values the data file holds.

An export of a whole archive reads BATCH inspections at a time with one query per table (the
inspections, their attendees, tasks, indicators, live entries, notices and recipient lines):
never one query per row and never through ORM objects, so time and memory do not grow with
anything but the batch. Each inspection comes out as `app.datafile.writer.plain` gives it for
`app.services.mapping.inspection_to_dto` (enumerations as their values, numbers as exact text),
with the fields of the data classes of app.dto: a field added there is read here too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Enum, select
from sqlalchemy.orm import Session

from app import dto
from app.datafile.fields import format_decimal
from app.datafile.writer import plain
from app.domain.errors import InputError
from app.services.mapping import organization_to_dto
from db import models
from db.types import DecimalText

BATCH = 200
_NESTED = ("unit_code", "attendees", "tasks", "indicators", "entries", "notice")


@dataclass
class Export:
    """What an export writes: the organizations (read first, they come first in the file) and
    the inspections, read batch by batch as they are written."""

    organizations: list[dict[str, Any]]
    inspections: Iterator[dict[str, Any]]


def read_export(s: Session, ids: list[int]) -> Export:
    """The inspections *ids*, in that order, with the organizations they use (each one's unit
    and the unit's parents, sorted by code). An unknown id is refused before anything is read."""
    units = _units(s, ids)
    return Export(_organizations(s, set(units.values())), _inspections(s, ids, units))


def _units(s: Session, ids: list[int]) -> dict[int, int | None]:
    """The unit id of each inspection of *ids*; InputError naming the first unknown id."""
    units: dict[int, int | None] = {}
    table = models.Inspection.__table__
    for batch in _batches(ids):
        query = select(table.c.id, table.c.unit_id).where(table.c.id.in_(batch))
        units.update(s.execute(query).all())
    for inspection_id in ids:
        if inspection_id not in units:
            raise InputError(f"Không có cuộc kiểm tra mã số {inspection_id}.", field="id")
    return units


def _organizations(s: Session, unit_ids: set[int | None]) -> list[dict[str, Any]]:
    by_id = {org.id: org for org in s.scalars(select(models.Organization))}
    used: dict[str, models.Organization] = {}
    for unit_id in unit_ids:
        org = by_id.get(unit_id) if unit_id is not None else None
        while org is not None and org.code not in used:
            used[org.code] = org
            org = org.parent
    return [plain(organization_to_dto(used[code])) for code in sorted(used)]


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _fields(cls: type, leave_out: tuple[str, ...] = ()) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in dto.BOOKKEEPING_FIELDS and f.name not in leave_out
    ]


def _value(value: Any) -> Any:
    return value.value


def _converters(table, names: list[str]) -> list[tuple[str, Callable[[Any], Any]]]:
    """The columns whose values are not yet plain: enumerations and exact numbers."""
    converters = []
    for name in names:
        column_type = table.c[name].type
        if isinstance(column_type, Enum):
            converters.append((name, _value))
        elif isinstance(column_type, DecimalText):
            converters.append((name, format_decimal))
    return converters


@dataclass(frozen=True)
class _Part:
    """One table read for a batch: its rows as plain dicts, grouped by their key column."""

    table: Any
    key: str  # the column that names the owner
    names: list[str]
    order: tuple[str, ...] = ("position",)
    live_only: bool = False  # entries in the trash are not exported

    def read(self, s: Session, owners: list[int]) -> dict[int, list[dict[str, Any]]]:
        c = self.table.c
        key = c[self.key]
        query = select(key, *(c[n] for n in self.names)).where(key.in_(owners))
        if self.live_only:
            query = query.where(c.deleted_at.is_(None))
        query = query.order_by(key, *(c[n] for n in self.order), c.id)
        converters = _converters(self.table, self.names)
        names = self.names
        grouped: dict[int, list[dict[str, Any]]] = {}
        for row in s.execute(query):
            values = dict(zip(names, row[1:], strict=True))
            for name, convert in converters:
                if values[name] is not None:
                    values[name] = convert(values[name])
            grouped.setdefault(row[0], []).append(values)
        return grouped


_CHILDREN = {
    name: _Part(model.__table__, "inspection_id", _fields(cls))
    for name, model, cls in (
        ("attendees", models.Attendee, dto.AttendeeData),
        ("tasks", models.AssignedTask, dto.TaskData),
        ("indicators", models.Indicator, dto.IndicatorData),
    )
}
_CHILDREN["entries"] = _Part(
    models.Entry.__table__, "inspection_id", _fields(dto.EntryData), live_only=True
)
_INSPECTION = _Part(
    models.Inspection.__table__, "id", ["id", *_fields(dto.InspectionData, _NESTED)], order=()
)
_NOTICE = _Part(
    models.Notice.__table__,
    "inspection_id",
    ["id", *_fields(dto.NoticeData, ("recipients",))],
    order=(),
)
_RECIPIENTS = _Part(models.NoticeRecipient.__table__, "notice_id", ["text"])


def _inspections(
    s: Session, ids: list[int], units: dict[int, int | None]
) -> Iterator[dict[str, Any]]:
    codes = dict(s.execute(select(models.Organization.id, models.Organization.code)).all())
    for batch in _batches(ids):
        heads = _INSPECTION.read(s, batch)
        children = {name: part.read(s, batch) for name, part in _CHILDREN.items()}
        notices = _NOTICE.read(s, batch)
        notice_ids = [n[0]["id"] for n in notices.values()]
        recipients = _RECIPIENTS.read(s, notice_ids) if notice_ids else {}
        # Each inspection is taken out of what the batch read, so that once written it is gone
        # (memory holds at most the batch being read, not that one and the one before).
        for inspection_id in batch:
            values = heads.pop(inspection_id)[0]
            del values["id"]
            unit_id = units[inspection_id]
            values["unit_code"] = codes[unit_id] if unit_id is not None else ""
            for name in _CHILDREN:
                values[name] = children[name].pop(inspection_id, [])
            values["notice"] = _notice(notices.pop(inspection_id, None), recipients)
            yield values


def _notice(found: list[dict[str, Any]] | None, recipients: dict) -> dict[str, Any]:
    if found is None:
        return plain(dto.NoticeData())
    notice = found[0]
    lines = recipients.pop(notice.pop("id"), [])
    notice["recipients"] = [line["text"] for line in lines]
    return notice
