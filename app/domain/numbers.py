"""Vietnamese number writing: decimal comma, thousands dot, percentages and counts.

All rounding is half-up with `Decimal` (DESIGN §6): 83,335 → 83,34, never banker's rounding.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import InputError
from app.domain.register import doc_code, reference

_HUNDREDTH = Decimal("0.01")
_DIGITS = re.compile("[0-9]+")
# "1.250" or "10.278.000": a dot between groups of three digits. A leading zero ("0.125") cannot
# start such a group, so that reads as a decimal point.
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_DRAFT_NUMBER_BLANK = " " * 6
# The most digits a figure may have (integer and fraction together): far beyond any budget in
# đồng, and the figure still fits the database column as exact text.
MAX_DIGITS = 30


def digit_count(value: Decimal) -> int:
    """How many digits `value` is written with in plain notation, trailing zeros of the fraction
    not counted: Decimal("12345678901234.56789") → 19, Decimal("0.001") → 4, 10^400 → 401."""
    _, digits, exponent = value.normalize().as_tuple()
    if not isinstance(exponent, int):  # infinity, NaN
        return 0
    if exponent >= 0:
        return len(digits) + exponent
    return max(len(digits), -exponent + 1)


def format_number(value: Decimal | int, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way: 10278 → "10.278", Decimal("46.4") → "46,4".

    Without `decimals` a Decimal keeps the digits it was given ("98.70" → "98,70"); with it the
    value is rounded half-up to that many decimals.
    """
    if isinstance(value, float):
        raise TypeError("format_number needs a Decimal or an int, not a float")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if number.is_signed() and not number.is_zero() else ""  # never "-0"
    whole, _, fraction = format(number.copy_abs(), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def parse_number(text: str) -> Decimal:
    """Read a number typed by a user: "46,4", "10.278", "1.250,5", "  98,7 ", "-3".

    The comma is the decimal separator and dots group thousands. Plain "46.4" is also read, as a
    decimal point, when it cannot be a thousands dot: one dot not followed by exactly three digits
    ("1.250" is one thousand two hundred and fifty, "1.25" is one and a quarter).
    """
    cleaned = text.strip()
    if not cleaned:
        raise InputError("Chưa nhập số")
    sign = "-" if cleaned.startswith("-") else ""
    body = cleaned[1:] if cleaned[0] in ("+", "-") else cleaned
    fraction: str | None = None
    if "," in body:
        body, _, fraction = body.partition(",")
    elif body.count(".") == 1 and not _GROUPED.fullmatch(body):
        body, _, fraction = body.partition(".")
    if _GROUPED.fullmatch(body):
        body = body.replace(".", "")
    if not _DIGITS.fullmatch(body) or (fraction is not None and not _DIGITS.fullmatch(fraction)):
        raise InputError(f"«{cleaned}» không phải là số hợp lệ")
    value = Decimal(f"{sign}{body}.{fraction}" if fraction is not None else f"{sign}{body}")
    if digit_count(value) > MAX_DIGITS:
        raise InputError(f"«{cleaned}» có quá nhiều chữ số (tối đa {MAX_DIGITS})")
    return value


def percent(numerator: Decimal | int | None, denominator: Decimal | int | None) -> Decimal | None:
    """numerator / denominator × 100, unrounded; None when either is missing or the base is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return Decimal(numerator) * 100 / Decimal(denominator)


def _round_percent(p: Decimal | int) -> Decimal:
    return Decimal(p).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def format_percent_prose(p: Decimal | int) -> str:
    """A percentage in running text: at most 2 decimals, trailing zeros dropped: "75%", "83,33%"."""
    rounded = _round_percent(p)
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    else:
        rounded = rounded.normalize()  # 83.30 → 83.3; never exponent form for a non-integer
    return f"{format_number(rounded)}%"


def format_percent_table(p: Decimal | int) -> str:
    """A percentage in a table cell: always 2 decimals, no "%": "75,00", "79,31"."""
    return format_number(_round_percent(p))


def format_count_prose(n: int) -> str:
    """A count in official prose: 1–9 are written "01"…"09", others plainly ("34").

    Zero is written "0": "00" reads as a typing slip, and the generated sentences word a zero
    count without a number anyway ("chưa hoàn thành nhiệm vụ nào"). Tables and ratios ("8/9")
    never pad; use str(n) there.
    """
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")
    return f"{n:02d}" if 1 <= n <= 9 else str(n)


def number_line(number: str | int | None, doc_type: str, issuer_code: str) -> str:
    """The "Số, ký hiệu" line of a document (ND30 ô 3): "Số: 41/TB-TCT", "Số: 05/TB-TCT".

    Numbers below 10 take a leading zero. A draft has no number yet: an empty or None number
    leaves a blank for the records clerk to fill in by hand ("Số:      /TB-UBND").
    """
    text = str(number).strip() if number is not None else ""
    code = doc_code(doc_type, issuer_code)
    return f"Số: {reference(text, code)}" if text else f"Số:{_DRAFT_NUMBER_BLANK}/{code}"
