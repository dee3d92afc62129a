"""The window's backups: Sao lưu ngay, Khôi phục từ bản sao lưu…, the second folder, the daily
backup while the window is open and the one at quit. What a backup is and how a restore goes
live in app.backups; this only asks, runs and tells."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from app.backups import Kind, daily_backup_due, list_backups, make_backup
from app.database import Database, open_database
from app.domain.errors import DomainError
from app.preferences import Preferences, check_second_backup_dir, load_preferences, save_preferences
from app.restore import restore_backup
from ui.background import run_in_background, wait_for_background
from ui.dialogs.messages import show_error

DAILY_CHECK_MS = 30 * 60 * 1000  # a laptop left open overnight backs up on the new day
FIRST_CHECK_MS = 60 * 1000  # not while the window is still being built and read


class BackupController(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.backup_if_due)
        QTimer.singleShot(FIRST_CHECK_MS, self, self.backup_if_due)
        self.timer.start(DAILY_CHECK_MS)

    @property
    def db(self) -> Database:
        return self.window.services.db

    # -- making backups ---------------------------------------------------------------------

    def backup_now(self) -> None:
        """Sao lưu ngay: in the background; the status bar says where the checked copy is."""
        self.window.flush()
        self._start(Kind.MANUAL, announce=True)

    def backup_if_due(self) -> None:
        """The daily backup, when this database has none of today yet."""
        if not self.running and daily_backup_due(self.db.path):
            self._start(Kind.DAILY, announce=False)

    def _start(self, kind: Kind, announce: bool) -> None:
        path = self.db.path
        self.running = True

        def done(info) -> None:
            self.running = False
            text = self.tr("Đã sao lưu và kiểm tra: {0}").format(info.path.name)
            if info.second_error:
                text += self.tr(" (chưa chép được sang thư mục thứ hai: {0})").format(
                    info.second_error
                )
            if announce or info.second_error:
                self.window.statusBar().showMessage(text, 10000)

        def failed(error) -> None:
            self.running = False
            message = error.message if isinstance(error, DomainError) else str(error)
            if announce:
                show_error(self.window, message)
            else:  # the daily backup tries again later; no box every half hour
                self.window.statusBar().showMessage(message, 15000)

        run_in_background(lambda: make_backup(path, kind), done, failed)

    def backup_at_quit(self) -> None:
        """The backup taken when the app quits (the window is gone: a failure is printed)."""
        wait_for_background()
        try:
            make_backup(self.db.path, Kind.AT_QUIT)
        except DomainError as error:
            print(error.message, file=sys.stderr)

    # -- restoring --------------------------------------------------------------------------

    def ask_restore(self) -> None:
        """Khôi phục từ bản sao lưu…: choose a backup, then restore it."""
        from ui.dialogs.restore_dialog import RestoreDialog

        self.window.flush()
        dialog = RestoreDialog(list_backups(self.db.path), self.db.path, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, file: Path) -> QMainWindow | None:
        """Restore *file* over the database and reopen it in a new window, which replaces this
        one (`window.replaced`); the new window, or None when the restore was refused (this
        window then goes on, on the data as it was)."""
        window = self.window
        if self.db.read_only:
            show_error(
                window,
                self.tr(
                    "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc ({0}), nên không khôi phục được."
                ).format(self.db.read_only_reason),
            )
            return None
        if not window.flush():
            show_error(window, self.tr("Chưa lưu được thay đổi mới nhất, nên chưa khôi phục."))
            return None
        was_open = window.editor.inspection_id
        window.editor.close_draft()
        wait_for_background()
        path = self.db.path
        self.db.close()  # its engine reconnects if the window goes on
        try:
            restored = restore_backup(path, file)
            db = open_database(path, create=False, check=True)
        except DomainError as error:
            show_error(window, error.message)
            if was_open is not None:
                window.editor.load(was_open)
            return None
        replacement = type(window)(type(window.services)(db), window.settings)
        replacement.show()
        replacement.statusBar().showMessage(
            self.tr("Đã khôi phục từ «{0}»; dữ liệu trước đó được giữ tại «{1}».").format(
                restored.backup.name, (restored.before or restored.kept_aside or path).name
            ),
            15000,
        )
        window.replaced.emit(replacement)
        window.close()
        window.deleteLater()
        return replacement

    # -- the second folder ------------------------------------------------------------------

    def ask_second_folder(self) -> None:
        from ui.dialogs.backup_folder_dialog import BackupFolderDialog

        dialog = BackupFolderDialog(load_preferences().second_backup_dir, self.window)
        while dialog.exec():  # a refusal keeps the dialog open with what was typed
            folder = dialog.folder
            try:
                if folder is not None:
                    folder = check_second_backup_dir(folder, self.db.path)
                save_preferences(Preferences(second_backup_dir=folder))
            except DomainError as error:
                dialog.show_error(error.message)
                continue
            self.window.statusBar().showMessage(
                self.tr("Các bản sao lưu sẽ được chép thêm vào «{0}».").format(folder)
                if folder
                else self.tr("Không chép bản sao lưu sang thư mục thứ hai."),
                8000,
            )
            return
