"""How the archive's size shows (issue 16): start-up, the list filter, `list`, `export-json --all`
and `import` at 30, 300 and 3 000 inspections (a province keeps about 300 a year, so 3 000 is
ten years), each with its peak memory, as the user runs them.

The databases hold 40 tasks and 20 entries per inspection, made through the services
(bench/synthetic.py); the 3 000 spread over ten years, 300 a year.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import list_filter, startup
from bench.results import megabytes, seconds
from bench.synthetic import generate
from bench.timing import PYTHON, Series, child_series, main_py, run_child

SIZES = (30, 300, 3_000)
TASKS, ENTRIES = 40, 20
PER_YEAR = 300
LAST_YEAR = 2024


@dataclass
class Row:
    """One measure at every size, and its target at the largest."""

    what: str
    values: dict[int, float] = field(default_factory=dict)
    unit: str = "s"  # "s" or "MB"
    limit: float | None = None  # at the largest size
    note: str = ""
    relative_to_smallest: float | None = None  # e.g. 0.10: within 10 % of the smallest size

    def cell(self, size: int) -> str:
        value = self.values.get(size)
        if value is None:
            return "—"
        return seconds(value) if self.unit == "s" else megabytes(value)

    @property
    def target(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"< {seconds(self.limit) if self.unit == 's' else megabytes(self.limit)}")
        if self.relative_to_smallest is not None:
            parts.append(f"within {self.relative_to_smallest:.0%} of {SIZES[0]}")
        return ", ".join(parts)

    @property
    def met(self) -> bool | None:
        largest = self.values.get(SIZES[-1])
        if largest is None or (self.limit is None and self.relative_to_smallest is None):
            return None
        ok = self.limit is None or largest < self.limit
        if self.relative_to_smallest is not None:
            ok = ok and largest <= self.values[SIZES[0]] * (1 + self.relative_to_smallest)
        return ok


def markdown(rows: list[Row]) -> str:
    head = " | ".join(f"{size:,}".replace(",", " ") for size in SIZES)
    lines = [
        "## Growth with the archive",
        "",
        f"| | {head} | target at {SIZES[-1]:,} | verdict | note |".replace(",", " "),
        "|---|" + "---|" * len(SIZES) + "---|---|---|",
    ]
    for row in rows:
        verdict = {True: "met", False: "**NOT met**", None: ""}[row.met]
        cells = " | ".join(row.cell(size) for size in SIZES)
        lines.append(f"| {row.what} | {cells} | {row.target} | {verdict} | {row.note} |")
    return "\n".join(lines)


def console(rows: list[Row]) -> str:
    width = max(len(r.what) for r in rows)
    lines = ["Growth".ljust(width + 2) + "".join(f"{s:>10,}" for s in SIZES)]
    for row in rows:
        cells = "".join(f"{row.cell(s):>10}" for s in SIZES)
        verdict = {True: "  met", False: "  NOT met", None: ""}[row.met]
        lines.append(f"  {row.what.ljust(width)}{cells}{verdict}")
    return "\n".join(lines)


def databases(folder: Path, made: dict[int, Path]) -> tuple[dict[int, Path], dict[int, float]]:
    """The database of each size (those in *made* already are) and the seconds it took to
    generate the others."""
    paths, took = dict(made), {}
    for size in SIZES:
        if size in made:
            continue
        path = folder / f"growth-{size}.sqlite"
        start = time.perf_counter()
        years = max(1, size // PER_YEAR)
        for offset in range(years):
            year = LAST_YEAR - years + 1 + offset
            generate(path, size // years, TASKS, ENTRIES, year).db.close()
        paths[size], took[size] = path, time.perf_counter() - start
    return dict(sorted(paths.items())), took


def _filter(db: Path, env: dict) -> tuple[float, float]:
    """Median keystroke and clearing of the list filter over *db*'s own rows."""
    run = run_child([PYTHON, "-m", "bench.list_filter", str(db)], env)
    probe = json.loads(run.stdout.split("FILTER ", 1)[1])
    typing = statistics.median(t for t, _ in probe["typing"])
    clearing = statistics.median(t for t, _ in probe["clearing"])
    return typing, clearing


def _cpu_and_peak(rows: tuple[Row, Row], size: int, runs: Series) -> None:
    rows[0].values[size] = runs.median_cpu_s
    rows[1].values[size] = runs.peak_rss_mb


def measure(
    paths: dict[int, Path], env: dict, screen: dict | None, folder: Path, runs: int
) -> list[Row]:
    start_off = Row("cold start to the painted window, offscreen", limit=startup.TARGET_S,
                    relative_to_smallest=0.10,
                    note=f"the usual start (after a clean close); {runs} runs")  # fmt: skip
    start_x = Row("same, on Xvfb (1366×768)", limit=startup.TARGET_S, relative_to_smallest=0.10)
    start_first = Row("first start on the file (start-up check reads it whole), offscreen",
                      note="a new user folder each run")  # fmt: skip
    start_peak = Row("cold start, peak memory (offscreen)", unit="MB")
    typing = Row("list filter, per keystroke (CPU)", limit=list_filter.TARGET_S,
                 note="the window's list over the database's own rows")  # fmt: skip
    clearing = Row("list filter, clearing the box (CPU)", limit=list_filter.TARGET_S)
    listing = (Row("`tocongtac list`, CPU", limit=0.4), Row("`list`, peak memory", unit="MB"))
    export = (
        Row("`export-json --all`, CPU", limit=3.0),
        Row("`export-json --all`, peak memory", unit="MB", limit=300),
    )
    first_export = Row("`export-json --all`, first run (wall, new bytecode cache)")
    importing = (
        Row("`import` into a new database, CPU", limit=4.0),
        Row("`import`, peak memory", unit="MB", limit=300),
    )
    for size, db in paths.items():
        count = runs if size < SIZES[-1] else max(2, runs // 2)
        start = startup.series(db, env, count, folder)
        start_off.values[size], start_peak.values[size] = start.median_s, start.peak_rss_mb
        if screen is not None:
            start_x.values[size] = startup.series(db, {**env, **screen}, count, folder).median_s
        start_first.values[size] = startup.series(db, env, count, folder, first=True).median_s
        typing.values[size], clearing.values[size] = _filter(db, env)
        _cpu_and_peak(listing, size, child_series(main_py("--db", db, "list"), env, count))
        data = folder / f"growth-{size}.json"
        exported = child_series(
            main_py("--db", db, "export-json", "--all", "-o", data),
            env,
            count,
            before_each=lambda d=data: d.unlink(missing_ok=True),
        )
        _cpu_and_peak(export, size, exported)
        first_export.values[size] = exported.first.seconds if exported.first else 0.0
        data = folder / f"growth-{size}-kept.json"
        run_child(main_py("--db", db, "export-json", "--all", "-o", data), env)
        target = folder / f"growth-{size}-imported.sqlite"
        imported = child_series(
            main_py("--db", target, "import", data),
            env,
            count,
            before_each=lambda t=target: _remove_database(t),
        )
        _cpu_and_peak(importing, size, imported)
    rows = [start_off, start_x, start_first, start_peak, typing, clearing, *listing, *export]
    rows.append(first_export)
    return [*rows, *importing]


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
