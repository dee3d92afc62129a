"""Export actions: choose a file (a name saying what it is is proposed), write it off the UI
thread.

What is refused, how the file is written and what it is called are the export service's
(app.services.exports), shared with the command line; this controller only asks for the file and
runs the job in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app import dto
from app.domain.errors import DomainError
from app.services.bundle import Services
from app.services.exports import SUFFIXES, ExportJob
from ui.background import run_in_background
from ui.dialogs.messages import show_error
from ui.dialogs.save_dialog import ask_save_path
from ui.settings import UiSettings

_FILTERS = {
    "notice-pdf": QT_TRANSLATE_NOOP("ExportController", "Tệp PDF (*.pdf)"),
    "notice-docx": QT_TRANSLATE_NOOP("ExportController", "Tệp Word (*.docx)"),
    "tables": QT_TRANSLATE_NOOP("ExportController", "Bảng tính Excel (*.xlsx)"),
    "summary": QT_TRANSLATE_NOOP("ExportController", "Bảng tính Excel (*.xlsx)"),
}


def failure_message(error: Exception) -> str:
    """What the user reads when an export failed with *error*."""
    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, ImportError):
        return _tr("Bản cài đặt này chưa có chức năng xuất tệp này.")
    return _tr("Xuất tệp không thành công: {0}").format(error)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportController", text)


class ExportController(QObject):
    """Runs the exports of the main window; `finished(path)` after each file is written."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, window: QMainWindow, services: Services, settings: UiSettings):
        super().__init__(window)
        self.window = window
        self.services = services
        self.settings = settings

    def suggested_name(self, kind: str, data: dto.InspectionData) -> str:
        return self.services.exports.suggested_name(kind, data)

    def ask_path(self, kind: str, name: str) -> Path | None:
        folder = self.settings.export_dir or str(Path.home())
        path = ask_save_path(
            self.window, self.tr("Lưu tệp"), Path(folder) / name, self.tr(_FILTERS[kind])
        )
        if path is None:
            return None
        if not path.suffix:  # a name typed without its extension: the format chosen
            path = path.with_name(path.name + SUFFIXES[kind])
        self.settings.export_dir = str(path.parent)
        return path

    def export_inspection(self, kind: str, inspection_id: int, path: Path | None = None) -> bool:
        """Export one inspection as `kind` ("notice-pdf", "notice-docx", "tables")."""
        exports = self.services.exports
        data = self.services.inspections.get(inspection_id)
        try:
            exports.check(kind, data)
        except DomainError as error:
            show_error(self.window, error.message)
            return False
        if path is None:
            path = self.ask_path(kind, self.suggested_name(kind, data))
            if path is None:
                return False
        try:
            if kind == "tables":
                job = exports.tables_job(inspection_id, path, inspection=data)
            else:
                job = exports.notice_job(inspection_id, path, inspection=data)
        except DomainError as error:
            self._error(error, path)
            return False
        self._start(job)
        return True

    def export_summary(self, year: int, path: Path | None = None) -> bool:
        if path is None:
            path = self.ask_path("summary", self.services.exports.summary_name(year))
            if path is None:
                return False
        # One read of the whole year (column queries), then the workbook off the UI thread.
        try:
            job = self.services.exports.summary_job(year, path)
        except DomainError as error:
            self._error(error, path)
            return False
        self._start(job)
        return True

    def _start(self, job: ExportJob) -> None:
        path = job.path
        self.window.statusBar().showMessage(self.tr("Đang xuất {0}…").format(path.name))
        run_in_background(job.run, lambda _result: self._done(path), lambda e: self._error(e, path))

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 8000)
        self.finished.emit(str(path))

    def _error(self, error: Exception, path: Path) -> None:
        message = failure_message(error)
        self.window.statusBar().showMessage(self.tr("Xuất tệp không thành công"), 8000)
        self.failed.emit(message)
        show_error(self.window, message)
