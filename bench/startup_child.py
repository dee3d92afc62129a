"""The cold-start child: `main.run()` exactly as the console script runs it (its garbage
collector handling, fonts, signal handlers and all), until the main window's first paint.

python -m bench.startup_child DB

Prints "SHOWN " and a JSON object of stage → seconds once the main window has painted, then
quits the app as a user would. The parent times the process from its spawn to that line; the
stages come from marks on the functions the app calls (bench/hooks.py), so nothing here is
imported ahead of the app.
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import json  # noqa: E402 - timed from the very top
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402

from bench.hooks import Hooks  # noqa: E402

MARKER = "SHOWN "
GUI, OPEN, BUILD = "run_gui", "open the database", "build the main window"

hooks = Hooks(
    {
        "ui.application": {"run_gui": GUI},
        "app.database": {"open_database": OPEN},
        "ui.main_window": {"MainWindow.__init__": BUILD},
    }
)


def _stages(painted: float) -> dict[str, float]:
    entered, left = hooks.entered, hooks.left
    return {
        "imports (main.run up to run_gui)": entered[GUI] - _START,
        "QApplication, fonts, signal handlers": entered[OPEN] - entered[GUI],
        OPEN: left[OPEN] - entered[OPEN],
        "services": entered[BUILD] - left[OPEN],
        BUILD: left[BUILD] - entered[BUILD],
        "show and first paint": painted - left[BUILD],
    }


def _watch_first_paint(_result, window, *_args) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, shown)  # after the paint has finished
            return False

    def shown() -> None:
        try:
            print(MARKER + json.dumps(_stages(time.perf_counter())), flush=True)
        except BaseException:  # the app would show it in a modal box: the bench must not wait
            traceback.print_exc()
            os._exit(1)
        QApplication.quit()

    window._bench_first_paint = FirstPaint(window)
    window.installEventFilter(window._bench_first_paint)


if __name__ == "__main__":
    hooks.on_call[BUILD] = _watch_first_paint
    hooks.install()
    sys.argv = ["tocongtac", "--db", sys.argv[1]]
    import main

    sys.exit(main.run())
