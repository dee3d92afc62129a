"""The synthetic generator behind the benchmarks makes what it says, deterministically."""

from bench.synthetic import generate


def test_generator_makes_the_requested_sizes(tmp_path):
    services = generate(tmp_path / "s.sqlite", inspections=4, tasks=7, entries=9)
    rows = services.inspections.list_rows()
    assert len(rows) == 4 and {r.task_count for r in rows} == {7}
    first = services.inspections.get(rows[0].id)
    assert len(first.entries) == 9
    services.db.close()
    again = generate(tmp_path / "t.sqlite", inspections=4, tasks=7, entries=9)
    assert [r.completed_count for r in again.inspections.list_rows()] == [
        r.completed_count for r in rows
    ]
    again.db.close()
