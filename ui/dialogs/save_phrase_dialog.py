"""Lưu vào thư viện: the wording of an entry, kept for next time under a field tag."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.text import nfc
from app.dto import Section
from ui.dialogs.messages import translate_buttons
from ui.dialogs.phrase_dialog import field_combo


class SavePhraseDialog(QDialog):
    """The text (editable: a phrase is often a shortened entry) and the field it belongs to."""

    def __init__(self, text: str, section: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lưu vào thư viện câu chữ"))
        self.resize(560, 300)
        self.section = section
        self.text_box = QPlainTextEdit(text)
        self.text_box.setTabChangesFocus(True)
        self.field_combo = field_combo(with_all=False)
        self.field_combo.setToolTip(self.tr("Lĩnh vực, để tìm lại câu này nhanh hơn"))
        form = QFormLayout()
        form.addRow(self.tr("Phần:"), QLabel(Section(section).label))
        form.addRow(self.tr("Lĩnh vực:"), self.field_combo)
        form.addRow(self.tr("Câu chữ:"), self.text_box)
        buttons = translate_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.field_combo.setFocus()

    @property
    def text(self) -> str:
        return nfc(self.text_box.toPlainText()).strip()

    @property
    def field_tag(self) -> str:
        return self.field_combo.currentData() or ""
