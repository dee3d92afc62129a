"""Year summary speed and memory: 300 inspections × 40 tasks (target < 3 s and < 300 MB).

python -m bench.summary_speed [--inspections 300] [--tasks 40] [--db existing.sqlite]

Builds the database through the services (bench.synthetic), then measures:
- in-process: loading the year in one transaction (ReportService.summary_inputs) and writing the
  workbook, with the peak of Python allocations (tracemalloc);
- the loading the bulk loader replaces: InspectionService.get for each inspection;
- `tocongtac summary` as a whole process, five runs: best and median wall time, and the peak
  resident memory (ru_maxrss). The target is checked on the median of the whole process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from app.exporters.year_summary import write_year_summary
from app.services.reports import ReportService
from bench.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]
YEAR = 2024
RUNS = 5


def _timed(func):
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def _write(inputs, path: Path) -> None:
    write_year_summary(YEAR, inputs.inspections, inputs.organizations, inputs.profile, path)


def measure(db: Path, out_dir: Path, inspections: int, tasks: int) -> dict[str, float]:
    numbers: dict[str, float] = {}
    if not db.exists():
        services, numbers["generate_s"] = _timed(lambda: generate(db, inspections, tasks, 20, YEAR))
    else:
        from app.database import open_database
        from app.services.bundle import Services

        services = Services(open_database(db))
    reports = ReportService(services.db.sessions)

    inputs, numbers["load_bulk_s"] = _timed(lambda: reports.summary_inputs(YEAR))
    out = out_dir / "in-process.xlsx"
    _, numbers["write_s"] = _timed(lambda: _write(inputs, out))
    numbers["in_process_s"] = numbers["load_bulk_s"] + numbers["write_s"]
    numbers["inspections"] = len(inputs.inspections)
    numbers["tasks"] = sum(len(i.tasks) for i in inputs.inspections)
    tracemalloc.start()  # a second pass: tracing slows Python down several times
    _write(reports.summary_inputs(YEAR), out_dir / "traced.xlsx")
    numbers["python_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()

    ids = [row.id for row in services.inspections.list_rows(YEAR)]
    _, numbers["load_one_by_one_s"] = _timed(lambda: [services.inspections.get(i) for i in ids])
    services.db.close()

    command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "summary", "--year",
               str(YEAR), "-o", str(out_dir / "process.xlsx")]  # fmt: skip
    runs = []
    for _ in range(RUNS):
        _, seconds = _timed(lambda: subprocess.run(command, check=True, capture_output=True))
        runs.append(seconds)
    numbers["process_best_s"] = min(runs)
    numbers["process_median_s"] = statistics.median(runs)
    # ru_maxrss of the children is the largest of them: every run is this same command
    numbers["process_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    numbers["load_average_1min"] = os.getloadavg()[0]  # other work on the machine skews times
    return numbers


def main() -> None:
    parser = argparse.ArgumentParser(description="Đo tốc độ xuất bảng tổng hợp cả năm")
    parser.add_argument("--inspections", type=int, default=300)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--db", type=Path, help="cơ sở dữ liệu đã tạo sẵn (mặc định: tạo mới)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summary-bench-") as folder:
        db = args.db or Path(folder) / "bench.sqlite"
        numbers = measure(db, Path(folder), args.inspections, args.tasks)
    for name, value in numbers.items():
        print(f"{name:22} {value:10.3f}" if isinstance(value, float) else f"{name:22} {value:10}")
    ok = numbers["process_median_s"] < 3.0 and numbers["process_peak_rss_mb"] < 300
    print("target (< 3 s, < 300 MB, whole process):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
