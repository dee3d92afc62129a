"""Counting task statuses, the rates of the tables, and the counts sentence of the notice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal

from app.domain.numbers import format_count_prose, percent
from app.domain.tasks import TaskStatus


@dataclass(frozen=True)
class TaskCounts:
    """How many tasks have each status. `total` must equal the sum of the five statuses."""

    total: int = 0
    ht_dung_han: int = 0
    ht_qua_han: int = 0
    chua_ht_trong_han: int = 0
    chua_ht_qua_han: int = 0
    khong_thoi_han: int = 0

    def __post_init__(self) -> None:
        parts = (
            self.ht_dung_han,
            self.ht_qua_han,
            self.chua_ht_trong_han,
            self.chua_ht_qua_han,
            self.khong_thoi_han,
        )
        if min(parts) < 0 or self.total != sum(parts):
            raise ValueError(f"inconsistent task counts: {self}")

    @property
    def completed(self) -> int:
        return self.ht_dung_han + self.ht_qua_han

    @property
    def unfinished(self) -> int:
        """Not completed: within or past the deadline, or ongoing without one."""
        return self.total - self.completed

    @property
    def ratio_text(self) -> str:
        """Completed over total, never padded: "33/34"."""
        return f"{self.completed}/{self.total}"

    @property
    def completion_rate(self) -> Decimal | None:
        """completed / total × 100, unrounded; None when there are no tasks."""
        return percent(self.completed, self.total)

    @property
    def overdue_rate(self) -> Decimal | None:
        """Unfinished past the deadline / total × 100, unrounded."""
        return percent(self.chua_ht_qua_han, self.total)

    @property
    def late_share_of_completed(self) -> Decimal | None:
        """Completed late / completed × 100, unrounded; None when nothing is completed."""
        return percent(self.ht_qua_han, self.completed)

    def __add__(self, other: object) -> TaskCounts:
        """Counts of several units or inspections added up: sum(rows, TaskCounts())."""
        if not isinstance(other, TaskCounts):
            return NotImplemented
        return TaskCounts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


def count_statuses(statuses: Iterable[TaskStatus | str]) -> TaskCounts:
    """Count effective statuses (TaskStatus members or their values)."""
    return tally(Counter(TaskStatus(s) for s in statuses))


_STATUSES = tuple(TaskStatus)  # iterating the Enum class itself costs 20 µs a time


def tally(counts: Mapping[TaskStatus, int]) -> TaskCounts:
    """The counts from how many tasks have each status (a status left out: none)."""
    n = {status: counts.get(status, 0) for status in _STATUSES}
    return TaskCounts(
        total=sum(n.values()),
        ht_dung_han=n[TaskStatus.HT_DUNG_HAN],
        ht_qua_han=n[TaskStatus.HT_QUA_HAN],
        chua_ht_trong_han=n[TaskStatus.CHUA_HT_TRONG_HAN],
        chua_ht_qua_han=n[TaskStatus.CHUA_HT_QUA_HAN],
        khong_thoi_han=n[TaskStatus.KHONG_THOI_HAN],
    )


def _tasks(n: int) -> str:
    return f"{format_count_prose(n)} nhiệm vụ"


def _listed(*items: tuple[int, str]) -> list[str]:
    """The phrases ("03 nhiệm vụ còn thời hạn", …) of the non-zero counts only."""
    return [f"{_tasks(n)} {what}" for n, what in items if n]


def counts_sentence(c: TaskCounts, assigner: str = "UBND tỉnh") -> str:
    """The counts sentence of the notice, in the wording of reference notice 54/TB-TCT.

    "Trong tổng số 34 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 33/34 nhiệm vụ, còn 01 nhiệm vụ
    chưa hoàn thành còn thời hạn." Completions are split into on time and late only when some
    were late; unfinished tasks are split when they fall under both deadline cases; tasks
    without a deadline are "thực hiện thường xuyên". Counts 1–9 are padded, the ratio never.
    """
    if c.total == 0:
        return f"Không có nhiệm vụ nào được {assigner} giao."
    head = f"Trong tổng số {_tasks(c.total)} được {assigner} giao"
    ongoing = _listed((c.khong_thoi_han, "thực hiện thường xuyên"))
    if c.completed == 0:
        parts = (
            _listed((c.chua_ht_trong_han, "còn thời hạn"), (c.chua_ht_qua_han, "quá hạn")) + ongoing
        )
        return f"{head}, chưa hoàn thành nhiệm vụ nào ({', '.join(parts)})."

    done = f"đã hoàn thành {c.ratio_text} nhiệm vụ"
    if c.ht_qua_han:
        late = _listed((c.ht_dung_han, "đúng hạn"), (c.ht_qua_han, "quá hạn"))
        done += f" ({', '.join(late)})"

    pending = c.chua_ht_trong_han + c.chua_ht_qua_han
    remaining = []
    if c.chua_ht_trong_han and c.chua_ht_qua_han:
        split = _listed((c.chua_ht_trong_han, "còn thời hạn"), (c.chua_ht_qua_han, "quá hạn"))
        remaining.append(f"{_tasks(pending)} chưa hoàn thành ({', '.join(split)})")
    elif pending:
        when = "còn thời hạn" if c.chua_ht_trong_han else "quá hạn"
        remaining.append(f"{_tasks(pending)} chưa hoàn thành {when}")
    remaining += ongoing
    if not remaining:
        return f"{head}, {done}."
    return f"{head}, {done}, còn {' và '.join(remaining)}."
