"""Writing a data file: the same inspections always give the same bytes.

Fields come in the fixed order of the schema models, two-space indentation, text as is (not
\\u-escaped), a final newline; no database ids and no time of export. So an export, imported into
an empty database and exported again, gives a byte-identical file.

The file is written one inspection at a time as it comes (`write_plain`): each is checked
against its schema model and encoded by pydantic's C encoder, which writes exactly what
`json.dumps(..., ensure_ascii=False, indent=2)` of the whole file wrote (tests/data/export/ holds
files written that way), so memory holds one inspection of the file at a time, not the file.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json

from app import dto
from app.datafile import schema
from app.datafile.content import DataFileContent
from app.datafile.fields import format_decimal
from app.datafile.reader import describe_validation_error
from app.domain import limits
from app.domain.errors import InputError
from app.fileio import JSON, atomic_output

_ITEM_INDENT = "\n    "  # an item of a top-level list: two levels deep


def dumps(content: DataFileContent) -> str:
    """The text of the data file for *content* (checked against the schema on the way)."""
    out = io.StringIO()
    write_plain(
        out,
        _plain_all(content.organizations),
        _plain_all(content.inspections),
        _plain_all(content.bases),
    )
    return out.getvalue()


def write_data_file(path: Path | str, content: DataFileContent) -> None:
    """Write *content* to *path* atomically (an existing file is replaced only when complete)."""
    write_data_stream(
        path,
        _plain_all(content.organizations),
        _plain_all(content.inspections),
        _plain_all(content.bases),
    )


def write_data_stream(
    path: Path | str,
    organizations: Iterable[dict],
    inspections: Iterable[dict],
    bases: Iterable[dict] = (),
) -> int:
    """Write the data file of plain *organizations* and *inspections* (see `plain`) to *path*
    atomically, each inspection as it comes; returns the number of inspections written.
    *bases* (app.sync) is read after the inspections, so it may be filled while they pass."""
    with atomic_output(path, JSON) as temp:
        with open(temp, "w", encoding="utf-8", newline="\n") as out:
            return write_plain(out, organizations, inspections, bases)


def write_plain(
    out: TextIO,
    organizations: Iterable[dict],
    inspections: Iterable[dict],
    bases: Iterable[dict] = (),
) -> int:
    """Write the data file to *out*; returns the number of inspections written."""
    out.write('{\n  "format": ' + to_json(schema.FORMAT).decode() + ",\n")
    _write_list(out, "organizations", schema.Organization, organizations)
    out.write(",\n")
    count = _write_list(out, "inspections", schema.Inspection, inspections)
    out.write(",\n")
    _write_list(out, "bases", schema.Inspection, bases)
    out.write("\n}\n")
    return count


def _write_list(out: TextIO, key: str, model: type[BaseModel], items: Iterable[dict]) -> int:
    out.write(f'  "{key}": [')
    count = 0
    for raw in items:
        if count == limits.INSPECTIONS_MAX:
            raise InputError(
                f"Không xuất được dữ liệu: trường «{key}» có quá nhiều phần tử "
                f"(tối đa {limits.INSPECTIONS_MAX}).",
                field=key,
            )
        try:
            item = model.model_validate(raw)
        except ValidationError as error:
            path, problem = describe_validation_error(error, (key, count))
            raise InputError(
                f"Không xuất được dữ liệu: trường «{path}» {problem}.", field=path
            ) from None
        out.write("," if count else "")
        out.write(_ITEM_INDENT + item.model_dump_json(indent=2).replace("\n", _ITEM_INDENT))
        count += 1
    out.write("\n  ]" if count else "]")
    return count


def _plain_all(values: list) -> Iterable[dict]:
    return (plain(v) for v in values)


def plain(value: Any) -> Any:
    """A data class tree as dicts and lists, without database bookkeeping; enums as values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in dto.BOOKKEEPING_FIELDS
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format_decimal(value)  # validated as the text a file holds, digits checked
    return value
