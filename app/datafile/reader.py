"""Reading a data file: size, JSON syntax, format version and every field checked before any use.

Every refusal is one `InputError` whose Vietnamese message names the file, the place (a JSON path
such as `inspections[0].tasks[3].deadline`, or a line and column for broken JSON) and what is
wrong. Text comes out NFC-normalised: NFD input is accepted, not refused.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError

from app import dto
from app.datafile import schema, schema_v1, v1
from app.datafile.content import DataFileContent
from app.domain import limits
from app.domain.errors import InputError
from app.domain.numbers import MAX_DIGITS
from app.domain.text import nfc, one_line


def parse_data(data: bytes | str, source: str = "dữ liệu") -> DataFileContent:
    """Validate the text of a data file and turn it into data classes."""
    if isinstance(data, bytes):
        text = _decoded(data, source)
        # UTF-8 cannot carry a lone surrogate; only a "\\udXXX" escape can make one.
        surrogates_possible = SURROGATE_ESCAPE.search(text) is not None
    else:
        text, surrogates_possible = data, True
    raw = _checked(_load_json(text, source), source, surrogates_possible)
    version = _check_format(raw, source)
    if raw["format"] in schema.COMPATIBLE_FORMATS:
        raw["format"] = schema.FORMAT
    try:
        model = version.DataFile.model_validate(raw)
    except ValidationError as error:
        raise _validation_error(error, source) from None
    content = DataFileContent(
        organizations=[to_dto(o, dto.OrganizationData) for o in model.organizations],
        inspections=[inspection_to_dto(m) for m in model.inspections],
        bases=[inspection_to_dto(m) for m in getattr(model, "bases", [])],
    )
    return v1.upgrade(content) if version is schema_v1 else content


def to_dto(model: BaseModel, cls: type) -> Any:
    """A flat model to its data class, field by field."""
    return cls(**{name: getattr(model, name) for name in type(model).model_fields})


def inspection_to_dto(m) -> dto.InspectionData:
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


def _decoded(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"Tệp «{source}» không phải văn bản UTF-8 (byte lỗi ở vị trí {error.start}).",
            field="file",
        ) from None


def _load_json(data: str, source: str) -> Any:
    """Parse the JSON text; every refusal of the JSON layer itself is an InputError here."""
    try:
        return json.loads(
            data,
            # Numbers written without quotes are read exactly too (never through a float, so
            # 1e400 is refused as itself, not as "Infinity").
            parse_float=Decimal,
            parse_constant=refuse_constant,
            parse_int=integer,
            object_pairs_hook=pairs,
        )
    except json.JSONDecodeError as error:
        raise InputError(
            f"Tệp «{source}» không phải JSON hợp lệ: lỗi cú pháp ở dòng {error.lineno}, "
            f"cột {error.colno}.",
            field=f"dòng {error.lineno}",
        ) from None
    except RecursionError:
        line, column = _too_deep_at(data)
        raise InputError(
            f"Tệp «{source}» lồng nhau quá sâu (quá {limits.JSON_DEPTH_MAX} cấp) ở dòng {line}, "
            f"cột {column}.",
            field=f"dòng {line}",
        ) from None


class _Duplicate:
    """Stands, in the parsed tree, for an object that names a key twice."""

    def __init__(self, key: str):
        self.key = key


class _Huge:
    """Stands for an integer literal too long to be converted (and never a valid value)."""

    def __init__(self, digits: str):
        self.digits = digits


def pairs(items: list[tuple[str, Any]]) -> Any:
    result = dict(items)
    if len(result) == len(items):
        return result
    seen: set[str] = set()
    for key, _value in items:
        if key in seen:
            return _Duplicate(key)
        seen.add(key)
    raise AssertionError("unreachable")  # pragma: no cover


def integer(digits: str) -> Any:
    if len(digits.lstrip("-")) > limits.INTEGER_DIGITS_MAX:
        return _Huge(digits)
    return int(digits)


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _too_deep_at(text: str) -> tuple[int, int]:
    """Line and column where the nesting of *text* first goes past the limit."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match[0]
        if token in "[{":
            depth += 1
            if depth > limits.JSON_DEPTH_MAX:
                start = match.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif token in "]}":
            depth -= 1
    return 1, 1


