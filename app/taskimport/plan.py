"""What an import will do to the inspection's tasks, row by row, before anything is written.

A row becomes a new task, updates the task an earlier import brought in (same source document
and content, compared folded, without punctuation or extra spaces), leaves it as it is, or is
skipped with its reason. Only what the file gives is written over: an empty cell never erases
what the secretary typed. The status derived from the dates stays the rule; where the file's
wording disagrees the row says so, and the wording becomes an override (with OVERRIDE_REASON)
only when the user asks for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.status_words import Progress, status_for
from app.domain.task_dates import deadline_problem
from app.domain.tasks import TaskStatus, derive_status
from app.domain.text import fold
from app.dto import TaskData
from app.taskimport.fields import Field
from app.taskimport.rows import CellProblem, RowReading

OVERRIDE_REASON = "theo tệp nhập"
# The task fields each column writes; content and source document identify the task.
_WRITES = {
    Field.ASSIGNED_BY: ("assigned_by",),
    Field.DEADLINE: ("deadline", "deadline_text"),
    Field.COMPLETED: ("completed_on",),
    Field.RESULT: ("result",),
    Field.NOTE: ("note",),
}
FIELD_NAMES = {
    "assigned_by": "lãnh đạo giao",
    "deadline": "thời hạn",
    "deadline_text": "thời hạn",
    "completed_on": "ngày hoàn thành",
    "result": "kết quả",
    "note": "ghi chú",
    "status_override": "trạng thái",
    "override_reason": "trạng thái",
}


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"  # a task row left out (a cell that does not read, a duplicate, hidden)
    NOT_TASK = "not_task"  # a totals line, a group heading, a signature…

    @property
    def label(self) -> str:
        return {
            "add": "Thêm",
            "update": "Cập nhật",
            "unchanged": "Không đổi",
            "skip": "Bỏ qua",
            "not_task": "Không nhập",
        }[self.value]


@dataclass
class PlannedRow:
    reading: RowReading
    action: Action
    task: TaskData | None = None  # the task as it will be (new, or the updated copy)
    target: TaskData | None = None  # the existing task it updates or leaves alone
    changes: dict[str, Any] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)  # Vietnamese, each a whole sentence
    derived: TaskStatus | None = None  # None: not counted (a deadline that does not read)
    disagrees: bool = False  # the file's status wording says otherwise than the dates
    file_status: TaskStatus | None = None  # the canonical status the wording stands for

    @property
    def number(self) -> int:
        return self.reading.number


@dataclass
class ImportPlan:
    rows: list[PlannedRow]

    def count(self, *actions: Action) -> int:
        return sum(1 for r in self.rows if r.action in actions)

    @property
    def added(self) -> int:
        return self.count(Action.ADD)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATE)

    @property
    def left(self) -> int:
        return self.count(Action.UNCHANGED, Action.SKIP)

    def summary(self) -> str:
        """ "Thêm 10, cập nhật 0, bỏ qua 0 nhiệm vụ."."""
        return f"Thêm {self.added}, cập nhật {self.updated}, bỏ qua {self.left} nhiệm vụ."

    def problems(self) -> list[CellProblem]:
        return [p for r in self.rows for p in r.reading.problems]

    def new_tasks(self) -> list[TaskData]:
        return [r.task for r in self.rows if r.action == Action.ADD]

    def updates(self) -> list[tuple[TaskData, dict[str, Any]]]:
        return [(r.target, r.changes) for r in self.rows if r.action == Action.UPDATE]


def match_key(text: str) -> str:
    """Text compared for re-import: folded, words only."""
    return " ".join(re.findall(r"\w+", fold(text)))


class _Index:
    """The existing tasks by (source document, content), and by content alone."""

    def __init__(self, tasks: list[TaskData]):
        self.by_key: dict[tuple[str, str], TaskData] = {}
        self.by_content: dict[str, list[TaskData]] = {}
        for task in tasks:
            key = (match_key(task.source_doc), match_key(task.content))
            self.by_key.setdefault(key, task)
            self.by_content.setdefault(key[1], []).append(task)

    def find(self, task: TaskData) -> TaskData | None:
        source, content = match_key(task.source_doc), match_key(task.content)
        if (source, content) in self.by_key:
            return self.by_key[(source, content)]
        same = self.by_content.get(content, [])
        # One of the two has no source document (a list pasted or typed without it).
        if len(same) == 1 and (not source or not match_key(same[0].source_doc)):
            return same[0]
        return None


def plan_import(
    readings: list[RowReading],
    existing: list[TaskData],
    cutoff: dt.date | None,
    use_file_status: bool = False,
    override_reason: str = OVERRIDE_REASON,
) -> ImportPlan:
    """The plan for *readings* against the inspection's *existing* tasks (left untouched)."""
    index = _Index(existing)
    seen: dict[tuple[str, str], int] = {}
    rows = []
    for reading in readings:
        rows.append(_plan_row(reading, index, seen, cutoff, use_file_status, override_reason))
    return ImportPlan(rows)


