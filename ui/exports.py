"""Export actions: choose a file (a name saying what it is is proposed), write it off the UI
thread.

The exporters are imported inside the handlers: start-up stays fast, and the window still works
when an exporter is missing from a build.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app import dto
from app.domain.errors import DomainError
from app.export_names import suggest_file_name
from app.services.bundle import Services
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


def _notice_pdf(data: dto.InspectionData, profile: dto.ProfileData, path: Path) -> None:
    from app.exporters.notice_pdf import write_notice_pdf
    from app.notice.builder import build_notice

    write_notice_pdf(build_notice(data, profile), path)


def _notice_docx(data: dto.InspectionData, profile: dto.ProfileData, path: Path) -> None:
    from app.exporters.notice_docx import write_notice_docx
    from app.notice.builder import build_notice

    write_notice_docx(build_notice(data, profile), path)


def _tables(data: dto.InspectionData, profile: dto.ProfileData, path: Path) -> None:
    from app.exporters.inspection_tables import write_inspection_tables

    write_inspection_tables(data, profile, path)


_WRITERS = {"notice-pdf": _notice_pdf, "notice-docx": _notice_docx, "tables": _tables}


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
        """The proposed name of *data* exported as *kind*: the issued notice carries its number
        ("TB-54-TCT-2021-TP-Lang-Son.pdf"), a draft says so ("Du-thao-…")."""
        notice = data.notice
        if kind.startswith("notice") and notice.issued and notice.number:
            return suggest_file_name(
                kind,
                data.unit_name,
                notice.date or data.date,
                number=notice.number,
                doc_type=notice.doc_type,
                issuer_code=notice.issuer_code,
            )
        return suggest_file_name(
            kind,
            data.unit_name,
            data.date,
            doc_type=notice.doc_type,
            issuer_code=notice.issuer_code,
            draft=True,
        )

    def ask_path(self, kind: str, name: str) -> Path | None:
        folder = self.settings.export_dir or str(Path.home())
        path = ask_save_path(
            self.window, self.tr("Lưu tệp"), Path(folder) / name, self.tr(_FILTERS[kind])
        )
        if path is None:
            return None
        self.settings.export_dir = str(path.parent)
        return path

    def export_inspection(self, kind: str, inspection_id: int, path: Path | None = None) -> bool:
        """Export one inspection as `kind` ("notice-pdf", "notice-docx", "tables")."""
        data = self.services.inspections.get(inspection_id)
        if kind.startswith("notice") and data.kind == dto.Kind.GIAM_SAT:
            show_error(
                self.window,
                self.tr("Buổi giám sát không có thông báo kết luận của Tổ công tác."),
            )
            return False
        if path is None:
            path = self.ask_path(kind, self.suggested_name(kind, data))
            if path is None:
                return False
        profile = self.services.profile.get()
        writer = _WRITERS[kind]
        self._start(lambda: writer(data, profile, path), path)
        return True

    def export_summary(self, year: int, path: Path | None = None) -> bool:
        if path is None:
            path = self.ask_path("summary", suggest_file_name("summary", "", year))
            if path is None:
                return False
        # One read of the whole year (column queries), then the workbook off the UI thread.
        try:
            inputs = self.services.reports.summary_inputs(year)
        except DomainError as error:
            self._error(error, path)
            return False

        def work() -> None:
            from app.exporters.year_summary import write_year_summary

            write_year_summary(year, inputs.inspections, inputs.organizations, inputs.profile, path)

        self._start(work, path)
        return True

    def _start(self, work: Callable[[], None], path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Đang xuất {0}…").format(path.name))
        run_in_background(work, lambda _result: self._done(path), lambda e: self._error(e, path))

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 8000)
        self.finished.emit(str(path))

    def _error(self, error: Exception, path: Path) -> None:
        if isinstance(error, DomainError):
            message = error.message
        elif isinstance(error, ImportError):
            message = self.tr("Bản cài đặt này chưa có chức năng xuất tệp này.")
        elif isinstance(error, OSError):
            message = self.tr("Không ghi được tệp «{0}»: {1}.").format(path, self._why(error))
        else:
            message = self.tr("Xuất tệp không thành công: {0}").format(error)
        self.window.statusBar().showMessage(self.tr("Xuất tệp không thành công"), 8000)
        self.failed.emit(message)
        show_error(self.window, message)

    def _why(self, error: OSError) -> str:
        if isinstance(error, FileNotFoundError):
            return self.tr("thư mục không tồn tại")
        if isinstance(error, PermissionError):
            return self.tr(
                "không có quyền ghi vào đây, hoặc tệp đang được mở trong chương trình khác"
            )
        if error.errno == errno.ENOSPC:
            return self.tr("ổ đĩa đã đầy")
        return self.tr("lỗi hệ thống số {0}").format(error.errno)
