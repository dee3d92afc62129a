"""The strip above the editor's pages that says why the inspection cannot be edited, that an
amendment is open, or what happened when a save found it changed elsewhere (with what was
typed here, to copy back)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.register import issued_reference
from ui.dialogs.messages import show_error
from ui.editor.controller import ConflictReport, InspectionEditor


class StateBanner(QFrame):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("state_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#state_banner { background: #fff4d6; border: 1px solid #d9a300; }"
            " QLabel { color: #3d2e00; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.amend_button = QPushButton(self.tr("Sửa đổi văn bản đã ban hành…"))
        self.amend_button.setToolTip(self.tr("Mở thông báo đã ban hành để sửa, có ghi lý do"))
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)
        self.kept.setMaximumHeight(110)
        self.copy_button = QPushButton(self.tr("Chép phần đã gõ"))
        self.close_button = QPushButton(self.tr("Đã xem"))
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.amend_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.kept)
        layout.addLayout(bottom)
        self._report: ConflictReport | None = None
        self.amend_button.clicked.connect(self.amend)
        self.copy_button.clicked.connect(self.copy_kept)
        self.close_button.clicked.connect(self.dismiss)
        editor.loaded.connect(self._loaded)
        editor.read_only_changed.connect(lambda _on: self.refresh())
        editor.conflict.connect(self.show_conflict)
        editor.edit_refused.connect(self._refused)
        self.refresh()

    def _loaded(self) -> None:
        if not self.editor.draft or not self._report:
            self._report = None
        self.refresh()

    def show_conflict(self, report: ConflictReport) -> None:
        self._report = report
        self.refresh()

    def dismiss(self) -> None:
        self._report = None
        self.refresh()

    def kept_text(self) -> str:
        if self._report is None:
            return ""
        return "\n".join(f"{c.where}: {c.mine}" for c in self._report.kept)

    def copy_kept(self) -> None:
        QGuiApplication.clipboard().setText(self.kept_text())

    def _refused(self, reason: str) -> None:
        if self._report is None:
            self.message.setText(reason)
            self.setVisible(True)

    def refresh(self) -> None:
        editor = self.editor
        reason = editor.read_only_reason()
        issued_lock = (
            editor.draft is not None
            and editor.draft.notice.issued
            and not editor.amending
            and not editor.services.db.read_only
        )
        parts = []
        if self._report is not None:
            parts.append(self._report.message)
        if reason and (self._report is None or reason not in self._report.message):
            parts.append(reason)
        if editor.amending and editor.draft is not None:
            parts.append(self.tr("Đang sửa đổi văn bản đã ban hành; mọi thay đổi được lưu."))
        self.message.setText(" ".join(parts))
        kept = self.kept_text()
        self.kept.setPlainText(kept)
        self.kept.setVisible(bool(kept))
        self.copy_button.setVisible(bool(kept))
        self.close_button.setVisible(self._report is not None)
        self.amend_button.setVisible(issued_lock)
        self.setVisible(bool(parts))

    def amend(self) -> None:
        from ui.dialogs.amend_dialog import AmendDialog

        draft = self.editor.draft
        if draft is None:
            return
        dialog = AmendDialog(issued_reference(draft.notice), self)
        if not dialog.exec():
            return
        try:
            self.editor.amend(dialog.reason_text())
        except DomainError as error:
            show_error(self, error.message)
