import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import draft_header_date, header_date, inline_date, long_date, parse_date
from app.domain.errors import InputError

# The checklist regex of nd30-format.md §9 for the date line.
HEADER_LINE = re.compile(
    r"^[^,\n]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm [12][0-9]{3}$"
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (dt.date(2021, 1, 5), "05/01/2021"),
        (dt.date(2021, 2, 17), "17/02/2021"),
        (dt.date(2021, 8, 10), "10/8/2021"),
        (dt.date(2024, 2, 29), "29/02/2024"),
        (dt.date(2021, 4, 29), "29/4/2021"),
        (dt.date(2024, 12, 9), "09/12/2024"),
        (dt.date(2024, 3, 1), "01/3/2024"),
    ],
)
def test_inline_date(d, expected):
    assert inline_date(d) == expected


def test_header_date():
    assert header_date("Lạng Sơn", dt.date(2021, 8, 11)) == "Lạng Sơn, ngày 11 tháng 8 năm 2021"
    assert header_date("Lạng Sơn", dt.date(2022, 1, 5)) == "Lạng Sơn, ngày 05 tháng 01 năm 2022"
    assert header_date("Lạng Sơn", dt.date(2024, 10, 9)) == "Lạng Sơn, ngày 09 tháng 10 năm 2024"
    assert header_date("Hà Nội", dt.date(2020, 2, 9)) == "Hà Nội, ngày 09 tháng 02 năm 2020"


def test_long_date():
    assert long_date(dt.date(2022, 1, 5)) == "ngày 05 tháng 01 năm 2022"


def test_draft_header_date():
    assert draft_header_date("Lạng Sơn", 5, 2020) == "Lạng Sơn, ngày      tháng 5 năm 2020"
    assert draft_header_date("Lạng Sơn", 1, 2025) == "Lạng Sơn, ngày      tháng 01 năm 2025"
    assert draft_header_date("Lạng Sơn", 12, 2025) == "Lạng Sơn, ngày      tháng 12 năm 2025"


@pytest.mark.parametrize("month", [0, 13])
def test_draft_header_date_refuses_bad_month(month):
    with pytest.raises(InputError):
        draft_header_date("Lạng Sơn", month, 2020)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/10/2024", dt.date(2024, 10, 31)),
        ("5/1/2024", dt.date(2024, 1, 5)),
        ("05-01-2024", dt.date(2024, 1, 5)),
        ("05.01.2024", dt.date(2024, 1, 5)),
        ("2024-01-05", dt.date(2024, 1, 5)),
        ("  29/02/2024 ", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_date_impossible_date_message():
    with pytest.raises(InputError) as info:
        parse_date("31/02/2024")
    assert str(info.value) == "Ngày «31/02/2024» không tồn tại"
    with pytest.raises(InputError, match="không tồn tại"):
        parse_date("29/02/2023")
    with pytest.raises(InputError, match="không tồn tại"):
        parse_date("2024-13-01")


@pytest.mark.parametrize(
    "text", ["abc", "", "05/01/24", "05/01-2024", "1/2", "2024/01/05", "05 01 2024", "١/١/٢٠٢٤"]
)
def test_parse_date_refuses_garbage(text):
    with pytest.raises(InputError, match="không phải là ngày hợp lệ"):
        parse_date(text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_parse_reads_inline_date(d):
    assert parse_date(inline_date(d)) == d
    assert parse_date(d.isoformat()) == d


@pytest.mark.parametrize("text", ["01/01/0001", "31/12/1899", "2101-01-01", "01/01/9999"])
def test_parse_date_refuses_years_outside_the_range(text):
    with pytest.raises(InputError, match="năm phải từ 1900 đến 2100"):
        parse_date(text)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_header_date_passes_the_nd30_checklist(d):
    assert HEADER_LINE.match(header_date("Lạng Sơn", d))
