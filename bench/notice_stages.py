"""`tocongtac notice` taken apart: the same steps as main.py → runner → run_notice, timed.

python -m bench.notice_stages DB ID OUT.pdf  (prints one JSON object of stage → seconds)

Run as a child by the benchmarks: the time before the first line here (interpreter start) and
after the last (closing down) is what the parent measures beyond the sum of the stages.
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import json  # noqa: E402 - timed from the very top
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main(db: str, inspection_id: str, out: str) -> dict[str, float]:
    stages: dict[str, float] = {}
    last = _START

    def mark(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        stages[name] = now - last
        last = now

    from app.cli.parser import build_parser

    args = build_parser().parse_args(["--db", db, "notice", inspection_id, "-o", out])
    mark("argparse and the CLI parser")
    import app.cli.runner  # noqa: F401 - SQLAlchemy, the models and every service

    mark("import SQLAlchemy, models, services")
    import app.cli.notice_command  # noqa: F401
    from app.database import open_database
    from app.fileio import atomic_output
    from app.services.bundle import Services

    mark("import the notice command")
    services = Services(open_database(args.db))
    mark("open the database (migration check)")
    inspection = services.inspections.get(args.ids[0])
    profile = services.profile.get()
    mark("load the inspection and profile")
    from app.notice.builder import build_notice

    mark("import the notice builder")
    document = build_notice(inspection, profile)
    mark("build the NoticeDocument")
    from app.exporters.notice_pdf import write_notice_pdf

    mark("import ReportLab and the PDF writer")
    with atomic_output(Path(out)) as temp:
        write_notice_pdf(document, temp)
    mark("render and write the PDF")
    services.db.close()
    mark("close the database")
    return stages


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4])))
