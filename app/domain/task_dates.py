"""Reading a task's deadline as it is typed or written in a file, and what a bad one means.

A deadline is a date ("30/6/2025"), words that say there is none or name no day ("Thường
xuyên", "Quý IV/2025"), or words around one date ("Trước ngày 30/6/2025"). Text shaped like a
date that is not one ("31/02/2026", "15/3") is kept as typed in `deadline_text`, so nothing
typed is lost, and the task is left out of the counts until the date is corrected: counting it
as "thường xuyên" would silently change the figures of the notice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.dates import parse_date
from app.domain.errors import InputError
from app.domain.text import nfc
from app.dto import TaskData

_DAY_WORD = re.compile(r"^ngày\s+", re.IGNORECASE)
# A whole text shaped like a date: day/month, day/month/year, or ISO.
_DATE_SHAPED = re.compile(
    r"[0-9]{1,2}\s*([/.-])\s*[0-9]{1,2}(\s*\1\s*[0-9]{1,4})?"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
)
# A full date inside words ("Trước ngày 30/6/2025").
_DATE_INSIDE = re.compile(r"(?<![0-9/.-])[0-9]{1,2}([/.-])[0-9]{1,2}\1[0-9]{2,4}(?![0-9/.-])")


@dataclass(frozen=True)
class DeadlineReading:
    date: dt.date | None
    wording: str  # what to keep in deadline_text: "" for a plain date
    problem: str = ""  # a Vietnamese message when the text looks like a date but is not one


def read_deadline(text: str) -> DeadlineReading:
    """Read a deadline as typed (see the module doc)."""
    cleaned = " ".join(nfc(text).split())
    if not cleaned:
        return DeadlineReading(None, "")
    bare = _DAY_WORD.sub("", cleaned)
    try:
        return DeadlineReading(parse_date(bare), "")
    except InputError as error:
        if _DATE_SHAPED.fullmatch(bare):
            return DeadlineReading(None, cleaned, error.message)
    dates = []
    for match in _DATE_INSIDE.finditer(cleaned):
        try:
            dates.append(parse_date(match.group(0)))
        except InputError as error:
            return DeadlineReading(None, cleaned, error.message)
    if len(dates) == 1:
        return DeadlineReading(dates[0], cleaned)
    return DeadlineReading(None, cleaned)


def read_completion(text: str) -> dt.date | None:
    """Read a completion date as typed ("20/3/2021", "ngày 20/3/2021"); raises InputError."""
    cleaned = " ".join(nfc(text).split())
    return parse_date(_DAY_WORD.sub("", cleaned)) if cleaned else None


def deadline_problem(task: TaskData) -> str:
    """Why the task's deadline does not read ("" when it does): kept as typed, not counted."""
    if task.deadline is not None or not task.deadline_text.strip():
        return ""
    return read_deadline(task.deadline_text).problem


def counted(tasks: Iterable[TaskData]) -> list[TaskData]:
    """The tasks that take part in the counts: all but those whose deadline does not read."""
    return [t for t in tasks if not deadline_problem(t)]


def require_readable_deadlines(tasks: Iterable[TaskData]) -> None:
    """Refuse (InputError) to issue a notice while a task's deadline does not read: its counts
    would leave that task out, and an issued notice is never corrected."""
    for number, task in enumerate(tasks, start=1):
        if problem := deadline_problem(task):
            raise InputError(
                f"Nhiệm vụ thứ {number} có thời hạn «{task.deadline_text.strip()}» chưa đọc được "
                f"({problem.rstrip('.')}); hãy sửa trước khi ban hành thông báo.",
                field="tasks",
            )
