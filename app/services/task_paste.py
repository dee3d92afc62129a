"""Reading assigned tasks pasted from a spreadsheet (tab-separated text, as Excel copies it).

Columns, in the order of the editor's task table: nội dung, văn bản giao, lãnh đạo giao, thời
hạn, ngày hoàn thành, then optionally kết quả, ghi chú, trạng thái. A leading STT column and a
header row are recognised and skipped. Dates are day first. A status word that differs from
the status derived from the dates becomes an override with the reason OVERRIDE_REASON.
Nothing here refuses the whole paste: a row with too few or too many columns is left out and a
cell that does not read is left empty, each with a Vietnamese message in `problems`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from app.domain.dates import parse_date
from app.domain.errors import InputError
from app.domain.tasks import derive_status, parse_status_word
from app.domain.text import fold, nfc
from app.dto import TaskData

OVERRIDE_REASON = "nhập từ bảng tính"
FIELDS = ("content", "source_doc", "assigned_by", "deadline", "completed_on", "result", "note")
MIN_COLUMNS = 5
MAX_COLUMNS = len(FIELDS) + 1  # + trạng thái
_HEADER_WORDS = ("stt", "noi dung", "thoi han", "trang thai", "van ban giao")
_SERIAL = re.compile(r"[0-9]{1,4}\.?")
_LOOKS_LIKE_DATE = re.compile(r"[0-9]{1,4}\s*[/.-]")


@dataclass
class PastedTasks:
    tasks: list[TaskData] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _rows(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(nfc(text)), delimiter="\t", quotechar='"')
    return [[cell.strip() for cell in row] for row in reader if any(c.strip() for c in row)]


def _is_header(row: list[str]) -> bool:
    return any(fold(cell).startswith(_HEADER_WORDS) for cell in row)


def _has_serial_column(rows: list[list[str]]) -> bool:
    """True when most rows start with a serial number (STT) before the content."""
    numbered = sum(1 for row in rows if len(row) > 1 and _SERIAL.fullmatch(row[0]))
    return bool(rows) and numbered * 2 >= len(rows)


def _trim(row: list[str]) -> list[str]:
    """Drop empty cells past the last column (a selection wider than the table)."""
    while len(row) > MAX_COLUMNS and not row[-1]:
        row = row[:-1]
    return row


def _date(cell: str, line: int, label: str, problems: list[str]) -> tuple[dt.date | None, str]:
    """(date, wording): a date that does not read is reported and left empty; words that are
    not a date at all ("thường xuyên", "quý IV/2024") are kept as the wording."""
    if not cell:
        return None, ""
    try:
        return parse_date(cell), ""
    except InputError as error:
        if _LOOKS_LIKE_DATE.match(cell):
            problems.append(f"Dòng {line}, cột «{label}»: {error.message}; ô này để trống.")
            return None, ""
        return None, cell


def parse_pasted_tasks(text: str, cutoff: dt.date | None) -> PastedTasks:
    """Tasks from pasted spreadsheet rows, and what could not be read (see the module doc)."""
    result = PastedTasks()
    rows = _rows(text)
    if rows and _is_header(rows[0]):
        rows = rows[1:]
    rows = [_trim(row) for row in rows]
    if _has_serial_column(rows):
        rows = [row[1:] for row in rows]
    for line, row in enumerate(rows, start=1):
        if len(row) < MIN_COLUMNS:
            result.problems.append(
                f"Dòng {line}: thiếu cột (có {len(row)} cột, cần ít nhất {MIN_COLUMNS}: nội dung, "
                "văn bản giao, lãnh đạo giao, thời hạn, ngày hoàn thành); dòng này không được dán."
            )
            continue
        if len(row) > MAX_COLUMNS:
            result.problems.append(
                f"Dòng {line}: thừa cột (có {len(row)} cột, nhiều nhất {MAX_COLUMNS}); "
                "dòng này không được dán."
            )
            continue
        result.tasks.append(_task(row, line, cutoff, result.problems))
    return result


def _task(row: list[str], line: int, cutoff: dt.date | None, problems: list[str]) -> TaskData:
    cells = dict(zip(FIELDS, row, strict=False))
    deadline, deadline_text = _date(cells["deadline"], line, "Thời hạn", problems)
    completed_on, completed_text = _date(cells["completed_on"], line, "Ngày hoàn thành", problems)
    if completed_text:
        problems.append(
            f"Dòng {line}, cột «Ngày hoàn thành»: «{completed_text}» không phải là ngày; "
            "ô này để trống."
        )
    task = TaskData(
        content=cells["content"],
        source_doc=cells["source_doc"],
        assigned_by=cells["assigned_by"],
        deadline=deadline,
        deadline_text=deadline_text,
        completed_on=completed_on,
        result=cells.get("result", ""),
        note=cells.get("note", ""),
    )
    if len(row) == MAX_COLUMNS and row[-1]:
        status = parse_status_word(row[-1])
        if status is None:
            problems.append(
                f"Dòng {line}, cột «Trạng thái»: không nhận ra «{row[-1]}»; "
                "dùng trạng thái tính từ các ngày."
            )
        elif status != derive_status(deadline, completed_on, cutoff):
            task.status_override = status.value
            task.override_reason = OVERRIDE_REASON
    return task
