"""File names proposed by the save dialogs and the batch commands: say what the file is, and
never let the issued notice take the draft's name (or the other way round).

    TB-54-TCT-2021-TP-Lang-Son.pdf           the issued notice 54/TB-TCT of 2021
    Du-thao-TB-TCT-TP-Lang-Son-10-08-2021.pdf  a draft of that notice (session of 10/8/2021)
    Phu-luc-TP-Lang-Son-10-08-2021.xlsx      the inspection's appendix tables
    Tong-hop-nam-2024.xlsx                   the year summary

Names are written without diacritics, words joined by "-", as offices name the files they send:
mail, Zalo and older zip tools often mangle accented names (split accents from macOS, "?" in
old Windows programs). The unit is its short name ("TP Lạng Sơn": app.domain.unit_names). Only
ASCII letters, digits and "-" remain, so a name is valid on Windows and never a reserved device
name (each starts with a label or "TB"), and it is short enough for the old 260-character limit.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.domain.text import nfc
from app.domain.unit_names import short_unit_name

KINDS = {
    "tables": ("Phu-luc", ".xlsx"),
    "summary": ("Tong-hop", ".xlsx"),
    "notice-pdf": ("", ".pdf"),
    "notice-docx": ("", ".docx"),
    "data": ("Du-lieu", ".json"),
}
DRAFT_LABEL = "Du-thao"
MAX_STEM = 120
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")


def suggest_file_name(
    kind: str,
    unit_name: str,
    date: dt.date | int | None,
    *,
    number: str = "",
    doc_type: str = "TB",
    issuer_code: str = "TCT",
    draft: bool | None = None,
) -> str:
    """A proposed file name for an export.

    *kind* is one of KINDS; *date* is the session date (written dd-mm-yyyy) or, for a year
    summary, the year; for an issued notice it is the issue date, whose year the name carries.
    A notice with a *number* is the issued one unless *draft* is True; without a number, or with
    *draft* True, it is a draft:
    suggest_file_name("notice-pdf", "UBND thành phố Lạng Sơn", date(2021, 8, 11), number="54")
    → "TB-54-TCT-2021-TP-Lang-Son.pdf";
    suggest_file_name("notice-pdf", "UBND thành phố Lạng Sơn", date(2021, 8, 10))
    → "Du-thao-TB-TCT-TP-Lang-Son-10-08-2021.pdf".
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind: {kind!r}")
    label, extension = KINDS[kind]
    unit = ascii_name(short_unit_name(unit_name))
    if isinstance(date, dt.date):
        when = f"{date:%d-%m-%Y}"
    elif isinstance(date, int):
        when = f"nam-{date}"
    else:
        when = ""
    if kind.startswith("notice"):
        code = ascii_name(f"{doc_type}-{issuer_code}") or "TB"
        number_part = ascii_name(str(number))
        issued = bool(number_part) if draft is None else not draft and bool(number_part)
        if issued:
            year = str(date.year if isinstance(date, dt.date) else date or "")
            head, _sep, tail = code.partition("-")
            parts = [head, number_part, tail, year, unit]
        else:
            parts = [DRAFT_LABEL, code, unit, when]
    else:
        parts = [label, unit, when]
    stem = "-".join(p for p in parts if p)
    return f"{_shorten(stem)}{extension}"


def ascii_name(text: str) -> str:
    """*text* as a file-name part: no diacritics (đ → d), words joined by "-"."""
    decomposed = unicodedata.normalize("NFD", nfc(text or "").replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_NAME.sub("-", plain).strip("-")


def _shorten(stem: str) -> str:
    if len(stem) <= MAX_STEM:
        return stem
    # Keep the end: it carries the date (or the year) that tells two files apart.
    head, tail = stem[: MAX_STEM - 11], stem[-10:]
    return f"{head.rstrip('-')}-{tail.lstrip('-')}"
