"""The two values of a recorded conflict as JSON, and back, typed as the data file types them
(dates "2021-08-10", decimals "46.4", an item as its data file object)."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import TypeAdapter

from app import dto
from app.datafile import schema
from app.datafile.fields import format_decimal
from app.datafile.reader import to_dto

_ITEMS = {
    "attendees": (schema.Attendee, dto.AttendeeData),
    "tasks": (schema.Task, dto.TaskData),
    "indicators": (schema.Indicator, dto.IndicatorData),
    "entries": (schema.Entry, dto.EntryData),
}


def to_json(key: str, value: Any) -> str:
    kind, field_name = _parts(key)
    if kind in _ITEMS and not field_name:
        plain = None if value is None else _ITEMS[kind][0].model_validate(_plain(value))
        shown = None if plain is None else plain.model_dump(mode="json")
    else:
        shown = _adapter(kind, field_name).dump_python(value, mode="json")
    return json.dumps(shown, ensure_ascii=False)


def from_json(key: str, text: str) -> Any:
    kind, field_name = _parts(key)
    raw = json.loads(text)
    if kind in _ITEMS and not field_name:
        model, cls = _ITEMS[kind]
        return None if raw is None else to_dto(model.model_validate(raw), cls)
    return _adapter(kind, field_name).validate_python(raw)


def _parts(key: str) -> tuple[str, str]:
    """ "tasks:<uuid>:note" → ("tasks", "note"); "field:place" → ("field", "place")."""
    kind, _, rest = key.partition(":")
    if kind in _ITEMS:
        return kind, rest.partition(":")[2]
    return kind, rest


def _adapter(kind: str, name: str) -> TypeAdapter:
    if kind == "field":
        return TypeAdapter(schema.Inspection.model_fields[name].rebuild_annotation())
    if kind == "notice":
        return TypeAdapter(schema.Notice.model_fields[name].rebuild_annotation())
    if kind in _ITEMS:
        return TypeAdapter(_ITEMS[kind][0].model_fields[name].rebuild_annotation())
    return TypeAdapter(Any)  # an order (UUIDs), a register note (text)


def _plain(item: Any) -> dict[str, Any]:
    values = {}
    for f in dataclasses.fields(item):
        if f.name in dto.BOOKKEEPING_FIELDS:
            continue
        value = getattr(item, f.name)
        if isinstance(value, Decimal):
            value = format_decimal(value)
        elif isinstance(value, Enum):
            value = value.value
        values[f.name] = value
    return values
