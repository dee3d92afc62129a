"""Reading a data file: size, JSON syntax, format version and every field checked before any use.

Every refusal is one `InputError` whose Vietnamese message names the file, the place (a JSON path
such as `inspections[0].tasks[3].deadline`, or a line and column for broken JSON) and what is
wrong. Text comes out NFC-normalised: NFD input is accepted, not refused.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError

from app import dto
from app.datafile import schema, schema_v1, v1
from app.datafile.content import DataFileContent
from app.domain.errors import InputError
from app.domain.numbers import MAX_DIGITS
from app.domain.text import nfc

MAX_FILE_BYTES = 200 * 1024 * 1024


def read_data_file(path: Path | str) -> DataFileContent:
    """Read and validate the data file at *path*; a file over 200 MB is refused unread."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp «{path}».", field="file") from None
    except OSError as error:
        raise InputError(f"Không đọc được tệp «{path}»: {error.strerror}.", field="file") from None
    if not path.is_file():
        raise InputError(f"«{path}» không phải là một tệp.", field="file")
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"Tệp «{path}» quá lớn ({size / 1024 / 1024:.0f} MB); "
            f"chỉ nhập được tệp không quá {MAX_FILE_BYTES // 1024 // 1024} MB.",
            field="file",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Không đọc được tệp «{path}»: {error.strerror}.", field="file") from None
    return parse_data(data, source=path.name)


def parse_data(data: bytes | str, source: str = "dữ liệu") -> DataFileContent:
    """Validate the text of a data file and turn it into data classes."""
    raw = _normalised(_load_json(data, source))
    version = _check_format(raw, source)
    try:
        model = version.DataFile.model_validate(raw)
    except ValidationError as error:
        raise _validation_error(error, source) from None
    content = DataFileContent(
        organizations=[to_dto(o, dto.OrganizationData) for o in model.organizations],
        inspections=[_inspection(m) for m in model.inspections],
    )
    return v1.upgrade(content) if version is schema_v1 else content


def to_dto(model: BaseModel, cls: type) -> Any:
    """A flat model to its data class, field by field."""
    return cls(**{name: getattr(model, name) for name in type(model).model_fields})


def _inspection(m) -> dto.InspectionData:
    nested = {"attendees", "tasks", "indicators", "entries", "notice"}
    fields = {name: getattr(m, name) for name in type(m).model_fields}
    for name in nested:
        del fields[name]
    return dto.InspectionData(
        **fields,
        attendees=[to_dto(a, dto.AttendeeData) for a in m.attendees],
        tasks=[to_dto(t, dto.TaskData) for t in m.tasks],
        indicators=[to_dto(i, dto.IndicatorData) for i in m.indicators],
        entries=[to_dto(e, dto.EntryData) for e in m.entries],
        notice=to_dto(m.notice, dto.NoticeData),
    )


def _load_json(data: bytes | str, source: str) -> Any:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(
                f"Tệp «{source}» không phải văn bản UTF-8 (byte lỗi ở vị trí {error.start}).",
                field="file",
            ) from None
    try:
        # Numbers written without quotes are read exactly too (never through a float, so 1e400
        # is refused as itself, not as "Infinity").
        return json.loads(data, parse_float=Decimal, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            f"Tệp «{source}» không phải JSON hợp lệ: lỗi cú pháp ở dòng {error.lineno}, "
            f"cột {error.colno}.",
            field=f"dòng {error.lineno}",
        ) from None


def _normalised(value: Any) -> Any:
    """Every string of the parsed JSON (keys included) in NFC, without control characters."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _normalised(v) for k, v in value.items()}
    return value


def _refuse_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


_VERSIONS = {schema.FORMAT: schema, schema_v1.FORMAT: schema_v1}


def _check_format(raw: Any, source: str) -> ModuleType:
    """The version is checked first: a newer file gets a clear answer, not a list of fields.
    Returns the schema module of the file's version."""
    if not isinstance(raw, dict):
        raise InputError(
            f"Tệp «{source}» không đúng cấu trúc: cần một đối tượng JSON có trường «format».",
            field="$",
        )
    if "format" not in raw:
        raise InputError(
            f"Tệp «{source}» không hợp lệ: thiếu trường «format» (cần «{schema.FORMAT}»).",
            field="format",
        )
    version = _VERSIONS.get(raw["format"]) if isinstance(raw["format"], str) else None
    if version is None:
        known = " và ".join(f"«{name}»" for name in sorted(_VERSIONS))
        raise InputError(
            f"Tệp «{source}» có định dạng «{raw['format']}»; chương trình này chỉ đọc được "
            f"định dạng {known}.",
            field="format",
        )
    return version


def json_path(loc: tuple[int | str, ...]) -> str:
    """("inspections", 0, "tasks", 3, "deadline") → "inspections[0].tasks[3].deadline"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "$"


def _validation_error(error: ValidationError, source: str) -> InputError:
    path, problem = describe_validation_error(error)
    return InputError(f"Tệp «{source}» không hợp lệ: trường «{path}» {problem}.", field=path)


def describe_validation_error(error: ValidationError) -> tuple[str, str]:
    """The JSON path of the first problem and what is wrong there, in Vietnamese."""
    first = error.errors()[0]
    more = error.error_count() - 1
    tail = f" (và {more} lỗi khác)" if more else ""
    return json_path(tuple(first["loc"])), _problem(first) + tail


_TYPE_WORDS = {
    "string_type": "phải là chuỗi văn bản",
    "int_type": "phải là số nguyên",
    "bool_type": "phải là true hoặc false",
    "list_type": "phải là một danh sách",
    "model_type": "phải là một đối tượng JSON",
    "dict_type": "phải là một đối tượng JSON",
    "missing": "bị thiếu (trường bắt buộc)",
    "extra_forbidden": "không thuộc định dạng tệp",
    "string_too_short": "không được để trống",
    "string_pattern_mismatch": "không đúng mẫu",
    "greater_than_equal": "nhỏ hơn giá trị cho phép",
    "less_than_equal": "lớn hơn giá trị cho phép",
}
_VALUE_WORDS = {
    "date_format": "phải là ngày dạng YYYY-MM-DD",
    "date_impossible": "là ngày không tồn tại",
    "decimal_format": 'phải là số viết trong dấu ngoặc kép, dấu chấm thập phân (ví dụ "46.4")',
    "decimal_too_long": f"có quá nhiều chữ số (tối đa {MAX_DIGITS})",
}


def _problem(err: dict) -> str:
    kind = err["type"]
    shown = _shown(err.get("input"))
    if kind == "value_error":
        code = str(err["ctx"]["error"])
        return f"{_VALUE_WORDS.get(code, 'không hợp lệ')}: {shown}"
    if kind == "literal_error":
        allowed = err["ctx"]["expected"].replace(" or ", " hoặc ")
        return f"có giá trị {shown} không hợp lệ; chỉ nhận {allowed}"
    if kind == "string_pattern_mismatch" and err["loc"][-1] == "uuid":
        return f"không phải UUID hợp lệ: {shown}"
    if kind in ("missing", "extra_forbidden"):
        return _TYPE_WORDS[kind]
    words = _TYPE_WORDS.get(kind, "có giá trị không hợp lệ")
    return f"{words} (đang là {shown})"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"
