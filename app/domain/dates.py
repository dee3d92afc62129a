"""Vietnamese date writing (ND30 padding rule) and reading of typed dates.

The one padding rule, used everywhere (headers, running text, tables): a day below 10 and the
months 1 and 2 take a leading zero, months 3–12 do not. "05/01/2021", "17/02/2021", "10/8/2021";
"ngày 05 tháng 01 năm 2022", "ngày 11 tháng 8 năm 2021".
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain import limits
from app.domain.errors import InputError

_DRAFT_DAY_BLANK = " " * 6
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def _padded(value: int, below: int) -> str:
    """`value` with a leading zero when it is under `below` (10 for days, 3 for months)."""
    return f"{value:02d}" if value < below else str(value)


def _day(day: int) -> str:
    return _padded(day, 10)


def _month(month: int) -> str:
    return _padded(month, 3)


def inline_date(d: dt.date) -> str:
    """A date in running text and tables: "05/01/2021", "17/02/2021", "10/8/2021"."""
    return f"{_day(d.day)}/{_month(d.month)}/{d.year}"


def long_date(d: dt.date) -> str:
    """A date written out: "ngày 05 tháng 01 năm 2022", "ngày 11 tháng 8 năm 2021"."""
    return f"ngày {_day(d.day)} tháng {_month(d.month)} năm {d.year}"


def header_date(place: str, d: dt.date) -> str:
    """The place-and-date line of a document (ND30 ô 4): "Lạng Sơn, ngày 11 tháng 8 năm 2021"."""
    return f"{place}, {long_date(d)}"


def draft_header_date(place: str, month: int, year: int) -> str:
    """The date line of a draft, day left blank: "Lạng Sơn, ngày      tháng 5 năm 2020"."""
    if not 1 <= month <= 12:
        raise InputError(f"Tháng «{month}» không hợp lệ", field="draft_month")
    return f"{place}, ngày{_DRAFT_DAY_BLANK}tháng {_month(month)} năm {year}"


def parse_date(text: str) -> dt.date:
    """Read a typed date: day first ("31/10/2024", "5/1/2024", "05-01-2024", "05.01.2024") or ISO
    ("2024-01-05"). Raises InputError for impossible dates and for anything else."""
    cleaned = text.strip()
    if m := _ISO.fullmatch(cleaned):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    else:
        raise InputError(
            f"«{cleaned}» không phải là ngày hợp lệ "
            "(nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024)"
        )
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise InputError(f"Ngày «{cleaned}» không tồn tại") from None
    check_year(date.year, f"Ngày «{cleaned}»")
    return date


def check_year(year: int, what: str = "Năm") -> None:
    """Years the app works with (limits.YEAR_MIN … YEAR_MAX); InputError otherwise."""
    if not limits.YEAR_MIN <= year <= limits.YEAR_MAX:
        raise InputError(
            f"{what}: năm phải từ {limits.YEAR_MIN} đến {limits.YEAR_MAX} (đang là {year})",
            field="year",
        )
