"""Thư mục sao lưu thứ hai: a folder (USB stick, network share) every backup is also copied
to. The dialog only chooses (`folder`, None for none); its caller checks and saves it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.dialogs.messages import translate_buttons


class BackupFolderDialog(QDialog):
    def __init__(self, folder: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("backup_folder_dialog")
        self.setWindowTitle(self.tr("Thư mục sao lưu thứ hai"))
        self.resize(560, 0)
        intro = QLabel(
            self.tr(
                "Mỗi bản sao lưu cũng được chép vào thư mục này (ổ USB, thư mục mạng). Cơ sở dữ "
                "liệu đang dùng không bao giờ nằm ở đó. Để trống: không chép."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(folder) if folder else "")
        self.path_edit.setObjectName("second_folder")
        self.path_edit.setPlaceholderText(self.tr("(không có)"))
        browse = QPushButton(self.tr("&Chọn…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("error_label")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = translate_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def folder(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Thư mục sao lưu thứ hai"))
        if name:
            self.path_edit.setText(name)
