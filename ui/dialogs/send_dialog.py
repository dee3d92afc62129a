"""Gửi cho máy khác: choose the inspections the package carries (the open one ticked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QListView, QVBoxLayout

from app import dto
from app.domain.dates import inline_date
from ui.dialogs.messages import accept_buttons


class SendDialog(QDialog):
    def __init__(self, rows: list[dto.InspectionRow], ticked: set[int], parent=None):
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(self.tr("Gửi cho máy khác"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Chọn các cuộc kiểm tra cần gửi (Dấu cách: chọn / bỏ chọn):"), self)
        )
        self.model = QStandardItemModel(self)
        for row in rows:
            when = inline_date(row.date) if row.date else ""
            item = QStandardItem(f"{row.unit_name} — {when} — {row.notice_number or '-'}")
            item.setData(row.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in ticked else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.view = QListView(self)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        self.buttons = accept_buttons(self, self.tr("Gửi…"), self.tr("Hủy"))
        layout.addWidget(self.buttons)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def chosen_ids(self) -> list[int]:
        return [
            self.model.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.model.rowCount())
            if self.model.item(n).checkState() == Qt.CheckState.Checked
        ]
