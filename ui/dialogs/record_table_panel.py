"""A RecordTableModel in a table with Thêm / Xóa / Lên / Xuống and an inline message line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.models.record_table_model import RecordTableModel
from ui.widgets.draft_table_view import DraftTableView
from ui.widgets.fields import ErrorLabel


class RecordTablePanel(QWidget):
    def __init__(self, model: RecordTableModel, widths: dict[str, int], movable=True, parent=None):
        super().__init__(parent)
        self.model = model
        self.removed: list = []
        self.table = DraftTableView(self)
        self.table.set_draft_model(model, widths)
        self.message = ErrorLabel(self)
        self.add_button = QPushButton(self.tr("Thêm dòng"))
        self.delete_button = QPushButton(self.tr("Xóa dòng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        if movable:
            self.up_button = QPushButton(self.tr("Lên"))
            self.down_button = QPushButton(self.tr("Xuống"))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
            self.up_button.clicked.connect(lambda: self.move(-1))
            self.down_button.clicked.connect(lambda: self.move(1))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.table.delete_requested.connect(self.delete)
        model.input_error.connect(self.message.show_message)

    def add(self) -> None:
        current = self.table.currentIndex()
        row = self.model.insert(current.row() + 1 if current.isValid() else len(self.model.records))
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete(self) -> None:
        for row in reversed(self.table.selected_rows()):
            self.removed.append(self.model.remove(row))

    def move(self, step: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.model.move(current.row(), step):
            self.table.setCurrentIndex(self.model.index(current.row() + step, current.column()))
