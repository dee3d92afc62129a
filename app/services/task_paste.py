"""Reading assigned tasks pasted from a spreadsheet (tab-separated text, as Excel copies it).

The paste goes through the same reader as the import of a file (app.taskimport): columns are
mapped by their header when the selection has one ("Nội dung", "Văn bản", "Thời hạn", "Ngày
hoàn thành"… in any order, any number), else by what the cells hold. A leading STT column is
recognised, totals lines and group headings are left out. A status word that differs from the
status derived from the dates becomes an override with the reason OVERRIDE_REASON.

Nothing here refuses the whole paste: a row with another number of columns than the others, or
a cell that does not read, is left out with a Vietnamese message in `problems`; a deadline
shaped like a date that is not one is kept as typed and flagged (app.domain.task_dates).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace

from app.dto import TaskData
from app.taskimport.content_guess import guess_layout
from app.taskimport.csv_reader import table_from_text
from app.taskimport.layout import Layout, find_layout
from app.taskimport.plan import Action, plan_import
from app.taskimport.rows import CellProblem, read_rows
from app.taskimport.sheet import Sheet

OVERRIDE_REASON = "nhập từ bảng tính"


@dataclass
class PastedTasks:
    tasks: list[TaskData] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was left out or kept unread
    notes: list[str] = field(default_factory=list)  # what was read, and how


def parse_pasted_tasks(text: str, cutoff: dt.date | None) -> PastedTasks:
    """Tasks from pasted spreadsheet rows, and what could not be read (see the module doc)."""
    result = PastedTasks()
    sheet = table_from_text(text, "", "\t")
    if not sheet.rows:
        return result
    layout = find_layout(sheet)
    data = Sheet("", sheet.rows[layout.data_from :] if layout else sheet.rows)
    if not data.rows:
        return result
    first = data.rows[0].number

    def line(number: int) -> int:
        return number - first + 1

    data = _same_width(data, line, result)
    layout = replace(layout, data_from=0) if layout else guess_layout(data)
    if layout is None:
        result.problems.append(
            "Không nhận ra cột nội dung nhiệm vụ trong các dòng đã sao chép; hãy sao chép cả "
            "dòng tiêu đề của bảng."
        )
        return result
    plan = plan_import(read_rows(data, layout), [], cutoff, True, OVERRIDE_REASON)
    for row in plan.rows:
        reading = row.reading
        if row.action == Action.NOT_TASK:
            continue
        if row.action != Action.ADD:
            result.problems += [
                f"{_cell(p, layout, line)}; dòng này không được dán." for p in reading.blocking
            ] or [f"Dòng {line(row.number)}: {row.reasons[0]}"]
            continue
        result.tasks.append(row.task)
        result.problems += [
            f"{_cell(p, layout, line)}; giữ nguyên chữ đã dán, chưa tính vào số liệu cho tới khi "
            "sửa."
            for p in reading.problems
        ]
        result.problems += [f"{_cell(n, layout, line)}." for n in reading.notes]
        if row.disagrees:
            result.notes.append(_disagreement(row, line(row.number)))
    return result


def _same_width(data: Sheet, line, result: PastedTasks) -> Sheet:
    """The rows with the usual number of columns; the others are reported and left out."""
    width = Counter(len(r.cells) for r in data.rows).most_common(1)[0][0]
    kept = []
    for row in data.rows:
        if len(row.cells) == width:
            kept.append(row)
            continue
        what = "thiếu" if len(row.cells) < width else "thừa"
        result.problems.append(
            f"Dòng {line(row.number)}: {what} cột (có {len(row.cells)} cột, các dòng khác có "
            f"{width}); dòng này không được dán."
        )
    return Sheet("", kept)


def _cell(problem: CellProblem, layout: Layout, line) -> str:
    header = layout.columns[problem.column].header or problem.field.label
    return f"Dòng {line(problem.row)}, cột «{header}»: {problem.message}"


def _disagreement(row, number: int) -> str:
    written = row.reading.status_text
    if row.task.status_override:
        return (
            f"Dòng {number}: trạng thái «{written}» khác trạng thái tính từ các ngày "
            f"(«{row.derived.label}»); đã ghi là điều chỉnh, lý do «{OVERRIDE_REASON}»."
        )
    kept = f"giữ trạng thái tính từ các ngày («{row.derived.label}»)"
    if row.reading.status_words.has_canonical_status:  # done, without saying when
        return (
            f"Dòng {number}: trạng thái «{written}» không nói đúng hạn hay quá hạn và không có "
            f"ngày hoàn thành; {kept}, hãy nhập ngày hoàn thành."
        )
    return (
        f"Dòng {number}: trạng thái «{written}» không có trong các trạng thái dùng trong thông "
        f"báo; {kept}."
    )
