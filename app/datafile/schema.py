"""The data file format `tocongtac/3` as pydantic models, derived from the data classes of
`app.dto`: checks on import, field order on export.

Each model has the fields of its data class, in the same order, with the same defaults, without
the database id; `_derive` maps the Python types (dates to ISO strings "2021-08-10", decimals to
exact strings "46.4") and the overrides below add what a plain type cannot say (the allowed
values of an enumeration, required fields, nested lists). So a field added to a data class is in
the file at once, with its default: files written before it still read. Unknown fields are
refused (a typo must not silently drop data) and nothing is coerced.

`tocongtac/3` is `tocongtac/2` with two additions, both optional, so a /2 file reads as it is:
each attendee, task, indicator and entry carries a `uuid` (empty in a /2 file: given on import),
and `bases` holds, for an inspection changed since it was last synchronised with another laptop,
the content of that synchronisation (the base of the three-way merge of `import --merge`).

Entry text, context, response and criterion label hold the emphasis markup of
app.domain.emphasis ("**đậm**", "*nghiêng*", "\\*" a star).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, create_model

from app import dto
from app.datafile.fields import (
    DecimalText,
    EntryKindValue,
    FollowupValue,
    IsoDate,
    ItemUuidText,
    KindValue,
    SectionValue,
    SideValue,
    StatusValue,
    StrictModel,
    TaskStatusValue,
    UuidText,
    schema_document,
)
from app.datafile.limits import Items, Lines, Many, NoticeNumber, Recipients, Year
from app.domain.numbers import MAX_DIGITS

FORMAT = "tocongtac/3"
# Read with these same models: they only add optional fields to it.
COMPATIBLE_FORMATS = ("tocongtac/2",)
_TYPES: dict[Any, Any] = {
    dt.date | None: IsoDate | None,
    Decimal | None: DecimalText | None,
}
_REQUIRED = ...
_MARKUP = "Văn bản có đánh dấu nhấn mạnh: **đậm**, *nghiêng*; \\* là một dấu sao."


def _default(f: dataclasses.Field) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return Field(default_factory=f.default_factory)
    value = f.default
    return value.value if hasattr(value, "value") else value


def _derive(cls: type, overrides: dict[str, Any]) -> type[StrictModel]:
    """The model of data class `cls`: its fields but `id`, typed for JSON. An override is a
    type, or a (type, default) pair (default `_REQUIRED` for a required field)."""
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in dto.BOOKKEEPING_FIELDS:
            continue
        override = overrides.get(f.name)
        if isinstance(override, tuple):
            fields[f.name] = override
        else:
            annotation = override or _TYPES.get(hints[f.name], hints[f.name])
            fields[f.name] = (annotation, _default(f))
    name = cls.__name__.removesuffix("Data")
    return create_model(name, __base__=StrictModel, **fields)


_NON_EMPTY = Annotated[str, Field(min_length=1)]
_MARKUP_TEXT = Annotated[str, Field(description=_MARKUP)]

Organization = _derive(
    dto.OrganizationData, {"code": (_NON_EMPTY, _REQUIRED), "name": (_NON_EMPTY, _REQUIRED)}
)
Attendee = _derive(dto.AttendeeData, {"side": SideValue, "uuid": ItemUuidText})
Task = _derive(
    dto.TaskData,
    {
        "content": (str, _REQUIRED),
        "status_override": TaskStatusValue | None,
        "uuid": ItemUuidText,
    },
)
Indicator = _derive(dto.IndicatorData, {"name": (str, _REQUIRED), "uuid": ItemUuidText})
Entry = _derive(
    dto.EntryData,
    {
        "section": (SectionValue, _REQUIRED),
        "text": (_MARKUP_TEXT, _REQUIRED),
        "context": _MARKUP_TEXT,
        "response": _MARKUP_TEXT,
        "criterion_label": _MARKUP_TEXT,
        "followup_status": FollowupValue,
        "kind": EntryKindValue,
        "level": Annotated[int, Field(ge=0, le=3)],
        "uuid": ItemUuidText,
    },
)
Notice = _derive(
    dto.NoticeData,
    {
        "draft_month": Annotated[int, Field(ge=1, le=12)] | None,
        "number": NoticeNumber,
        "authority_lines": Lines,
        "recipients": Recipients,
        "attachments": Lines,
    },
)
Inspection = _derive(
    dto.InspectionData,
    {
        "uuid": (UuidText, _REQUIRED),
        "kind": (KindValue, _REQUIRED),
        "unit_name": (str, _REQUIRED),
        "status": StatusValue,
        "year": Year | None,
        "scopes": Lines,
        "attendees": Items[Attendee],  # type: ignore[valid-type]
        "tasks": Items[Task],  # type: ignore[valid-type]
        "indicators": Items[Indicator],  # type: ignore[valid-type]
        "entries": Items[Entry],  # type: ignore[valid-type]
        "notice": (Notice, Field(default_factory=Notice)),
    },
)


class DataFile(StrictModel):
    """The whole file: the organizations the inspections use travel with them, and the bases of
    those changed since they were last synchronised."""

    format: Literal["tocongtac/3"]
    organizations: Many[Organization] = []  # type: ignore[valid-type]
    inspections: Many[Inspection]  # type: ignore[valid-type]
    bases: Many[Inspection] = []  # type: ignore[valid-type]


def json_schema() -> dict:
    """The JSON Schema shipped in resources/schema/, generated from the models above.

    A test fails when the committed file drifts from the models; regenerate it with
    `python -m app.datafile.jsonschema`.
    """
    description = (
        "Ngày viết YYYY-MM-DD; số thập phân viết trong dấu ngoặc kép, dấu chấm thập phân, "
        f"đúng từng chữ số (tối đa {MAX_DIGITS} chữ số). {_MARKUP}"
    )
    return schema_document(DataFile, FORMAT, description=description)
