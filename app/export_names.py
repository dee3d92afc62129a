"""File names proposed by the save dialogs: Vietnamese, readable, and valid on Windows.

The names keep their diacritics ("Phụ lục - UBND thành phố Lạng Sơn - 10-08-2021.xlsx"): Windows,
macOS and Linux all store Unicode names, and a secretary finds her files by the words she reads.
They are NFC (macOS and zip tools otherwise show split accents), without the characters Windows
refuses (/ \\ : * ? " < > | and control characters), without a trailing dot or space, and short
enough to stay well inside the 260-character path limit of older Windows programs. A name always
starts with the kind's label ("Phụ lục", "Tổng hợp"…), so it can never be one of the reserved
device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9).
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain.text import nfc

KINDS = {
    "tables": ("Phụ lục", ".xlsx"),
    "summary": ("Tổng hợp", ".xlsx"),
    "notice-pdf": ("Thông báo kết luận", ".pdf"),
    "notice-docx": ("Thông báo kết luận", ".docx"),
    "data": ("Dữ liệu", ".json"),
}
MAX_STEM = 120
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")


def suggest_file_name(kind: str, unit_name: str, date: dt.date | int | None) -> str:
    """A proposed file name for an export.

    *kind* is one of KINDS ("tables", "summary", "notice-pdf", "notice-docx", "data"); *date* is
    the session date (written dd-mm-yyyy) or, for a year summary, the year:
    suggest_file_name("tables", "UBND thành phố Lạng Sơn", date(2021, 8, 10))
    → "Phụ lục - UBND thành phố Lạng Sơn - 10-08-2021.xlsx";
    suggest_file_name("summary", "", 2024) → "Tổng hợp - năm 2024.xlsx".
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind: {kind!r}")
    label, extension = KINDS[kind]
    if isinstance(date, dt.date):
        when = f"{date:%d-%m-%Y}"
    elif isinstance(date, int):
        when = f"năm {date}"
    else:
        when = ""
    unit = safe_name_part(unit_name)[: MAX_STEM - len(label) - len(when) - 6].rstrip(". ")
    stem = " - ".join(p for p in (label, unit, when) if p)
    return f"{stem}{extension}"


def safe_name_part(text: str) -> str:
    """User text made safe inside a file name: forbidden characters become spaces, runs of
    spaces one space, no leading or trailing dots and spaces."""
    cleaned = _FORBIDDEN.sub(" ", nfc(text or ""))
    return _SPACES.sub(" ", cleaned).strip(". ")
