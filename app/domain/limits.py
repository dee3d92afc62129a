"""The limits of what the app accepts: far beyond any real notice, well short of a hang.

One place for every bound: the data file's constrained types (app.datafile.limits) and the
command line's arguments (app.cli.parser) are built from these.
"""

from __future__ import annotations

import re

from app.domain.errors import InputError

YEAR_MIN, YEAR_MAX = 1900, 2100
NUMBER_MIN, NUMBER_MAX = 1, 10**9  # notice numbers of the register
ID_MIN, ID_MAX = 1, 2**63 - 1  # database ids (SQLite's integer range)
MONTH_MIN, MONTH_MAX = 1, 12

TEXT_MAX = 50_000  # characters in one text field (a long notice has about 20 000 in all)
RECIPIENTS_MAX = 500  # lines of "Nơi nhận"
LINES_MAX = 500  # other lists of lines (scopes, authority lines, attachments)
ITEMS_MAX = 10_000  # attendees, tasks, indicators or entries of one inspection
INSPECTIONS_MAX = 100_000  # inspections (or organizations) in one data file
JSON_DEPTH_MAX = 32  # nesting of a data file (the format itself needs 6)
INTEGER_DIGITS_MAX = 19  # longer integer literals are refused before they are converted

_INTEGER = re.compile(r"-?[0-9]+")


def parse_int(text: str, low: int, high: int, what: str) -> int:
    """*text* as an integer from *low* to *high*, written in ASCII digits; else InputError."""
    value = text.strip()
    if not _INTEGER.fullmatch(value) or len(value.lstrip("-")) > INTEGER_DIGITS_MAX:
        raise InputError(
            f"{what} phải là số nguyên viết bằng chữ số 0–9 (đang là «{text}»).", field=what
        )
    number = int(value)
    if not low <= number <= high:
        raise InputError(f"{what} phải từ {low} đến {high} (đang là {number}).", field=what)
    return number
