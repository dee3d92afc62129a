"""Tệp → Gửi cho máy khác… / Nhận dữ liệu từ máy khác…: the dialogs' caller. What a package
holds and how a merge decides are app.sync's; this only asks and shows. The dialogs and the data
file are imported when first used, not with the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from app.domain.errors import DomainError
from app.services.bundle import Services
from ui.dialogs.messages import show_error
from ui.dialogs.save_dialog import ask_save_path
from ui.settings import UiSettings

_FILTER = "Tệp dữ liệu Tổ công tác (*.json)"


class SyncController(QObject):
    def __init__(self, window: QMainWindow, services: Services, settings: UiSettings):
        super().__init__(window)
        self.window = window
        self.services = services
        self.settings = settings

    def send(self, path: Path | None = None) -> bool:
        """Choose inspections (those selected in the list ticked), then write the package (to
        *path*, or where the user says)."""
        from ui.dialogs.send_dialog import SendDialog

        editor = self.window.editor
        editor.flush()
        rows = self.services.inspections.list_rows()
        chosen = set(self.window.inspection_list.selected_ids())
        if not chosen and editor.inspection_id is not None:
            chosen = {editor.inspection_id}
        dialog = SendDialog(rows, chosen, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_ids():
            return False
        ids = dialog.chosen_ids()
        if path is None:
            folder = Path(self.settings.export_dir or str(Path.home()))
            name = self.services.sync.package_name(dt.date.today())
            path = ask_save_path(
                self.window, self.tr("Gửi cho máy khác"), folder / name, self.tr(_FILTER)
            )
            if path is None:
                return False
        try:
            self.services.sync.write_package(ids, path)
        except (DomainError, OSError) as error:
            show_error(self.window, getattr(error, "message", None) or str(error))
            return False
        self._say(self.tr("Đã ghi {0} cuộc kiểm tra vào {1}").format(len(ids), path))
        return True

    def receive(self, path: Path | None = None) -> bool:
        """Read a package, show what it would change and its conflicts, merge as chosen."""
        editor = self.window.editor
        editor.flush()
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Nhận dữ liệu từ máy khác"),
                self.settings.export_dir or "",
                self.tr(_FILTER),
            )
            if not name:
                return False
            path = Path(name)
        from app.datafile import read_data_file
        from ui.dialogs.merge_dialog import MergeDialog

        try:
            content = read_data_file(path)
            report = self.services.sync.merge(content, source=path.name, dry_run=True)
        except DomainError as error:
            show_error(self.window, error.message)
            return False
        dialog = MergeDialog(report, path.name, self.window)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            done = self.services.sync.merge(
                read_data_file(path), source=path.name, choices=dialog.choices()
            )
        except DomainError as error:
            show_error(self.window, error.message)
            return False
        current = editor.inspection_id
        self.window.refresh()
        if current is not None:
            editor.load(current)
        self._say(
            self.tr("Đã nhận {0} cuộc kiểm tra; {1} xung đột được ghi lại").format(
                len(done.inspections), done.conflict_count
            )
        )
        return True

    def review_conflicts(self) -> bool:
        """The recorded conflicts: settle each as the user ticks it (Cancel: all stay open)."""
        from ui.dialogs.conflicts_dialog import ConflictsDialog

        editor = self.window.editor
        editor.flush()
        recorded = self.services.sync.conflicts()
        issued = {r.id for r in self.services.inspections.list_rows() if r.notice_form == "issued"}
        rows = [
            (
                r.id,
                r.inspection_label,
                r.conflict,
                r.inspection_id in issued or r.conflict.key == "register",
            )
            for r in recorded
        ]
        dialog = ConflictsDialog(rows, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            for conflict_id, side in dialog.choices().items():
                self.services.sync.settle(conflict_id, side)
        except DomainError as error:
            show_error(self.window, error.message)
        current = editor.inspection_id
        self.window.refresh()
        if current is not None:
            editor.load(current)
        self._say(self.tr("Đã xử lý {0} xung đột").format(len(rows)))
        return True

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
