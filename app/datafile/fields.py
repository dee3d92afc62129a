"""The value types both versions of the data file share: ISO dates, exact decimals as text,
UUIDs, the enumerations, and the strict base model (unknown fields refused, nothing coerced)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from app.datafile.limits import DateInRange
from app.domain import limits
from app.domain.numbers import MAX_DIGITS, digit_count
from app.domain.tasks import TaskStatus
from app.dto import AttendeeSide, EntryKind, FollowupStatus, InspectionStatus, Kind, Section

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DECIMAL_PATTERN = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def _parse_date(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("date_format")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("date_impossible") from None


def _parse_decimal(value: Any) -> Any:
    """A number written as a string ("46.4"): a JSON number (read exactly, as a Decimal) is
    refused like any other non-string, and so is one of more than MAX_DIGITS digits."""
    if not isinstance(value, str) or not DECIMAL_PATTERN.fullmatch(value):
        raise ValueError("decimal_format")
    number = Decimal(value)
    if digit_count(number) > MAX_DIGITS:
        raise ValueError("decimal_too_long")
    return number


def format_decimal(value: Decimal) -> str:
    """The canonical text of a number: "46.4", "1250", "12345678901234.56789": every digit kept,
    never an exponent or trailing zeros (the database keeps the exact text, so an export of an
    import gives the same bytes as the file imported)."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


IsoDate = Annotated[
    dt.date,
    BeforeValidator(_parse_date),
    DateInRange,
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date"}),
]
DecimalText = Annotated[
    Decimal,
    BeforeValidator(_parse_decimal),
    PlainSerializer(format_decimal, return_type=str),
    WithJsonSchema({"type": "string", "pattern": f"^{DECIMAL_PATTERN.pattern}$"}),
]
UuidText = Annotated[str, Field(pattern=_UUID)]
# An item's UUID: empty in files written before items had one (one is given on import).
ItemUuidText = Annotated[str, Field(pattern=f"^$|{_UUID}")]

KindValue = Literal[tuple(k.value for k in Kind)]  # type: ignore[valid-type]
StatusValue = Literal[tuple(s.value for s in InspectionStatus)]  # type: ignore[valid-type]
SectionValue = Literal[tuple(s.value for s in Section)]  # type: ignore[valid-type]
FollowupValue = Literal[tuple(s.value for s in FollowupStatus)]  # type: ignore[valid-type]
SideValue = Literal[tuple(s.value for s in AttendeeSide)]  # type: ignore[valid-type]
TaskStatusValue = Literal[tuple(s.value for s in TaskStatus)]  # type: ignore[valid-type]
EntryKindValue = Literal[tuple(s.value for s in EntryKind)]  # type: ignore[valid-type]


class StrictModel(BaseModel):
    # Every text field is bounded (limits.TEXT_MAX): a 10 MB field is refused, not imported.
    model_config = ConfigDict(strict=True, extra="forbid", str_max_length=limits.TEXT_MAX)


def schema_document(model: type[BaseModel], version: str, **extra: str) -> dict:
    """The JSON Schema file of one format version, generated from its DataFile model."""
    schema = model.model_json_schema()
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://tocongtac.local/schema/{version.replace('/', '-')}.schema.json",
        "title": f"Tệp dữ liệu Tổ công tác ({version})",
        **extra,
    }
    return {**head, **{k: v for k, v in schema.items() if k not in ("title", *extra)}}
