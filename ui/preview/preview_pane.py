"""The preview pane: the notice as it will read, following the typing, and the real PDF on demand.

The notice is rebuilt at most every DEBOUNCE_MS while someone types (and at the latest
MAX_WAIT_MS after the first change of a long burst), only while the pane is shown.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.notice.plain_text import PreviewLine, preview_lines
from ui.background import run_in_background
from ui.dialogs.messages import show_error
from ui.editor.controller import InspectionEditor
from ui.preview.preview_document import PreviewDocument

DEBOUNCE_MS = 300
MAX_WAIT_MS = 1500
BASE_POINT_SIZE = 11.0
log = logging.getLogger(__name__)


def open_with_system(path: Path) -> None:
    """Open a file in the user's viewer; never under the offscreen platform (tests, benches)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        log.info("not opening %s on the %s platform", path, QGuiApplication.platformName())
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def preview_folder() -> Path:
    """Where the PDFs of "Mở bản PDF" go: a folder of the system's temporary files."""
    return Path(tempfile.gettempdir()) / "tocongtac-xem-truoc"


def prune(folder: Path, days: float = 1.0) -> None:
    """Remove preview PDFs older than `days` (a viewer may still hold the recent ones)."""
    oldest = time.time() - days * 86400
    for path in folder.glob("thong-bao-*.pdf"):
        try:
            if path.stat().st_mtime < oldest:
                path.unlink()
        except OSError:
            continue


class PreviewPane(QWidget):
    updated = Signal()  # the preview shows the draft as it is now
    pdf_written = Signal(str)  # the path of the PDF just written (then opened)

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.opener: Callable[[Path], None] = open_with_system
        self.folder = preview_folder()
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setObjectName("preview_text")
        self.document = PreviewDocument(self.view.document(), BASE_POINT_SIZE)
        self.pdf_button = QPushButton(self.tr("Mở bản PDF"))
        self.pdf_button.setToolTip(
            self.tr("Ghi thông báo ra tệp PDF tạm và mở bằng trình xem PDF (Ctrl+Shift+O)")
        )
        self.state = QLabel()
        self.state.setObjectName("preview_state")
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timeout)
        self._first_change: float | None = None
        self._last_change = 0.0
        self._stale = True
        self.pdf_button.clicked.connect(self.open_pdf)
        editor.changed.connect(self.schedule)
        editor.loaded.connect(self.schedule)
        editor.directory_changed.connect(self.schedule)

    # -- keeping up with the draft -------------------------------------------------------------

    def schedule(self, *_args) -> None:
        """Update after a pause of DEBOUNCE_MS in the typing, or MAX_WAIT_MS after a burst
        began. A keystroke only notes the time: the timer is not restarted on each key."""
        self._stale = True
        if not self.isVisible():
            return
        now = time.monotonic()
        self._last_change = now
        if self._first_change is None:
            self._first_change = now
        if not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def _timeout(self) -> None:
        now = time.monotonic()
        quiet_ms = (now - self._last_change) * 1000
        waited_ms = (now - (self._first_change or now)) * 1000
        if quiet_ms < DEBOUNCE_MS and waited_ms < MAX_WAIT_MS:
            self._timer.start(max(1, int(DEBOUNCE_MS - quiet_ms)))
            return
        self.update_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.update_now()

    def notice(self):
        """The NoticeDocument of the draft, or a reason there is none."""
        from app.notice.builder import build_notice

        draft = self.editor.draft
        if draft is None:
            return None, self.tr("Chưa mở cuộc kiểm tra nào.")
        try:
            return build_notice(draft, self.editor.profile), ""
        except DomainError as error:
            return None, error.message
        except Exception as error:  # noqa: BLE001 - typing goes on; the pane says why
            log.exception("preview failed")
            return None, self.tr("Chưa xem trước được: {0}").format(error)

    def update_now(self) -> None:
        self._timer.stop()
        self._first_change = None
        self._stale = False
        doc, reason = self.notice()
        if doc is None:
            self.document.show([PreviewLine.plain("paragraph", reason)])
        else:
            self.document.show(preview_lines(doc))
        self.pdf_button.setEnabled(doc is not None)
        states = {"draft": self.tr("Bản dự thảo"), "signature": self.tr("Bản trình ký")}
        self.state.setText(states.get(doc.form, "") if doc is not None else "")
        self.updated.emit()

    def text(self) -> str:
        """What the preview shows, as plain text."""
        return self.document.text()

    def set_scale(self, scale: float) -> None:
        self.document.set_point_size(BASE_POINT_SIZE * scale)

    # -- the real PDF ---------------------------------------------------------------------------

    def open_pdf(self) -> None:
        """Write the PDF of the notice as it is now to a temporary file, then open it."""
        doc, reason = self.notice()
        if doc is None:
            show_error(self, reason)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        prune(self.folder)
        handle = tempfile.NamedTemporaryFile(
            prefix="thong-bao-", suffix=".pdf", dir=self.folder, delete=False
        )
        handle.close()
        path = Path(handle.name)
        self.pdf_button.setEnabled(False)
        self.state.setText(self.tr("Đang tạo PDF…"))

        def work() -> None:
            from app.exporters.notice_pdf import write_notice_pdf

            write_notice_pdf(doc, path)

        run_in_background(work, lambda _r: self._written(path), self._failed)

    def _written(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.state.setText(self.tr("Đã tạo {0}").format(path.name))
        self.pdf_written.emit(str(path))
        self.opener(path)

    def _failed(self, error: Exception) -> None:
        self.pdf_button.setEnabled(True)
        self.state.setText("")
        message = error.message if isinstance(error, DomainError) else str(error)
        show_error(self, self.tr("Không tạo được bản PDF: {0}").format(message))
