"""Xung đột chưa xử lý: what merges recorded and did not take, the version in use beside the one
not taken; the user ticks the one to keep. A dumb dialog: the caller settles the conflicts."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
)

from app.sync.merge import Conflict
from ui.dialogs.messages import accept_buttons
from ui.models.conflict_table_model import RECORDED_HEADERS, ConflictTableModel
from ui.widgets.conflict_table import conflict_table


class ConflictsDialog(QDialog):
    def __init__(self, rows: list[tuple[Hashable, str, Conflict, bool]], parent=None):
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Xung đột chưa xử lý"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "{0} xung đột từ các lần nhận dữ liệu. Đánh dấu bản cần giữ (Dấu cách), rồi chọn "
                "«Xử lý xong». Thông báo đã ban hành chỉ đổi được qua «Sửa đổi văn bản đã ban "
                "hành»."
            ).format(len(rows)),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = ConflictTableModel(self, RECORDED_HEADERS)
        self.model.set_rows(rows)
        self.table = conflict_table(self, self.model)
        layout.addWidget(self.table, 1)
        buttons = accept_buttons(self, self.tr("Xử lý xong"), self.tr("Để sau"))
        layout.addWidget(buttons)

    def choices(self) -> dict[Hashable, str]:
        """The recorded conflict id → the version to keep."""
        return self.model.choices()
