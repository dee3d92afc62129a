"""What each column means when rows come without a header (a selection copied from Excel):
guessed from what the cells hold.

Each column is classed by most of its cells: serial numbers, dates (or "Thường xuyên"),
status wording, document references ("01/CTr-UBND"), the leader or body that assigned the task
("UBND tỉnh", "Phó Chủ tịch UBND tỉnh"), or free text. The first date column is the deadline and
the second the completion date; the first free-text column is the content, the next ones the
result and the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.status_words import read_status_words
from app.domain.task_dates import read_deadline
from app.domain.text import fold
from app.taskimport.fields import Field
from app.taskimport.layout import ColumnInfo, Layout
from app.taskimport.rows import as_date
from app.taskimport.sheet import CellValue, Sheet, cell_text

_SAMPLE_ROWS = 50
_SERIAL = re.compile(r"[0-9]{1,3}\.?|[ivxIVX]{1,5}\.?|[a-zA-Z][.)]")
_DOCUMENT = re.compile(r"[0-9]+/[0-9]*[A-Za-zĐđ]")
_NO_DEADLINE = ("thuong xuyen", "khong thoi han", "khong co thoi han", "hang nam", "hang quy")
_LEADERS = ("ubnd", "uy ban", "chu tich", "lanh dao", "hdnd", "tinh uy", "bi thu", "giam doc")


def _is_serial(value: CellValue, text: str) -> bool:
    return isinstance(value, int) or bool(_SERIAL.fullmatch(text))


def _is_date(value: CellValue, text: str) -> bool:
    if as_date(value) is not None:
        return True
    reading = read_deadline(text)
    return reading.date is not None or bool(reading.problem) or fold(text) in _NO_DEADLINE


def _is_status(value: CellValue, text: str) -> bool:
    return read_status_words(text) is not None


def _is_document(value: CellValue, text: str) -> bool:
    return bool(_DOCUMENT.search(text))


def _is_leader(value: CellValue, text: str) -> bool:
    folded = fold(text)
    return len(folded.split()) <= 6 and any(word in folded for word in _LEADERS)


_KINDS: tuple[tuple[str, Callable[[CellValue, str], bool], float], ...] = (
    ("serial", _is_serial, 0.9),
    ("date", _is_date, 0.6),
    ("status", _is_status, 0.6),
    ("document", _is_document, 0.5),
    ("leader", _is_leader, 0.6),
)


def _kind(values: list[CellValue]) -> str:
    cells = [(v, cell_text(v)) for v in values]
    cells = [(v, t) for v, t in cells if t]
    if not cells:
        return "empty"
    for name, test, share in _KINDS:
        if sum(1 for v, t in cells if test(v, t)) >= share * len(cells):
            return name
    return "text"


def guess_layout(sheet: Sheet) -> Layout | None:
    """The layout of header-less rows; None when no column can be the content."""
    rows = sheet.rows[:_SAMPLE_ROWS]
    kinds = [_kind([r.get(i) for r in rows]) for i in range(sheet.width)]
    fields = [Field.IGNORE] * len(kinds)
    dates = iter((Field.DEADLINE, Field.COMPLETED))
    singles = {"serial": Field.SERIAL, "status": Field.STATUS, "document": Field.SOURCE,
               "leader": Field.ASSIGNED_BY}  # fmt: skip
    for i, kind in enumerate(kinds):
        if kind == "date":
            fields[i] = next(dates, Field.IGNORE)
        elif kind in singles and singles[kind] not in fields:
            fields[i] = singles[kind]
    if "text" not in kinds:
        return None
    content = kinds.index("text")
    fields[content] = Field.CONTENT
    rest = iter((Field.RESULT, Field.NOTE))
    for i in range(content + 1, len(kinds)):
        if kinds[i] in ("text", "empty"):
            fields[i] = next(rest, Field.IGNORE)
    columns = tuple(ColumnInfo(i, "", f) for i, f in enumerate(fields))
    return Layout((), 0, columns)
