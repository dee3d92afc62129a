"""`tocongtac notice` as shipped (`main.run()`), with marks on the functions it calls.

python -m bench.notice_stages DB ID OUT.pdf

Runs the command exactly as the console script does (bench/hooks.py wraps the functions as
their modules load) and, once it has returned, prints one JSON object of stage → seconds. The
interpreter's start before the first line here and its exit after the print are what the parent
measures beyond the stages.
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import json  # noqa: E402 - timed from the very top
import sys  # noqa: E402

from bench.hooks import Hooks  # noqa: E402

RUN, OPEN, LOAD = "run the command", "open the database (migration check)", "load the inspection"
BUILD, WRITE = "build the NoticeDocument", "render and write the PDF"

hooks = Hooks(
    {
        "app.cli.runner": {"run_command": RUN},
        "app.database": {"open_database": OPEN},
        "app.services.inspections": {"InspectionService.get": LOAD},
        "app.notice.builder": {"build_notice": BUILD},
        "app.exporters.notice_pdf": {"write_notice_pdf": WRITE},
    }
)


def stages(returned: float) -> dict[str, float]:
    entered, left = hooks.entered, hooks.left
    return {
        "imports and argument parsing (main.run up to the command)": entered[RUN] - _START,
        "import the command, services": entered[OPEN] - entered[RUN],
        OPEN: left[OPEN] - entered[OPEN],
        "checks of the output path": entered[LOAD] - left[OPEN],
        LOAD: left[LOAD] - entered[LOAD],
        "the profile, import the notice builder": entered[BUILD] - left[LOAD],
        BUILD: left[BUILD] - entered[BUILD],
        "import ReportLab and the PDF writer": entered[WRITE] - left[BUILD],
        WRITE: left[WRITE] - entered[WRITE],
        "rename into place, close the database, report": returned - left[WRITE],
    }


if __name__ == "__main__":
    hooks.install()
    db, inspection_id, out = sys.argv[1:4]
    sys.argv = ["tocongtac", "--db", db, "notice", inspection_id, "-o", out]
    import main

    code = main.run()
    returned = time.perf_counter()
    print(json.dumps(stages(returned)), flush=True)
    sys.exit(code)
