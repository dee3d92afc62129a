"""The register's number rules: ASCII digits only, 1 to 10^9, printed with a leading zero."""

import pytest

from app import dto
from app.domain.errors import InputError
from app.domain.register import (
    MAX_NUMBER,
    doc_code,
    format_number,
    issued_reference,
    parse_number,
    reference,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [("54", 54), (" 054 ", 54), ("7", 7), ("54/TB-TCT", 54), ("54 / tb-tct", 54)],
)
def test_numbers_typed_or_imported_are_read(text, number):
    assert parse_number(text, "TB-TCT") == number


@pytest.mark.parametrize(
    "text",
    [
        "٥٤",  # Arabic-Indic digits: int() reads them, the register must not
        "５４",  # full-width digits
        "৫৪",  # Bengali digits
        "5_4",  # int() reads this as 54 too
        "0",
        "-3",
        "+3",
        "54.0",
        "năm tư",
        "",
        "54/TB-UBND",  # another series' code
        "1000000001",
        "9" * 30,
    ],
)
def test_anything_else_is_refused_with_one_line(text):
    with pytest.raises(InputError) as info:
        parse_number(text, "TB-TCT")
    assert "\n" not in info.value.message and info.value.field == "number"


def test_a_refusal_says_the_rule_and_what_was_given():
    with pytest.raises(InputError) as info:
        parse_number("٥٤")
    assert info.value.message == (
        "Số văn bản phải là số nguyên dương, viết bằng các chữ số 0–9 (đang là «٥٤»)."
    )
    with pytest.raises(InputError) as info:
        parse_number(str(MAX_NUMBER + 1))
    assert info.value.message == "Số văn bản phải từ 1 đến 1.000.000.000 (đang là 1.000.000.001)."


def test_numbers_print_as_the_notice_prints_them():
    assert doc_code("TB", "TCT") == "TB-TCT"
    assert [format_number(n) for n in (5, "05", "54", 100)] == ["05", "05", "54", "100"]
    assert reference(5, "TB-UBND") == "05/TB-UBND"
    notice = dto.NoticeData(number="5", issued=True)
    assert issued_reference(notice) == "05/TB-TCT"
    assert issued_reference(dto.NoticeData(number="5")) == ""
    assert issued_reference(None) == ""
