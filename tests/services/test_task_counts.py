"""The list's task counts, from one grouped query, equal the per-task derivation that the notice
and the tables make (task_status over the counted tasks, judged on the cut-off or the session
day): on the demo, and on a generated archive with the edge cases added."""

from __future__ import annotations

import datetime as dt

import pytest

from app import dto
from app.datafile import load_demo
from app.domain.counts import TaskCounts, count_statuses
from app.domain.task_dates import counted
from app.domain.tasks import status_day, task_status
from app.services.bundle import Services
from app.services.task_counts import task_counts
from bench.synthetic import generate
from db import models
from db.enums import TaskStatus

SESSION = dt.date(2024, 5, 20)
CUTOFF = dt.date(2024, 5, 15)


def derived(services: Services, inspection_id: int) -> TaskCounts:
    """The counts as the notice makes them, one task at a time."""
    data = services.inspections.get(inspection_id)
    day = status_day(data.cutoff_date, data.date)
    return count_statuses(task_status(t, day).effective for t in counted(data.tasks))


def aggregated(services: Services, trashed: bool = False) -> dict[int, TaskCounts]:
    deleted = models.Inspection.deleted_at
    with services.db.sessions() as s:
        return task_counts(s, deleted.is_not(None) if trashed else deleted.is_(None))


def assert_agree(services: Services) -> None:
    for trashed in (False, True):
        rows = services.inspections.list_rows(trashed=trashed)
        counts = aggregated(services, trashed)
        expected = {r.id: derived(services, r.id) for r in rows}
        assert {i: counts.get(i, TaskCounts()) for i in expected} == expected
        assert set(counts) <= set(expected)  # nothing counted for an inspection not shown
        lines = {r.id: (r.completed_count, r.task_count) for r in rows}
        assert lines == {i: (c.completed, c.total) for i, c in expected.items()}


def task(deadline=None, completed_on=None, text="", override=None, reason="") -> dto.TaskData:
    return dto.TaskData(
        content="Nhiệm vụ",
        deadline=deadline,
        deadline_text=text,
        completed_on=completed_on,
        status_override=override,
        override_reason=reason,
    )


def edge_tasks() -> list[dto.TaskData]:
    """Fresh tasks (a save writes their ids back) of every case the counts must get right."""
    return [
        task(deadline=CUTOFF, completed_on=CUTOFF),  # completed on the deadline day: in time
        task(deadline=CUTOFF, completed_on=CUTOFF + dt.timedelta(days=1)),  # late
        task(deadline=CUTOFF),  # within on the cut-off (its deadline), overdue on the session day
        task(deadline=CUTOFF - dt.timedelta(days=1)),  # overdue on the cut-off
        task(deadline=SESSION),  # within on either day
        task(text="Thường xuyên"),  # wording, no date: ongoing
        task(text="Quý IV/2025", completed_on=CUTOFF),  # wording, completed
        task(text="31/02/2026"),  # a deadline that does not read: left out
        task(text="15/13/2024", completed_on=CUTOFF),  # the same, completed: left out too
        task(deadline=CUTOFF, override=TaskStatus.HT_DUNG_HAN, reason="Đơn vị đã báo cáo"),
        task(deadline=CUTOFF, completed_on=CUTOFF, override=TaskStatus.HT_DUNG_HAN),  # = derived
        task(completed_on=CUTOFF, override=TaskStatus.CHUA_HT_QUA_HAN, reason="Chưa đạt"),
    ]


def add(services: Services, unit: str, tasks, cutoff=CUTOFF, date=SESSION) -> int:
    data = services.inspections.new(unit_name=unit, date=date, cutoff_date=cutoff)
    data.tasks = list(tasks)
    return services.inspections.save(data).id


@pytest.fixture
def archive(tmp_path):
    services = generate(tmp_path / "archive.sqlite", inspections=30, tasks=12, entries=1)
    yield services
    services.db.close()


def test_on_the_demo_the_aggregate_counts_equal_the_per_task_derivation(services):
    content = load_demo()
    services.transfer.import_inspections(content.organizations, content.inspections)
    assert_agree(services)
    issued = next(r for r in services.inspections.list_rows() if r.notice_number == "54/TB-TCT")
    assert (issued.completed_count, issued.task_count) == (33, 34)


def test_on_a_generated_archive_with_every_edge_case_the_counts_agree(archive):
    edge = add(archive, "UBND huyện Khe Đá", edge_tasks())
    no_tasks = add(archive, "UBND xã Nà Mây", [])
    unreadable_only = add(archive, "Sở Nội vụ", [task(text="31/02/2026")])
    session_day = add(archive, "Sở Tài chính", edge_tasks(), cutoff=None)
    far = dt.date.today() + dt.timedelta(days=3000)
    undated = add(archive, "UBND huyện Mây Xanh", [task(deadline=far), task(deadline=CUTOFF)],
                  cutoff=None, date=None)  # fmt: skip
    trashed = add(archive, "UBND thành phố Đồi Thông", edge_tasks())
    archive.inspections.delete(trashed)
    assert_agree(archive)

    counts = aggregated(archive)
    assert counts[edge] == TaskCounts(10, 4, 1, 2, 2, 1)
    assert counts[session_day] == TaskCounts(10, 4, 1, 1, 3, 1)  # judged on the session day
    assert counts[undated] == TaskCounts(2, chua_ht_trong_han=1, chua_ht_qua_han=1)  # today
    assert no_tasks not in counts and unreadable_only not in counts
    assert aggregated(archive, trashed=True) == {trashed: counts[edge]}
    listed = {r.id: r for r in archive.inspections.list_rows()}
    assert trashed not in listed and listed[unreadable_only].task_count == 0
    assert len(listed) == 35


def test_a_saved_line_counts_as_the_list_does(services):
    data = services.inspections.new(unit_name="UBND huyện Khe Đá", date=SESSION, cutoff_date=CUTOFF)
    data.tasks = edge_tasks()
    saved = services.inspections.save(data)
    assert (saved.completed_count, saved.task_count) == (5, 10)
    assert saved == next(r for r in services.inspections.list_rows() if r.id == saved.id)
    data.tasks[2].completed_on = CUTOFF  # an edit: one more completed
    assert services.inspections.save(data).completed_count == 6
