"""Reading a CSV file as Excel writes it: UTF-8 (with or without BOM), UTF-16 ("Unicode text"),
or Windows-1258 (the Vietnamese ANSI code page); fields separated by commas, semicolons (Excel
with a Vietnamese list separator) or tabs.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from app.domain.errors import InputError
from app.domain.text import nfc
from app.taskimport.sheet import Row, Sheet

_DELIMITERS = ("\t", ";", ",")
_SAMPLE_RECORDS = 30


def decode(data: bytes, name: str) -> str:
    """The text of a CSV file, NFC; raises InputError when no encoding reads it."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif len(data) >= 4 and data[1:4:2] == b"\0\0" and data[0:4:2] != b"\0\0":
        text = data.decode("utf-16-le")  # UTF-16 without its BOM
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                # Windows-1258 writes most tones as combining marks: NFC below composes them.
                text = data.decode("cp1258")
            except UnicodeDecodeError:
                raise InputError(
                    f"Không đọc được bảng mã của tệp «{name}»; hãy lưu lại dưới dạng "
                    "CSV UTF-8 hoặc .xlsx.",
                    field="file",
                ) from None
    if "\0" in text:
        raise InputError(f"Tệp «{name}» không phải là tệp CSV.", field="file")
    return nfc(text)


def _records(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"'))


def guess_delimiter(text: str) -> str:
    """The separator that splits most of the first records into the same number (≥ 2) of
    fields; ties go to the one giving more fields."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_RECORDS])
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        widths = Counter(len(r) for r in _records(sample, delimiter) if any(c.strip() for c in r))
        width, count = max(widths.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
        score = (count, width) if width >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> Sheet:
    text = decode(path.read_bytes(), path.name)
    return table_from_text(text, path.stem, guess_delimiter(text))


def table_from_text(text: str, name: str, delimiter: str) -> Sheet:
    """A sheet from delimited text (a CSV file, or rows pasted from Excel with tabs). Empty
    records are left out; the others keep all their fields, empty ones included."""
    rows = []
    for number, record in enumerate(_records(nfc(text), delimiter), start=1):
        cells = tuple(c.strip() or None for c in record)
        if any(c is not None for c in cells):
            rows.append(Row(number, cells))
    return Sheet(name, rows)
