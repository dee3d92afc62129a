"""Builds the QApplication, opens the database (or asks what to do instead) and shows the
main window."""

from __future__ import annotations

import datetime as dt
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.clean_close import remember_clean_close
from app.database import RESTORABLE, Database, DatabaseRefusedError, Refusal, open_database
from app.domain.errors import DomainError
from app.errorlog import unexpected_error_line
from app.fileio import install_cleanup_handlers
from app.paths import default_db_path, is_default_location
from app.restore import aside_path, newest_good_backup, restore_backup
from app.services.bundle import Services
from ui.background import wait_for_background
from ui.dialogs.messages import show_error
from ui.dialogs.open_database_dialog import Choice, Offer, ask_what_to_do
from ui.fonts import ensure_vietnamese_font
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.single_instance import SingleInstance

_FILTER = "Cơ sở dữ liệu Tổ công tác (*.sqlite *.db);;Mọi tệp (*)"


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
) -> Database | None:
    """The database the window works on, or None when the user gave up.

    The whole file is checked first (quick_check). The default file in the data folder is
    created on first use; any other missing file only when the user chooses «Tạo cơ sở dữ liệu
    mới». A file that is refused is left untouched; when it is damaged (or missing) and has a
    good backup, restoring that backup is offered, the file itself kept aside.
    """
    create = is_default_location(path)
    while True:
        try:
            if create and is_default_location(path):
                path.parent.mkdir(parents=True, exist_ok=True)
            return open_database(path, create=create, check=True)
        except DomainError as error:
            refusal = error.refusal if isinstance(error, DatabaseRefusedError) else None
            message = error.message
        except Exception:  # noqa: BLE001 - said in Vietnamese, the details go to a log
            refusal, message = Refusal.DAMAGED, unexpected_error_line(traceback.format_exc())
        missing = refusal is Refusal.MISSING
        offer = _offer(path) if refusal in RESTORABLE else None
        choice = ask_what_to_do(message, missing, offer)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.RESTORE and offer is not None:
            try:
                restore_backup(path, offer.backup.path)
            except DomainError as error:
                show_error(None, error.message)
            continue
        if choice is Choice.CREATE_NEW and missing:
            create = True
            continue
        chosen = ask_open() if choice is Choice.OPEN_OTHER else ask_new()
        if chosen is not None:
            path, create = chosen, choice is Choice.CREATE_NEW


def _offer(path: Path) -> Offer | None:
    backup = newest_good_backup(path)
    if backup is None:
        return None
    return Offer(backup, aside_path(path, dt.datetime.now()) if path.exists() else None)


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
        show_error(window, line)
    else:
        print(line, file=sys.stderr)


def refuse_second_window(path: Path) -> None:
    """The message of a second window on a database another window already has open."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Tổ công tác"),
        _tr(
            "Cơ sở dữ liệu «{0}» đang được mở trong một cửa sổ Tổ công tác khác; cửa sổ đó đã "
            "được đưa lên trước. Mỗi cơ sở dữ liệu chỉ mở trong một cửa sổ."
        ).format(path),
    )
    box.setObjectName("second_window_box")
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class _Shell:
    """The window of the moment (a restore replaces it) and its database."""

    def __init__(self, settings: UiSettings):
        self.settings = settings
        self.window: MainWindow | None = None

    def show(self, db: Database) -> None:
        self.use(MainWindow(Services(db), self.settings))
        self.window.show()

    def use(self, window: MainWindow) -> None:
        self.window = window
        window.replaced.connect(self.use)

    def bring_to_front(self) -> None:
        window = self.window
        if window is not None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()


def run_gui(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Tổ công tác")
    app.setOrganizationName("tocongtac")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ensure_vietnamese_font(app)
    _handle_signals(app)
    sys.excepthook = _log_unexpected
    path = db_path or default_db_path()
    shell = _Shell(UiSettings())
    instance = SingleInstance(path, shell.bring_to_front)
    if not instance.claim():
        refuse_second_window(path)
        return 2
    db = open_for_window(path)
    if db is None:
        instance.release()
        return 2
    if db.path.absolute() != path.absolute():  # another file was chosen instead
        instance.release()
        instance = SingleInstance(db.path, shell.bring_to_front)
        if not instance.claim():
            db.close()
            refuse_second_window(db.path)
            return 2
    shell.show(db)
    app.aboutToQuit.connect(lambda: shell.window.flush())
    code = app.exec()
    wait_for_background()
    window = shell.window
    window.backups.backup_at_quit()
    window.services.db.close()
    remember_clean_close(window.services.db.path)
    instance.release()
    return code
