"""Builds the QApplication, opens the database (or asks what to do instead) and shows the
main window."""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.database import Database, DatabaseRefusedError, Refusal, open_database
from app.domain.errors import DomainError
from app.errorlog import unexpected_error_line
from app.fileio import install_cleanup_handlers
from app.paths import default_db_path, is_default_location
from app.services.bundle import Services
from ui.background import wait_for_background
from ui.dialogs.open_database_dialog import Choice, ask_what_to_do
from ui.fonts import ensure_vietnamese_font
from ui.main_window import MainWindow
from ui.settings import UiSettings

_FILTER = "Cơ sở dữ liệu Tổ công tác (*.sqlite *.db);;Mọi tệp (*)"

# Issue 15 (backups) plugs in here: given the refused file, offer its newest good backup and
# return the database restored from it (None when the user changes her mind).
RestoreBackup = Callable[[Path], Database | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def _ask_open() -> Path | None:
    name, _ = QFileDialog.getOpenFileName(None, _tr("Mở cơ sở dữ liệu"), "", _tr(_FILTER))
    return Path(name) if name else None


def _ask_new() -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        None, _tr("Tạo cơ sở dữ liệu mới"), "tocongtac.sqlite", _tr(_FILTER)
    )
    return Path(name) if name else None


def open_for_window(
    path: Path,
    ask_open: Callable[[], Path | None] = _ask_open,
    ask_new: Callable[[], Path | None] = _ask_new,
    restore: RestoreBackup | None = None,
) -> Database | None:
    """The database the window works on, or None when the user gave up.

    The default file in the data folder is created on first use; any other missing file only
    when the user chooses «Tạo cơ sở dữ liệu mới». A file that is refused is left untouched.
    """
    create = is_default_location(path)
    while True:
        try:
            if create and is_default_location(path):
                path.parent.mkdir(parents=True, exist_ok=True)
            return open_database(path, create=create)
        except DomainError as error:
            missing = isinstance(error, DatabaseRefusedError) and error.refusal is Refusal.MISSING
            message = error.message
        except Exception:  # noqa: BLE001 - said in Vietnamese, the details go to a log
            missing, message = False, unexpected_error_line(traceback.format_exc())
        choice = ask_what_to_do(message, missing, can_restore=restore is not None)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.RESTORE and restore is not None:
            restored = restore(path)
            if restored is not None:
                return restored
            continue
        if choice is Choice.CREATE_NEW and missing:
            create = True
            continue
        chosen = ask_open() if choice is Choice.OPEN_OTHER else ask_new()
        if chosen is not None:
            path, create = chosen, choice is Choice.CREATE_NEW


def _handle_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT remove temporary export files, then end the app as the signal does.

    Python runs signal handlers only between bytecodes; a timer gives it that chance while
    Qt's event loop waits.
    """
    install_cleanup_handlers((signal.SIGTERM, signal.SIGINT))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def _log_unexpected(kind, value, tb) -> None:
    """An error no handler caught: its traceback to a log of its own, one line to the user."""
    line = unexpected_error_line("".join(traceback.format_exception(kind, value, tb)))
    window = QApplication.activeWindow()
    if window is not None:
        from ui.dialogs.messages import show_error

        show_error(window, line)
    else:
        print(line, file=sys.stderr)


def run_gui(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Tổ công tác")
    app.setOrganizationName("tocongtac")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ensure_vietnamese_font(app)
    _handle_signals(app)
    sys.excepthook = _log_unexpected
    db = open_for_window(db_path or default_db_path())
    if db is None:
        return 2
    window = MainWindow(Services(db), UiSettings())
    app.aboutToQuit.connect(window.flush)
    window.show()
    code = app.exec()
    wait_for_background()
    db.close()
    return code
