"""Tệp → Xuất thông báo các cuộc đã chọn…: the notices of the inspections selected in the list,
written into one folder behind a progress dialog that can be cancelled.

Which files are written, their names, what is skipped and why are app.services.notice_batch's
(shared with `tocongtac notice ID… -o DIR`). This controller asks for the folder and the format,
then goes one inspection at a time: its notice is read and built on the UI thread (the only one
that uses the database), its files are written on the thread pool (ui/background.py). So «Hủy»
stops after the inspection being written, and the files already written stay.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QProgressDialog

from app.database import storage_message
from app.domain.errors import DomainError
from app.services.bundle import Services
from app.services.notice_batch import (
    BatchReport,
    BatchStep,
    NoticeBatch,
    describe,
    parse_formats,
)
from ui.background import run_in_background
from ui.dialogs.messages import show_error
from ui.exports import failure_message
from ui.settings import UiSettings

# (the formats as app.services.notice_batch.parse_formats reads them, what the user picks)
FORMAT_CHOICES = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("pdf,docx", "PDF và Word (DOCX)"))


class NoticeBatchController(QObject):
    """Runs one batch at a time; `finished(report)` once its closing message is shown."""

    finished = Signal(object)

    def __init__(self, window: QMainWindow, services: Services, settings: UiSettings):
        super().__init__(window)
        self.window = window
        self.services = services
        self.settings = settings
        self.batch: NoticeBatch | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self._pending: list[int] = []
        self._done = 0

    # -- asking -----------------------------------------------------------------------------

    def start(self, ids: list[int]) -> bool:
        """Ask for the folder and the format, then export the notices of *ids* (False: the
        user cancelled, or a batch is already running)."""
        if not ids or self.batch is not None:
            return False
        folder = self.ask_folder()
        if folder is None:
            return False
        formats = self.ask_formats(len(ids), folder)
        if formats is None:
            return False
        services = self.services
        try:
            batch = NoticeBatch(
                services.exports, services.inspections, ids, folder, parse_formats(formats)
            )
        except DomainError as error:
            show_error(self.window, error.message)
            return False
        self.settings.export_dir = str(folder)
        self.settings.notice_formats = formats
        self.batch, self._pending, self._done, self.cancelled = batch, list(batch.ids), 0, False
        self.progress = self._progress_dialog(len(batch))
        self._next()
        return True

    def ask_folder(self) -> Path | None:
        start = self.settings.export_dir or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Chọn thư mục để lưu các thông báo"),
            start,
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
        )
        return Path(chosen) if chosen else None

    def ask_formats(self, count: int, folder: Path) -> str | None:
        """The formats chosen ("pdf", "docx" or "pdf,docx"; the last choice is proposed), None
        when cancelled."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("notice_formats_dialog")
        dialog.setWindowTitle(self.tr("Xuất thông báo các cuộc đã chọn"))
        dialog.setLabelText(
            self.tr(
                "Xuất thông báo của {0} cuộc đã chọn vào thư mục\n«{1}»,\nmỗi cuộc một tệp:"
            ).format(count, folder)
        )
        labels = [label for _formats, label in FORMAT_CHOICES]
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        remembered = [formats for formats, _label in FORMAT_CHOICES]
        last = self.settings.notice_formats
        dialog.setTextValue(labels[remembered.index(last)] if last in remembered else labels[0])
        dialog.setOkButtonText(self.tr("Xuất"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        try:
            if not dialog.exec():
                return None
            return remembered[labels.index(dialog.textValue())]
        finally:
            dialog.deleteLater()

    def _progress_dialog(self, total: int) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Đang chuẩn bị…"), self.tr("Hủy"), 0, total, self.window)
        dialog.setObjectName("notice_batch_progress")
        dialog.setWindowTitle(self.tr("Xuất thông báo các cuộc đã chọn"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumWidth(460)
        dialog.canceled.connect(self._cancel)
        dialog.setValue(0)
        dialog.show()
        return dialog

    # -- running ----------------------------------------------------------------------------

    def _cancel(self) -> None:
        self.cancelled = True
        self.window.statusBar().showMessage(self.tr("Đang dừng sau tệp đang ghi…"))

    def _next(self) -> None:
        batch = self.batch
        if self.cancelled or not self._pending:
            self._finish()
            return
        inspection_id = self._pending.pop(0)
        try:
            step = batch.prepare(inspection_id)  # the database, on this (the UI) thread
        except Exception as error:  # noqa: BLE001 - a damaged row: said in the closing message
            message = storage_message(error, self.services.db) or failure_message(error)
            batch.record_failure(inspection_id, describe(inspection_id, None), message)
            self._step_finished()
            return
        self.progress.setLabelText(
            self.tr("Đang xuất {0} / {1}:\n{2}").format(self._done + 1, len(batch), step.what)
        )
        run_in_background(step.run, self._step_done, lambda error: self._step_failed(step, error))

    def _step_done(self, result) -> None:
        self.batch.record(result)
        self._step_finished()

    def _step_failed(self, step: BatchStep, error: Exception) -> None:
        self.batch.record_failure(step.inspection_id, step.what, failure_message(error))
        self._step_finished()

    def _step_finished(self) -> None:
        self._done += 1
        if not self.cancelled:
            self.progress.setValue(self._done)
        self._next()

    def _finish(self) -> None:
        batch, left = self.batch, len(self._pending)
        report = batch.report
        report.cancelled = self.cancelled and left > 0
        self.progress.hide()
        self.progress.deleteLater()
        self.batch, self.progress, self._pending = None, None, []
        self._show_report(report, batch.folder, left)
        self.finished.emit(report)

    def _show_report(self, report: BatchReport, folder: Path, left: int) -> QMessageBox:
        text = self.tr("Đã xuất {0} tệp vào thư mục «{1}».").format(len(report.written), folder)
        if report.cancelled:
            text += "\n" + self.tr(
                "Đã dừng theo yêu cầu: {0} cuộc chưa xuất; các tệp đã xuất vẫn giữ nguyên."
            ).format(left)
        skipped = report.skipped
        box = QMessageBox(
            QMessageBox.Icon.Warning if skipped else QMessageBox.Icon.Information,
            self.tr("Xuất thông báo các cuộc đã chọn"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("notice_batch_report")
        if skipped:
            count = len({s.inspection_id for s in skipped})
            lines = "\n".join(f"• {s.what[:1].upper()}{s.what[1:]}: {s.reason}" for s in skipped)
            box.setInformativeText(self.tr("Bỏ qua {0} cuộc:\n{1}").format(count, lines))
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Mở thư mục"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Đóng"))
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        box.buttonClicked.connect(answered)
        self.window.statusBar().showMessage(text.split("\n")[0], 8000)
        box.open()  # window-modal, not blocking
        return box
