"""«Sửa đổi văn bản đã ban hành»: asks why an issued notice is reopened (the reason is kept)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.messages import translate_buttons


class AmendDialog(QDialog):
    """The reason is required; «Mở để sửa» stays disabled while it is empty."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa đổi văn bản đã ban hành"))
        intro = QLabel(
            self.tr(
                "Thông báo {0} đã ban hành. Ghi lý do sửa đổi; lý do được lưu cùng cuộc kiểm "
                "tra và xem lại được ở trang Ban hành."
            ).format(number)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()  # one sentence; Enter opens the amendment
        self.reason.setPlaceholderText(self.tr("Ví dụ: đính chính tên đơn vị theo đề nghị"))
        self.buttons = translate_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mở để sửa"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Lý do sửa đổi:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 160)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.text().strip()
