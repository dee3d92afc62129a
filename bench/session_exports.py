"""The first export of a session beside the ones after it: a new process clicks «Xuất PDF»
(and DOCX) on one inspection again and again, as the window does.

python -m bench.session_exports DB ID FOLDER RUNS

Prints "SESSION " + JSON: format → [seconds of each click]. The first pays what a process does
once (ReportLab's imports, font registration, python-docx's template); the median is the rest.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from bench.results import Result, seconds

MARKER = "SESSION "


def main(db: str, inspection_id: int, folder: Path, runs: int) -> None:
    from app.database import open_database
    from app.services.bundle import Services

    services = Services(open_database(db, create=False))
    clicks: dict[str, list[float]] = {}
    for fmt in ("pdf", "docx"):
        clicks[fmt] = []
        for index in range(runs):
            start = time.perf_counter()
            services.exports.notice_job(inspection_id, folder / f"session-{index}.{fmt}").run()
            clicks[fmt].append(time.perf_counter() - start)
    services.db.close()
    print(MARKER + json.dumps(clicks), flush=True)


def measure(env: dict, db: Path, inspection_id: int, folder: Path, runs: int) -> list[Result]:
    from bench.timing import PYTHON, run_child

    command = [PYTHON, "-m", "bench.session_exports", str(db), str(inspection_id), str(folder)]
    run = run_child([*command, str(runs + 1)], env)
    clicks = json.loads(run.stdout.split(MARKER, 1)[1])
    return [
        Result(
            "Notice, in a session",
            f"first {fmt.upper()} export of a session, then the median of the next",
            f"{seconds(times[0])}, then {seconds(statistics.median(times[1:]))}",
            note=f"3 pages; load + build + write + rename, the window's path; {runs} runs after",
        )
        for fmt, times in clicks.items()
    ]


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