class RefusedError(Exception):
    """A problem at a place of the parsed tree; each level adds its key on the way out."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem
        self.loc: list[int | str] = []


def _checked(raw: Any, source: str, surrogates_possible: bool) -> Any:
    """The parsed tree with every string (keys included) in NFC, without control characters;
    InputError, with the JSON path, for what the JSON layer let through: too deep, a key named
    twice, an endless integer, a lone surrogate."""
    try:
        return clean(raw, 1, surrogates_possible)
    except RefusedError as refusal:
        path = json_path(tuple(reversed(refusal.loc)))
        raise InputError(
            f"Tệp «{source}» không hợp lệ: trường «{path}» {refusal.problem}.", field=path
        ) from None


def clean(value: Any, depth: int, surrogates: bool) -> Any:
    """*value* cleaned; lists in place (so the tree is not held twice), objects anew (a key may
    change). Strings are cleaned where they are met: most of a file is strings."""
    if isinstance(value, str):
        return _clean_text(value, surrogates)
    if isinstance(value, (list, dict)) and depth > limits.JSON_DEPTH_MAX:
        raise RefusedError(f"lồng nhau quá sâu (quá {limits.JSON_DEPTH_MAX} cấp)")
    if isinstance(value, list):
        for index, item in enumerate(value):
            try:
                if type(item) is str:
                    value[index] = _clean_text(item, surrogates)
                else:
                    value[index] = clean(item, depth + 1, surrogates)
            except RefusedError as refusal:
                refusal.loc.append(index)
                raise
        return value
    if isinstance(value, dict):
        cleaned: dict[str, Any] = {}
        for key, item in value.items():
            try:
                name = _clean_text(key, surrogates)
                if name in cleaned:
                    raise RefusedError(f"có khóa «{one_line(name)}» ghi hai lần")
                if type(item) is str:
                    cleaned[name] = _clean_text(item, surrogates)
                else:
                    cleaned[name] = clean(item, depth + 1, surrogates)
            except RefusedError as refusal:
                refusal.loc.append(key)
                raise
        return cleaned
    if isinstance(value, _Duplicate):
        raise RefusedError(f"có khóa «{one_line(value.key)}» ghi hai lần")
    if isinstance(value, _Huge):
        raise RefusedError(f"là số nguyên quá dài ({len(value.digits)} chữ số)")
    return value


def _clean_text(text: str, surrogates: bool) -> str:
    if surrogates and _SURROGATE.search(text):
        raise RefusedError("chứa ký tự Unicode không hợp lệ (nửa cặp thay thế, surrogate)")
    return nfc(text)


def refuse_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


_VERSIONS = {
    schema.FORMAT: schema,
    **dict.fromkeys(schema.COMPATIBLE_FORMATS, schema),
    schema_v1.FORMAT: schema_v1,
}


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


def describe_validation_error(
    error: ValidationError, at: tuple[int | str, ...] = ()
) -> tuple[str, str]:
    """The JSON path of the first problem and what is wrong there, in Vietnamese; *at*: the
    place of the validated value in the file."""
    first = error.errors()[0]
    more = error.error_count() - 1
    tail = f" (và {more} lỗi khác)" if more else ""
    return json_path(at + tuple(first["loc"])), _problem(first) + tail


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
}
_VALUE_WORDS = {
    "date_format": "phải là ngày dạng YYYY-MM-DD",
    "date_impossible": "là ngày không tồn tại",
    "decimal_format": 'phải là số viết trong dấu ngoặc kép, dấu chấm thập phân (ví dụ "46.4")',
    "decimal_too_long": f"có quá nhiều chữ số (tối đa {MAX_DIGITS})",
    "year_range": f"có năm ngoài khoảng {limits.YEAR_MIN}–{limits.YEAR_MAX}",
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
    if kind == "string_pattern_mismatch" and err["loc"][-1] == "number":
        return f"phải là số viết bằng chữ số 0–9 (đang là {shown})"
    if kind == "string_too_long":
        return f"dài quá {err['ctx']['max_length']} ký tự"
    if kind == "too_long":
        return f"có quá nhiều phần tử (tối đa {err['ctx']['max_length']})"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = err["ctx"].get("ge", err["ctx"].get("le"))
        words = "nhỏ hơn" if kind == "greater_than_equal" else "lớn hơn"
        return f"{words} giá trị cho phép {bound} (đang là {shown})"
    if kind in ("missing", "extra_forbidden"):
        return _TYPE_WORDS[kind]
    words = _TYPE_WORDS.get(kind, "có giá trị không hợp lệ")
    return f"{words} (đang là {shown})"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"
