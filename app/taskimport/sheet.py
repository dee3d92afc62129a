"""What a reader hands on: the sheets of a file as rows of plain cell values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unreadable:
    """A cell whose value cannot be read: a formula without a cached value, an Excel error."""

    message: str  # Vietnamese, without the cell reference ("công thức «=E8+30» chưa có giá trị")


CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | Unreadable | None


@dataclass(frozen=True)
class Row:
    number: int  # the row number the user sees in Excel (a record number for CSV)
    cells: tuple[CellValue, ...]
    hidden: bool = False

    def get(self, column: int) -> CellValue:
        return self.cells[column] if 0 <= column < len(self.cells) else None


@dataclass
class Sheet:
    name: str
    rows: list[Row] = field(default_factory=list)
    hidden_columns: frozenset[int] = frozenset()  # 0-based column indexes
    hidden: bool = False
    too_long: bool = False  # more rows than a reader reads: not taken as a list of tasks

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


MAX_ROWS = 10_000  # a list of tasks has tens of rows; a longer sheet is not one


def column_letter(index: int) -> str:
    """The Excel letter of a 0-based column: 0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_text(value: CellValue) -> str:
    """A cell as one line of text, the way a person would read it (dates day first)."""
    if value is None or isinstance(value, Unreadable):
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
