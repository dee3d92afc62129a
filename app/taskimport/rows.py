"""Reading the rows under a table's header into tasks, cell by cell, with what went wrong where.

Rows that are not tasks are recognised and said so: the totals line ("Tổng cộng", "Tổng số"),
group headings ("I", "A" in the numbering column, or a content in capitals and nothing else),
the signature lines under the table, rows hidden in the file. A cell that cannot be read makes
a CellProblem naming its row and column; the one kind that still lets the task in is a deadline
shaped like a date that is not one: it is kept as written and flagged (app.domain.task_dates).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.domain.dates import inline_date
from app.domain.errors import InputError
from app.domain.status_words import StatusWords, read_status_words
from app.domain.task_dates import read_completion, read_deadline
from app.domain.text import fold, nfc
from app.dto import TaskData
from app.taskimport.fields import Field
from app.taskimport.layout import Layout
from app.taskimport.sheet import CellValue, Row, Sheet, Unreadable, cell_text, column_letter

_TOTALS = re.compile(r"(tong cong|tong so|tong|cong)(\s*[:(]|\s*$|\s+[0-9]|\s+(so|co|nhiem vu))")
_GROUP_NUMBER = re.compile(r"[ivxlcIVXLC]{1,6}|[a-zA-Z]|[0-9]{1,2}\)?")
_FOOTER = ("nguoi lap", "thu truong", "ky ten", "ky, ghi ro", "noi nhan", "xac nhan cua")
# Excel serial numbers of 1 January 1990 and 31 December 2100: other numbers are not dates.
_SERIALS = (32874, 73415)
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0 (Excel's 1900 leap-year slip is before 1990)
_TEXT_FIELDS = (Field.CONTENT, Field.SOURCE, Field.ASSIGNED_BY, Field.RESULT, Field.NOTE)
# The fields that make a row look like a task rather than a note under the table.
_TASK_FIELDS = frozenset(
    (Field.SOURCE, Field.DOC_DATE, Field.ASSIGNED_BY, Field.DEADLINE, Field.COMPLETED, Field.STATUS)
)


@dataclass(frozen=True)
class CellProblem:
    """A cell that cannot be read (or, in RowReading.notes, one worth a word)."""

    row: int
    column: int
    field: Field
    message: str
    kept: bool = False  # True: the task is still imported, with the text kept as written

    @property
    def text(self) -> str:
        """ "Dòng 12, cột F: Ngày «31/02/2025» không tồn tại"."""
        return f"Dòng {self.row}, cột {column_letter(self.column)}: {self.message}"


@dataclass
class RowReading:
    number: int
    task: TaskData | None = None  # None: the row is not a task (see `not_task`)
    not_task: str = ""  # why the row is not a task ("dòng tổng cộng", …)
    hidden: bool = False
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[CellProblem] = field(default_factory=list)  # read, but worth saying how
    status_text: str = ""  # the status as written in the file
    status_words: StatusWords | None = None
    fields: frozenset[Field] = frozenset()  # the fields this row gave a value for
    doc_date: dt.date | None = None

    @property
    def blocking(self) -> list[CellProblem]:
        """Problems that keep the row out."""
        return [p for p in self.problems if not p.kept]


def _text(value: CellValue) -> str:
    """A cell as text, keeping the line breaks inside it."""
    if isinstance(value, str):
        lines = [" ".join(line.split()) for line in nfc(value).split("\n")]
        return "\n".join(line for line in lines if line)
    return nfc(cell_text(value))


def as_date(value: CellValue) -> dt.date | None:
    """A date from a real Excel date or an Excel serial number; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIALS[0] <= value <= _SERIALS[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    return None


def read_rows(sheet: Sheet, layout: Layout) -> list[RowReading]:
    """One reading per non-empty row under the header."""
    columns = {c.field: c.index for c in layout.columns if c.field != Field.IGNORE}
    readings = []
    rows = sheet.rows[layout.data_from :]
    for row in rows:
        values = {f: row.get(i) for f, i in columns.items()}
        if all(_text(v) == "" and not isinstance(v, Unreadable) for v in values.values()):
            continue
        readings.append(_reading(row, values, columns))
    _mark_unnumbered(readings, rows, columns.get(Field.SERIAL))
    return readings


def _not_task(values: dict[Field, CellValue]) -> str:
    content = _text(values.get(Field.CONTENT))
    serial = _text(values.get(Field.SERIAL))
    first = fold(content or serial or next((_text(v) for v in values.values() if _text(v)), ""))
    if _TOTALS.match(first) and (not serial or fold(serial) == first):
        return "dòng tổng cộng"
    others = [f for f, v in values.items() if f not in (Field.CONTENT, Field.SERIAL) and _text(v)]
    if not content:
        return "không có nội dung nhiệm vụ"
    if fold(content).startswith(_FOOTER):
        return "dòng chữ ký, không phải nhiệm vụ"
    if not others:
        if serial and _GROUP_NUMBER.fullmatch(serial) and not serial.isdigit():
            return "tiêu đề nhóm nhiệm vụ"
        if content.upper() == content and any(ch.isalpha() for ch in content):
            return "tiêu đề nhóm nhiệm vụ"
    return ""


def _reading(row: Row, values: dict[Field, CellValue], columns: dict[Field, int]) -> RowReading:
    reading = RowReading(row.number, hidden=row.hidden)
    if not isinstance(values.get(Field.CONTENT), Unreadable):  # else: reported below
        reading.not_task = _not_task(values)
    if reading.not_task:
        return reading
    task = TaskData()
    given = set()
    for f, value in values.items():
        column = columns[f]
        if isinstance(value, Unreadable):
            if f != Field.SERIAL:  # a numbering formula without its value stops nothing
                reading.problems.append(CellProblem(row.number, column, f, value.message))
            continue
        if _text(value) == "" or f in (Field.SERIAL, Field.IGNORE):
            continue
        given.add(f)
        if f in _TEXT_FIELDS:
            setattr(task, f.value, _text(value))
        elif f == Field.DEADLINE:
            _deadline(task, value, reading, column)
        elif f == Field.COMPLETED:
            _completed(task, value, reading, column)
        elif f == Field.DOC_DATE:
            _doc_date(value, reading, column)
        elif f == Field.STATUS:
            reading.status_text = _text(value)
            reading.status_words = read_status_words(reading.status_text)
            if reading.status_words is None:
                reading.notes.append(
                    CellProblem(
                        row.number,
                        column,
                        f,
                        f"không nhận ra «{reading.status_text}»; dùng trạng thái tính từ các ngày",
                    )
                )
    if reading.doc_date is not None:
        task.source_doc = _with_date(task.source_doc, reading.doc_date)
    reading.task = task
    reading.fields = frozenset(given)
    return reading


def _deadline(task: TaskData, value: CellValue, reading: RowReading, column: int) -> None:
    date = as_date(value)
    if date is not None:
        task.deadline = date
        return
    text = _text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        reading.problems.append(
            CellProblem(reading.number, column, Field.DEADLINE, f"«{text}» không phải là ngày")
        )
        return
    deadline = read_deadline(text)
    task.deadline, task.deadline_text = deadline.date, deadline.wording
    if deadline.problem:
        reading.problems.append(
            CellProblem(reading.number, column, Field.DEADLINE, deadline.problem, kept=True)
        )
    elif deadline.date is None and fold(text) not in ("thuong xuyen", "khong thoi han"):
        reading.notes.append(
            CellProblem(
                reading.number,
                column,
                Field.DEADLINE,
                f"«{text}» không phải là một ngày; ghi là thời hạn bằng lời, nhiệm vụ tính là "
                "không có thời hạn",
            )
        )


def _completed(task: TaskData, value: CellValue, reading: RowReading, column: int) -> None:
    date = as_date(value)
    if date is None:
        text = _text(value)
        try:
            if isinstance(value, int | float) and not isinstance(value, bool):
                raise InputError(f"«{text}» không phải là ngày")
            date = read_completion(text)
        except InputError as error:
            reading.problems.append(
                CellProblem(reading.number, column, Field.COMPLETED, error.message)
            )
            return
    task.completed_on = date


def _doc_date(value: CellValue, reading: RowReading, column: int) -> None:
    date = as_date(value)
    if date is None:
        try:
            date = read_completion(_text(value))
        except InputError as error:
            reading.problems.append(
                CellProblem(reading.number, column, Field.DOC_DATE, error.message)
            )
            return
    reading.doc_date = date


def _with_date(source: str, date: dt.date) -> str:
    """ "01/CTr-UBND" and 05/01/2021 → "01/CTr-UBND ngày 05/01/2021" (unless already dated)."""
    written = inline_date(date)
    if not source or written in source or date.strftime("%d/%m/%Y") in source:
        return source
    return f"{source} ngày {written}".strip()


def _mark_unnumbered(readings: list[RowReading], rows: list[Row], serial: int | None) -> None:
    """Where nearly every task row is numbered, a row without a number is not a task (a note
    or a signature under the table): it is listed as such instead of imported."""
    if serial is None:
        return
    by_number = {r.number: r for r in rows}
    tasks = [r for r in readings if r.task is not None]
    numbered = {r.number for r in tasks if cell_text(by_number[r.number].get(serial))}
    if len(tasks) < 4 or len(numbered) * 10 < len(tasks) * 9:
        return
    for reading in tasks:
        if reading.number not in numbered and not (reading.fields & _TASK_FIELDS):
            reading.task, reading.not_task = None, "không có số thứ tự, không phải nhiệm vụ"
