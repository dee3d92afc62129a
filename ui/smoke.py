"""`tocongtac --smoke`: the main window opened offscreen on the database, its list painted, "ok".

It proves that a built bundle has what the window needs (Qt plugins, resources, a font drawing
Vietnamese, the migrations of a new database): `installer/smoke.py` runs it on the Linux bundle and
`installer/windows/build.py` on the installed app under Wine. The user's remembered window state
is left alone (a temporary settings file is used).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.database import open_database
from app.paths import default_db_path
from app.services.bundle import Services
from ui.fonts import draws_vietnamese, ensure_vietnamese_font
from ui.main_window import MainWindow
from ui.settings import UiSettings

PAINT_TIMEOUT_MS = 30_000


class _FirstPaint(QObject):
    """Quits the event loop once the watched widget has been painted."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.painted = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.app.quit)
        return False


def run_smoke(db_path: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ensure_vietnamese_font(app)
    db = open_database(db_path or default_db_path())
    services = Services(db)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(services, UiSettings(Path(folder) / "ui.ini"))
        view = window.inspection_list.view
        watch = _FirstPaint(app)
        view.viewport().installEventFilter(watch)
        window.show()
        QTimer.singleShot(PAINT_TIMEOUT_MS, app.quit)
        app.exec()
        shown, stored = view.model().rowCount(), len(services.inspections.list_rows())
        font_ok = draws_vietnamese(view.font())
        window.close()
    db.close()
    problem = _problem(watch.painted, shown, stored, font_ok)
    if problem:
        print(f"Kiểm tra nhanh thất bại: {problem}.", file=sys.stderr)
        return 1
    print("ok")
    return 0


def _problem(painted: bool, shown: int, stored: int, font_ok: bool) -> str:
    if not painted:
        return "danh sách chưa được vẽ"
    if shown != stored:
        return f"danh sách có {shown} dòng, cơ sở dữ liệu có {stored}"
    if not font_ok:
        return "không có phông chữ hiển thị được tiếng Việt"
    return ""
