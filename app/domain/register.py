"""The group's notice-number register: document codes, which numbers are valid, how they print.

Issuing (app/services/register.py), the data file import (app/services/transfer.py), the issue
page and the command line all read and write numbers through these functions.
"""

from __future__ import annotations

import re
from typing import Protocol

from app.domain.errors import InputError

MAX_NUMBER = 10**9

# ASCII digits only ("[0-9]", never "\d": "٥٤" must not become 54), optionally followed by the
# document code the number belongs to ("54/TB-TCT").
_NUMBER = re.compile(r"\s*([0-9]+)\s*(?:/\s*(\S*)\s*)?")
_SHOWN = 20  # characters of a refused value echoed in the message


class NoticeNumber(Protocol):
    """What the register reads of a notice (models.Notice and dto.NoticeData both fit)."""

    doc_type: str
    issuer_code: str
    number: str
    issued: bool


def doc_code(doc_type: str, issuer_code: str) -> str:
    """The register series a notice belongs to: "TB-TCT", "TB-UBND"."""
    return f"{doc_type}-{issuer_code}"


def check_number(number: int) -> int:
    """*number* when it can be a register number (1 to MAX_NUMBER), else InputError."""
    if not 1 <= number <= MAX_NUMBER:
        raise InputError(
            f"Số văn bản phải từ 1 đến {MAX_NUMBER:,} (đang là {number:,}).".replace(",", "."),
            field="number",
        )
    return number


def parse_number(text: str, code: str = "") -> int:
    """A register number typed or imported: "54", " 054 ", or "54/TB-TCT" when *code* is
    "TB-TCT". Only the digits 0–9 count; anything else is refused with InputError."""
    match = _NUMBER.fullmatch(text)
    if match is None or (match[2] is not None and match[2].upper() != code.upper()):
        shown = " ".join(text.split())
        if len(shown) > _SHOWN:
            shown = shown[:_SHOWN] + "…"
        raise InputError(
            "Số văn bản phải là số nguyên dương, viết bằng các chữ số 0–9"
            + (f" (đang là «{shown}»)." if shown else "."),
            field="number",
        )
    return check_number(int(match[1]))


def format_number(number: int | str) -> str:
    """A number as the register prints it: below 10 with a leading zero ("05"), as ND30 writes
    it. Text that is not a number (a legacy value) is printed as it is."""
    text = str(number).strip()
    if not (text.isascii() and text.isdigit()):
        return text
    value = int(text)
    return f"{value:02d}" if 1 <= value <= 9 else str(value)


def reference(number: int | str, code: str) -> str:
    """ "54/TB-TCT", "05/TB-TCT"."""
    return f"{format_number(number)}/{code}"


def issued_reference(notice: NoticeNumber | None) -> str:
    """The number and code of an issued notice ("54/TB-TCT"), "" for a draft or no notice."""
    if notice is None or not notice.issued or not notice.number:
        return ""
    return reference(notice.number, doc_code(notice.doc_type, notice.issuer_code))