def _plan_row(reading, index, seen, cutoff, use_file_status, reason) -> PlannedRow:
    if reading.task is None:
        return PlannedRow(reading, Action.NOT_TASK, reasons=[_capital(reading.not_task) + "."])
    if reading.hidden:
        return PlannedRow(reading, Action.SKIP, reasons=["Dòng bị ẩn trong tệp."])
    if reading.blocking:
        return PlannedRow(reading, Action.SKIP, reasons=[p.text + "." for p in reading.blocking])
    incoming = reading.task
    key = (match_key(incoming.source_doc), match_key(incoming.content))
    if key in seen:
        return PlannedRow(reading, Action.SKIP, reasons=[f"Trùng với dòng {seen[key]}."])
    seen[key] = reading.number
    target = index.find(incoming)
    task = dataclasses.replace(target) if target is not None else dataclasses.replace(incoming)
    if target is not None:
        for f in reading.fields:
            for name in _WRITES.get(f, ()):
                setattr(task, name, getattr(incoming, name))
    planned = PlannedRow(reading, Action.ADD, task=task, target=target)
    planned.reasons += [
        f"{p.text}; giữ nguyên chữ đã ghi, chưa tính vào số liệu." for p in reading.problems
    ]
    planned.reasons += [f"{n.text}." for n in reading.notes]
    _compare_status(planned, cutoff, use_file_status, reason)
    if target is not None:
        planned.changes = {
            f.name: getattr(task, f.name)
            for f in dataclasses.fields(TaskData)
            if f.name != "id" and getattr(task, f.name) != getattr(target, f.name)
        }
        planned.action = Action.UPDATE if planned.changes else Action.UNCHANGED
        if planned.changes:
            named = dict.fromkeys(FIELD_NAMES[n] for n in planned.changes)
            planned.reasons.insert(0, f"Cập nhật {', '.join(named)}.")
    return planned


def _compare_status(planned: PlannedRow, cutoff, use_file_status: bool, reason: str) -> None:
    task, words = planned.task, planned.reading.status_words
    derived = derive_status(task.deadline, task.completed_on, cutoff)
    planned.derived = None if deadline_problem(task) else derived
    if words is None or planned.derived is None:
        return
    stated = status_for(words, task.deadline, task.completed_on, cutoff)
    if stated is None and words.has_canonical_status:
        agrees = derived.completed == (words.progress == Progress.DONE)
    else:
        agrees = stated == derived
    written = planned.reading.status_text
    if agrees:
        if task.override_reason == reason:  # an earlier import's override, now agreed with
            task.status_override, task.override_reason = None, ""
        return
    planned.disagrees, planned.file_status = True, stated
    sentence = f"Tệp ghi «{written}», các ngày cho «{derived.label}»"
    if use_file_status and stated is not None:
        task.status_override, task.override_reason = stated.value, reason
        planned.reasons.append(f"{sentence}: lấy theo tệp (lý do «{reason}»).")
    else:
        planned.reasons.append(f"{sentence}: giữ trạng thái tính từ các ngày.")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
