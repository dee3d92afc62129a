"""The cold-start child: what ui.application.run_gui does, up to the main window's first paint.

python -m bench.startup_child DB SETTINGS.ini

Prints "SHOWN " and a JSON object of stage → seconds once the main window has painted, then quits.
The parent times the process from its spawn to that line.
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import json  # noqa: E402 - timed from the very top
import sys  # noqa: E402

_stages: dict[str, float] = {}
_last = _START


def _mark(name: str) -> None:
    global _last
    now = time.perf_counter()
    _stages[name] = now - _last
    _last = now


def main(db_path: str, settings_path: str) -> int:
    from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    _mark("import Qt")
    from app.database import open_database
    from app.services.bundle import Services

    _mark("import SQLAlchemy, models, services")
    from ui.main_window import MainWindow
    from ui.settings import UiSettings

    _mark("import the ui package")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tổ công tác")
    app.setOrganizationName("tocongtac")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    _mark("QApplication")
    db = open_database(db_path)
    _mark("open the database")
    window = MainWindow(Services(db), UiSettings(settings_path))
    _mark("build the main window")

    def shown() -> None:
        _mark("first paint")
        print("SHOWN " + json.dumps(_stages), flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, shown)  # after the paint has finished
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
