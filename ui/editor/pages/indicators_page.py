"""Chỉ tiêu: indicators with Vietnamese numbers; a warning (never a block) on a percent mismatch."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.dto import IndicatorData
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.table_page import TablePage
from ui.models.indicator_table_model import IndicatorTableModel


class IndicatorsPage(TablePage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Chỉ tiêu")
        self.build(
            IndicatorTableModel(editor, self),
            self.tr("Thêm chỉ tiêu"),
            {
                "unit": 70,
                "target": 75,
                "qualifier": 55,
                "actual": 75,
                "stated_percent": 80,
                "computed": 80,
                "as_of": 85,
            },
            stretch=("name", "basis", "note"),
        )
        self.buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Nhập số theo cách viết Việt Nam: dấu phẩy thập phân, dấu chấm hàng nghìn "
                "(46,4; 10.278). Tỷ lệ tính = thực hiện / kế hoạch × 100."
            )
        )
        hint.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warningBox")
        self.layout_.addWidget(hint)
        self.layout_.addWidget(self.warning)
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.update_warnings)
        self.update_warnings()

    def new_item(self) -> IndicatorData:
        return IndicatorData()

    def update_warnings(self) -> None:
        lines = self.model.warnings()
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def _changed(self, change: Change) -> None:
        if change.area == "indicators":
            self.update_warnings()
