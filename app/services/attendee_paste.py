"""Attendees pasted into Thành phần: one person per line, as copied from Excel or Word.

A line holds a name and a title, either in two tab-separated cells ("Nguyễn Văn A<Tab>Chủ tịch
UBND") or written "Nguyễn Văn A - Chủ tịch UBND" / "Nguyễn Văn A, Chủ tịch UBND". A leading STT
cell and a header row ("Họ tên", "Chức vụ") are skipped; a third cell goes to the role. A line
without a title that does not look like a name ("Đại diện các phòng chuyên môn") is kept as a
group text.
"""

from __future__ import annotations

import csv
import io
import re

from app.domain.text import fold, nfc
from app.dto import AttendeeData

_SERIAL = re.compile(r"[0-9]{1,3}[.)]?")
_SPLIT = re.compile(r"\s+[-–]\s+|,\s+")
_HEADER_WORDS = ("stt", "ho ten", "ho va ten", "chuc vu")
_GROUP_WORDS = ("dai dien", "lanh dao", "cac ", "thanh vien", "cong chuc", "vien chuc")


def _cells(line: list[str]) -> list[str]:
    cells = [c.strip() for c in line if c.strip()]
    if cells and _SERIAL.fullmatch(cells[0]):
        cells = cells[1:]
    if len(cells) == 1:
        cells = [part.strip() for part in _SPLIT.split(cells[0], maxsplit=1)]
    return cells


def attendees_from_text(text: str, side: str) -> list[AttendeeData]:
    """The attendees on *side* read from pasted text (empty lines and a header skipped)."""
    reader = csv.reader(io.StringIO(nfc(text or "")), delimiter="\t", quotechar='"')
    people = []
    for line in reader:
        cells = _cells(line)
        if not cells or any(fold(c).startswith(_HEADER_WORDS) for c in cells):
            continue
        name, title, role = (cells + ["", ""])[:3]
        if not title and fold(name).startswith(_GROUP_WORDS):
            people.append(AttendeeData(side=side, group_text=name))
        else:
            people.append(AttendeeData(side=side, person_name=name, person_title=title, role=role))
    return people
