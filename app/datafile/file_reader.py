"""Reading a data file from disk: its size checked first, then read one inspection at a time, so
that memory holds the data read, not the file's text and its parse tree besides (a ten-year
archive is over 100 MB of JSON).

The file is decoded in chunks; the top-level object is walked here, and each value (each
inspection of `inspections`) is parsed, cleaned and validated by the same functions and models
as `reader.parse_data`, then turned into data classes before the next is read. This path only
accepts: anything it does not expect (a broken byte or bracket, a key out of the usual order or
named twice, a refused field…) makes it give up, and the whole-file reader then reads the file
and gives its answer, the same words as ever for the first problem.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from app import dto
from app.datafile import reader, schema, schema_v1, v1
from app.datafile.content import DataFileContent
from app.domain import limits
from app.domain.errors import InputError

CHUNK = 1 << 20  # characters decoded at a time
# How far before the end of the text read a parse cut short by it can fail: the start of the
# longest string a file may hold (escaped, 6 characters a character). A failure further back is
# the file's own, answered at once instead of after reading the rest.
_CUT_AT_MOST = 6 * limits.TEXT_MAX + 16
_VERSIONS = {
    schema.FORMAT: schema,
    **dict.fromkeys(schema.COMPATIBLE_FORMATS, schema),
    schema_v1.FORMAT: schema_v1,
}
_DECODER = json.JSONDecoder(
    parse_float=Decimal,
    parse_constant=reader.refuse_constant,
    parse_int=reader.integer,
    object_pairs_hook=reader.pairs,
)
_SPACE = json.decoder.WHITESPACE


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
    content = read_in_pieces(path)
    if content is not None:
        return content
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Không đọc được tệp «{path}»: {error.strerror}.", field="file") from None
    return reader.parse_data(data, source=path.name)


class _GiveUpError(Exception):
    """Not a file this path reads; the whole-file reader answers."""


def read_in_pieces(path: Path) -> DataFileContent | None:
    """The content of the data file at *path*, or None when the whole-file reader must read it
    (it then refuses the file, or reads what this path did not expect)."""
    try:
        with open(path, "rb") as file:
            return _Pieces(file).content()
    except (_GiveUpError, reader.RefusedError, UnicodeDecodeError, RecursionError, OSError):
        return None


class _Pieces:
    def __init__(self, file: BinaryIO):
        self._file = file
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._text = ""
        self._at = 0
        self._end = False

    # -- the text, a chunk at a time ------------------------------------------------------------

    def _more(self) -> bool:
        """Decode the next chunk; False at the end of the file."""
        if self._end:
            return False
        data = self._file.read(CHUNK)
        self._end = not data
        self._text = self._text[self._at :] + self._decoder.decode(data, final=self._end)
        self._at = 0
        return True

    def _char(self) -> str:
        """The next character after white space ("" at the end of the file)."""
        while True:
            self._at = _SPACE.match(self._text, self._at).end()
            if self._at < len(self._text):
                return self._text[self._at]
            if not self._more():
                return ""

    def _expect(self, char: str) -> None:
        if self._char() != char:
            raise _GiveUpError
        self._at += 1

    def _value(self) -> tuple[Any, bool]:
        """The next JSON value, and whether its text may hold a surrogate escape."""
        self._char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._at)
            except json.JSONDecodeError as error:
                if error.pos >= len(self._text) - _CUT_AT_MOST and self._more():
                    continue  # the value goes on in the next chunk
                raise _GiveUpError from None
            if end == len(self._text) and self._more():
                continue  # a number or a word might go on
            surrogates = reader.SURROGATE_ESCAPE.search(self._text, self._at, end) is not None
            self._at = end
            return value, surrogates

    # -- the file ------------------------------------------------------------------------------

    def content(self) -> DataFileContent:
        self._expect("{")
        top: dict[str, Any] = {}
        version = None
        lists: dict[str, list[dto.InspectionData]] = {"inspections": [], "bases": []}
        while True:
            key, _ = self._value()
            if key not in ("format", "organizations", *lists) or key in top:
                raise _GiveUpError
            self._expect(":")
            if key in lists:
                if version is None or (key == "bases" and version is schema_v1):
                    raise _GiveUpError
                lists[key] = self._inspections(version)
                top[key] = []
            else:
                value, surrogates = self._value()
                top[key] = reader.clean(value, 2, surrogates)
                if key == "format":
                    version = _VERSIONS.get(top[key]) if isinstance(top[key], str) else None
                    if version is None:
                        raise _GiveUpError
                    if version is schema:
                        top[key] = schema.FORMAT  # a /2 file reads as /3 (fields added)
            separator = self._char()
            self._at += 1
            if separator == "}":
                break
            if separator != ",":
                raise _GiveUpError
        if self._char() != "" or "inspections" not in top:
            raise _GiveUpError
        model = _valid(version.DataFile.model_validate, top)
        content = DataFileContent(
            organizations=[reader.to_dto(o, dto.OrganizationData) for o in model.organizations],
            inspections=lists["inspections"],
            bases=lists["bases"],
        )
        return v1.upgrade(content) if version is schema_v1 else content

    def _inspections(self, version) -> list[dto.InspectionData]:
        self._expect("[")
        read: list[dto.InspectionData] = []
        if self._char() == "]":
            self._at += 1
            return read
        while True:
            if len(read) == limits.INSPECTIONS_MAX:
                raise _GiveUpError
            value, surrogates = self._value()
            raw = reader.clean(value, 3, surrogates)
            read.append(reader.inspection_to_dto(_valid(version.Inspection.model_validate, raw)))
            separator = self._char()
            self._at += 1
            if separator == "]":
                return read
            if separator != ",":
                raise _GiveUpError


def _valid(validate: Callable[[Any], Any], raw: Any) -> Any:
    try:
        return validate(raw)
    except ValidationError:
        raise _GiveUpError from None
