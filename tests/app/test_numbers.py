from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.numbers import (
    MAX_DIGITS,
    digit_count,
    format_count_prose,
    format_number,
    format_percent_prose,
    format_percent_table,
    number_line,
    parse_number,
    percent,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10278, "10.278"),
        (Decimal("46.4"), "46,4"),
        (Decimal("1250"), "1.250"),
        (Decimal("98.70"), "98,70"),
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (1234567, "1.234.567"),
        (Decimal("-1250.5"), "-1.250,5"),
        (Decimal("-0"), "0"),
        (Decimal("1.25E+3"), "1.250"),
        (Decimal("0.05"), "0,05"),
    ],
)
def test_format_number(value, expected):
    assert format_number(value) == expected


def test_format_number_rounds_half_up_to_given_decimals():
    assert format_number(Decimal("2.345"), 2) == "2,35"
    assert format_number(Decimal("2.5"), 0) == "3"
    assert format_number(Decimal("-2.5"), 0) == "-3"
    assert format_number(Decimal("98.7"), 2) == "98,70"
    assert format_number(21340, 1) == "21.340,0"


def test_format_number_refuses_floats_and_non_finite():
    with pytest.raises(TypeError):
        format_number(46.4)
    with pytest.raises(ValueError):
        format_number(Decimal("NaN"))


def test_percent():
    assert percent(33, 34) == Decimal(3300) / Decimal(34)
    assert percent(Decimal("19025"), Decimal("21340")) > Decimal("89.15")
    assert percent(1, 0) is None
    assert percent(1, None) is None
    assert percent(None, 4) is None
    assert percent(0, 4) == 0


@pytest.mark.parametrize(
    ("p", "prose", "table"),
    [
        (Decimal(75), "75%", "75,00"),
        (Decimal("83.333"), "83,33%", "83,33"),
        (Decimal("64.7213"), "64,72%", "64,72"),
        (Decimal("79.3103"), "79,31%", "79,31"),
        (Decimal("8.695"), "8,7%", "8,70"),
        (Decimal("38.9"), "38,9%", "38,90"),
        (Decimal("0.004"), "0%", "0,00"),
        (Decimal("0.005"), "0,01%", "0,01"),
        (Decimal("100"), "100%", "100,00"),
        (Decimal("1250"), "1.250%", "1.250,00"),
        (Decimal("99.995"), "100%", "100,00"),
        (60, "60%", "60,00"),
    ],
)
def test_format_percent(p, prose, table):
    assert format_percent_prose(p) == prose
    assert format_percent_table(p) == table


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0"), (1, "01"), (9, "09"), (10, "10"), (34, "34"), (120, "120")]
)
def test_format_count_prose(n, expected):
    assert format_count_prose(n) == expected


def test_format_count_prose_refuses_negative():
    with pytest.raises(ValueError):
        format_count_prose(-1)


def test_number_line():
    assert number_line("41", "TB", "TCT") == "Số: 41/TB-TCT"
    assert number_line(5, "TB", "TCT") == "Số: 05/TB-TCT"
    assert number_line("05", "TB", "UBND") == "Số: 05/TB-UBND"
    assert number_line(None, "TB", "UBND") == "Số:      /TB-UBND"
    assert number_line("", "TB", "TCT") == "Số:      /TB-TCT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46,4", Decimal("46.4")),
        ("10.278", Decimal("10278")),
        ("1.250,5", Decimal("1250.5")),
        ("  98,7 ", Decimal("98.7")),
        ("46.4", Decimal("46.4")),
        ("1.25", Decimal("1.25")),
        ("1.2345", Decimal("1.2345")),
        ("0.125", Decimal("0.125")),
        ("1234.567", Decimal("1234.567")),
        ("10.278.000", Decimal("10278000")),
        ("1.250", Decimal("1250")),
        ("1,250", Decimal("1.250")),
        ("21340", Decimal("21340")),
        ("-3,5", Decimal("-3.5")),
        ("+7", Decimal("7")),
        ("98,70", Decimal("98.70")),
        ("\u00a012\u00a0", Decimal("12")),
    ],
)
def test_parse_number(text, expected):
    result = parse_number(text)
    assert result == expected
    assert str(result) == str(expected)


@pytest.mark.parametrize(
    "text",
    ["abc", "12a", "1,2,3", "1.23.4", "1,250.5", "1.", ",5", "1 250", "--5", "", "  ", "١٢", "1e5"],
)
def test_parse_number_refuses(text):
    with pytest.raises(InputError):
        parse_number(text)


def test_parse_number_message_is_vietnamese():
    with pytest.raises(InputError) as info:
        parse_number(" abc ")
    assert str(info.value) == "«abc» không phải là số hợp lệ"
    assert info.value.message == "«abc» không phải là số hợp lệ"
    with pytest.raises(InputError, match="^Chưa nhập số$"):
        parse_number("")


decimals = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15
).filter(lambda d: digit_count(d) <= MAX_DIGITS)


def test_a_number_of_too_many_digits_is_refused_not_rounded():
    assert parse_number("12.345.678.901.234,56789") == Decimal("12345678901234.56789")
    with pytest.raises(InputError, match="quá nhiều chữ số"):
        parse_number("1" + "0" * 400)


@given(decimals)
def test_parse_reads_what_format_writes(x):
    assert parse_number(format_number(x)) == x


@given(decimals, st.integers(min_value=0, max_value=4))
def test_parse_reads_rounded_format(x, places):
    rounded = x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert parse_number(format_number(x, places)) == rounded


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_parse_reads_formatted_integers(n):
    assert parse_number(format_number(n)) == n


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10**6))
def test_prose_percent_is_the_table_percent_without_trailing_zeros(p):
    prose = format_percent_prose(p).removesuffix("%")
    table = format_percent_table(p)
    assert table.startswith(prose)
    assert set(table[len(prose) :]) <= {",", "0"}
