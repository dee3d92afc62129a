"""The signature block of the notice, with the profile's presets (Tổ trưởng; TL.; TL. + KT.)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.notice.issuer import issuing_body
from ui.editor.binding import Binder
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import form_layout, text_box


class SignatureBox(QGroupBox):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Chữ ký"))
        self.editor = editor
        layout = form_layout(self)
        b = self.binder = Binder(editor, "notice", self._notice, self)
        self.preset = QComboBox()
        self.apply_preset_button = QPushButton(self.tr("Áp dụng mẫu"))
        preset_row = QWidget()
        row = QHBoxLayout(preset_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset, 1)
        row.addWidget(self.apply_preset_button)
        self.authority = b.text(
            text_box(2), "authority_lines", self.tr("Thẩm quyền ký"), lines=True
        )
        self.authority.setPlaceholderText(self.tr("Mỗi dòng một cấp, ví dụ: TL. CHỦ TỊCH"))
        self.capacity = b.line(QLineEdit(), "signer_capacity", self.tr("Chức danh ký"))
        self.capacity.setPlaceholderText(self.tr("ví dụ: TỔ TRƯỞNG"))
        self.signer_title = b.line(QLineEdit(), "signer_title", self.tr("Chức vụ khác"))
        self.signer_name = b.line(QLineEdit(), "signer_name", self.tr("Người ký"))
        layout.addRow(self.tr("Mẫu chữ ký:"), preset_row)
        layout.addRow(self.tr("Thẩm quyền ký:"), self.authority)
        layout.addRow(self.tr("Chức danh ký:"), self.capacity)
        layout.addRow(self.tr("Chức vụ khác:"), self.signer_title)
        layout.addRow(self.tr("Họ tên người ký:"), self.signer_name)
        self.apply_preset_button.clicked.connect(self.apply_preset)
        editor.directory_changed.connect(self._refresh_presets)
        editor.loaded.connect(self._enable)
        editor.loaded.connect(self._refresh_presets)
        editor.changed.connect(self._changed)
        self._refresh_presets()
        self._enable()

    def _notice(self):
        draft = self.editor.draft
        return draft.notice if draft is not None else None

    def _enable(self) -> None:
        self.preset.setEnabled(self.editor.draft is not None)
        self.apply_preset_button.setEnabled(self.editor.draft is not None)

    def _refresh_presets(self) -> None:
        """The presets of the notice's issuing body (the profile's, or a district's…)."""
        self.preset.clear()
        draft = self.editor.draft
        presets = (
            issuing_body(draft, self.editor.profile).presets
            if draft is not None
            else self.editor.profile.signature_presets
        )
        for preset in presets:
            self.preset.addItem(preset.get("label", ""), preset)

    def _changed(self, change) -> None:
        if change.area == "notice" and {"issuing_body", "issuer_code"} & set(change.fields):
            self._refresh_presets()

    def apply_preset(self) -> None:
        notice = self._notice()
        preset = self.preset.currentData()
        if notice is None or not preset:
            return
        values = {
            "authority_lines": list(preset.get("authority_lines", [])),
            "signer_capacity": preset.get("capacity", ""),
            "signer_title": preset.get("title", ""),
        }
        if preset.get("name"):
            values["signer_name"] = preset["name"]
        self.editor.set_fields(
            "notice", notice, values, self.tr("Áp dụng mẫu chữ ký «{0}»").format(preset["label"])
        )
