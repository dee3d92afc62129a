"""Writing a data file: the same inspections always give the same bytes.

Fields come in the fixed order of the schema models, two-space indentation, text as is (not
\\u-escaped), a final newline; no database ids and no time of export. So an export, imported into
an empty database and exported again, gives a byte-identical file.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app import dto
from app.datafile import schema
from app.datafile.content import DataFileContent
from app.datafile.fields import format_decimal
from app.datafile.reader import describe_validation_error
from app.domain.errors import InputError
from app.fileio import JSON, write_atomically


def dumps(content: DataFileContent) -> str:
    """The text of the data file for *content* (checked against the schema on the way)."""
    raw = {
        "format": schema.FORMAT,
        "organizations": [_plain(o) for o in content.organizations],
        "inspections": [_plain(i) for i in content.inspections],
        "bases": [_plain(b) for b in content.bases],
    }
    try:
        model = schema.DataFile.model_validate(raw)
    except ValidationError as error:
        path, problem = describe_validation_error(error)
        raise InputError(
            f"Không xuất được dữ liệu: trường «{path}» {problem}.", field=path
        ) from None
    text = json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return text + "\n"


def write_data_file(path: Path | str, content: DataFileContent) -> None:
    """Write *content* to *path* atomically (an existing file is replaced only when complete)."""
    write_atomically(path, dumps(content).encode("utf-8"), JSON)


def _plain(value: Any) -> Any:
    """A data class tree as dicts and lists, without database bookkeeping; enums as values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in dto.BOOKKEEPING_FIELDS
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format_decimal(value)  # validated as the text a file holds, digits checked
    return value
