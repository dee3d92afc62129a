"""The data file format `tocongtac/1` as pydantic models: checks on import, field order on export.

The models mirror the data classes of `app.dto` field by field, in the same order, without the
database ids. Dates are ISO strings ("2021-08-10"), decimal numbers are strings with a dot
("46.4"), so that a file survives any JSON tool without losing digits. Unknown fields are refused
(a typo must not silently drop data) and nothing is coerced: "2021" is not a year, 2021 is.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)

from app.domain.tasks import TaskStatus
from app.dto import AttendeeSide, FollowupStatus, InspectionStatus, Kind, NoticeData, Section

FORMAT = "tocongtac/1"

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
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
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise ValueError("decimal_format")
    return Decimal(value)


def format_decimal(value: Decimal) -> str:
    """The canonical text of a number: "46.4", "1250", never an exponent or trailing zeros.

    SQLite keeps these numbers as binary floats, so a value read back from the database carries
    float noise ("123456789.1234000027"); the shortest float text removes it and an export of an
    import gives the same bytes as the file imported.
    """
    try:
        value = Decimal(repr(float(value)))
    except (OverflowError, InvalidOperation):  # pragma: no cover - not reachable from JSON text
        pass
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


IsoDate = Annotated[
    dt.date,
    BeforeValidator(_parse_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date"}),
]
DecimalText = Annotated[
    Decimal,
    BeforeValidator(_parse_decimal),
    PlainSerializer(format_decimal, return_type=str),
    WithJsonSchema({"type": "string", "pattern": f"^{_DECIMAL.pattern}$"}),
]
UuidText = Annotated[str, Field(pattern=_UUID)]

KindValue = Literal[tuple(k.value for k in Kind)]  # type: ignore[valid-type]
StatusValue = Literal[tuple(s.value for s in InspectionStatus)]  # type: ignore[valid-type]
SectionValue = Literal[tuple(s.value for s in Section)]  # type: ignore[valid-type]
FollowupValue = Literal[tuple(s.value for s in FollowupStatus)]  # type: ignore[valid-type]
SideValue = Literal[tuple(s.value for s in AttendeeSide)]  # type: ignore[valid-type]
TaskStatusValue = Literal[tuple(s.value for s in TaskStatus)]  # type: ignore[valid-type]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Organization(_Model):
    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    short_name: str = ""
    abbreviation: str = ""
    level: str = ""
    type: str = ""
    parent_code: str = ""
    valid_from: IsoDate | None = None
    valid_to: IsoDate | None = None


class Attendee(_Model):
    side: SideValue = AttendeeSide.DON_VI.value
    person_name: str = ""
    person_title: str = ""
    group_text: str = ""
    role: str = ""


class Task(_Model):
    content: str
    source_doc: str = ""
    assigned_by: str = ""
    deadline: IsoDate | None = None
    deadline_text: str = ""
    completed_on: IsoDate | None = None
    result: str = ""
    note: str = ""
    status_override: TaskStatusValue | None = None
    override_reason: str = ""


class Indicator(_Model):
    name: str
    unit: str = ""
    target: DecimalText | None = None
    actual: DecimalText | None = None
    qualifier: str = ""
    stated_percent: DecimalText | None = None
    basis: str = ""
    as_of: IsoDate | None = None
    note: str = ""


class Entry(_Model):
    section: SectionValue
    text: str
    addressee: str = ""
    criterion_code: str = ""
    criterion_title: str = ""
    context: str = ""
    deadline: IsoDate | None = None
    deadline_text: str = ""
    followup_status: FollowupValue = FollowupStatus.NONE.value
    followup_note: str = ""
    response: str = ""
    response_type: str = ""
    source: str = ""


class Notice(_Model):
    doc_type: str = "TB"
    issuer_code: str = NoticeData.issuer_code
    organ_parent: str = ""
    organ_issuing: str = ""
    number: str = ""
    place: str = ""
    date: IsoDate | None = None
    draft_month: Annotated[int, Field(ge=1, le=12)] | None = None
    title: str = ""
    issued: bool = False
    opening: str = ""
    recommendations_intro: str = ""
    closing: str = ""
    authority_lines: list[str] = []
    signer_capacity: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = []
    attachments: list[str] = []


class Inspection(_Model):
    uuid: UuidText
    kind: KindValue
    unit_code: str = ""
    unit_name: str
    date: IsoDate | None = None
    part_of_day: str = ""
    place: str = ""
    year: int | None = None
    period_label: str = ""
    cutoff_date: IsoDate | None = None
    legal_basis: str = ""
    subject: str = ""
    unit_report: str = ""
    chair_name: str = ""
    chair_title: str = ""
    scopes: list[str] = []
    status: StatusValue = InspectionStatus.CHUAN_BI.value
    attendees: list[Attendee] = []
    tasks: list[Task] = []
    indicators: list[Indicator] = []
    entries: list[Entry] = []
    notice: Notice = Field(default_factory=Notice)


class DataFile(_Model):
    """The whole file: the organizations the inspections use travel with them."""

    format: Literal["tocongtac/1"]
    organizations: list[Organization] = []
    inspections: list[Inspection]


def json_schema() -> dict:
    """The JSON Schema shipped in resources/schema/, generated from the models above.

    A test fails when the committed file drifts from the models; regenerate it with
    `python -m app.datafile.jsonschema`.
    """
    schema = DataFile.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://tocongtac.local/schema/tocongtac-1.schema.json",
        "title": "Tệp dữ liệu Tổ công tác (tocongtac/1)",
        **{k: v for k, v in schema.items() if k != "title"},
    }
