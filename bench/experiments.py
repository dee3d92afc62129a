"""What a change in the composition root would gain, measured side by side with the app as is.

Python's cyclic garbage collector runs full collections again and again while SQLAlchemy,
ReportLab and Qt are imported (hundreds of thousands of new objects), and once more over every
object when the interpreter exits. `gc.disable()` at start and `gc.freeze()` before exit (or
after the window is shown) skip that work; these runs measure it without changing the app.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.report import Breakdown
from bench.timing import PYTHON, run_child

_NOTICE = (
    "import sys; sys.argv = ['main.py', '--db', {db!r}, 'notice', '{id}', '-o', {out!r}]; "
    "import main; code = main.main(); sys.stdout.flush(); "
)
_WINDOW = "from bench import startup_child; startup_child.main({db!r}, {ini!r})"
_NO_GC = "import gc; gc.disable(); "


def garbage_collector(
    env: dict, notice_db: Path, inspection_id: int, gui_db: Path, runs: int, folder: Path
) -> Breakdown:
    notice = _NOTICE.format(db=str(notice_db), id=inspection_id, out=str(folder / "gc.pdf"))
    window = _WINDOW.format(db=str(gui_db), ini=str(folder / "gc.ini"))
    variants = {
        "`tocongtac notice`, 3 pages → PDF, as is": (notice + "sys.exit(code)", None),
        "same, gc.disable() at start, gc.freeze() before exit": (
            _NO_GC + notice + "gc.freeze(); sys.exit(code)",
            None,
        ),
        "cold start, 300 inspections, as is": (window, "SHOWN"),
        "same, gc.disable() until the window is shown": (_NO_GC + window, "SHOWN"),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(runs + 1):  # interleaved, so that a change of load hits all alike
        for name, (code, marker) in variants.items():
            run = run_child([PYTHON, "-c", code], env, marker)
            if round_:
                times[name].append(run.seconds)
    parts = {name: statistics.median(values) for name, values in times.items()}
    return Breakdown(
        "Experiment: the garbage collector during start-up and exit",
        parts,
        note="Each a `python -c` wrapper around main.py or bench/startup_child.py, the variants "
        f"interleaved; {runs} runs each after a warm-up.",
    )
