"""The Excel workbooks: `tables` for the largest inspection and `summary` for 300 inspections ×
40 tasks (target < 3 s and < 300 MB), as whole processes (time, peak resident memory) and
in-process (loading and writing apart)."""

from __future__ import annotations

from pathlib import Path

from app.database import open_database
from app.exporters.inspection_tables import write_inspection_tables
from app.exporters.year_summary import write_year_summary
from app.services.bundle import Services
from bench.results import Result, megabytes, seconds
from bench.timing import child_series, main_py, median_s, timed

TARGET_S = 3.0
TARGET_MB = 300


def tables(env: dict, db: Path, inspection_id: int, runs: int, folder: Path) -> list[Result]:
    services = Services(open_database(db))
    try:
        data = services.inspections.get(inspection_id)
        profile = services.profile.get()
        load = median_s(lambda: services.inspections.get(inspection_id), 3)
        write = median_s(lambda: write_inspection_tables(data, profile, folder / "t.xlsx"), 3)
    finally:
        services.db.close()
    command = main_py("--db", db, "tables", inspection_id, "-o", folder / "tables.xlsx")
    series = child_series(command, env, runs)
    size = f"{len(data.tasks)} tasks, {len(data.entries)} entries"
    return [
        Result(
            "Excel",
            f"tocongtac tables, largest inspection ({size})",
            seconds(series.median_s),
            note=f"peak {megabytes(series.peak_rss_mb)}; in-process: load {seconds(load)}, "
            f"write {seconds(write)}; {runs} runs",
        )
    ]


def summary(env: dict, db: Path, year: int, runs: int, folder: Path) -> list[Result]:
    services = Services(open_database(db))
    try:
        inputs, load = timed(lambda: services.reports.summary_inputs(year))
        arguments = (inputs.year, inputs.inspections, inputs.organizations, inputs.profile)
        _, write = timed(lambda: write_year_summary(*arguments, folder / "s.xlsx"))
        ids = [row.id for row in services.inspections.list_rows(year)]
        _, one_by_one = timed(lambda: [services.inspections.get(i) for i in ids])
    finally:
        services.db.close()
    tasks = sum(len(i.tasks) for i in inputs.inspections)
    command = main_py("--db", db, "summary", "--year", year, "-o", folder / "summary.xlsx")
    series = child_series(command, env, runs)
    return [
        Result(
            "Excel",
            f"tocongtac summary, {len(inputs.inspections)} inspections × "
            f"{tasks // max(1, len(inputs.inspections))} tasks",
            seconds(series.median_s),
            f"< {TARGET_S:.0f} s",
            series.median_s < TARGET_S,
            f"in-process: load {seconds(load)}, write {seconds(write)}; {runs} runs",
        ),
        Result(
            "Excel",
            "same, peak resident memory",
            megabytes(series.peak_rss_mb),
            f"< {TARGET_MB} MB",
            series.peak_rss_mb < TARGET_MB,
            "ru_maxrss of one run, started from a small process",
        ),
        Result(
            "Excel",
            "loading the year one inspection at a time (InspectionService.get)",
            seconds(one_by_one),
            note="for comparison: what the year summary cost before ReportService",
        ),
    ]
