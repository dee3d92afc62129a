"""A plain editable table over a list of dataclass records (the Danh mục dialog's tables).

Unlike DraftTableModel it edits the records directly, without undo: the dialog hands the
records back only when the user confirms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.draft_table_model import (
    Column,
    ColumnTableModel,
)


class RecordTableModel(ColumnTableModel):
    def __init__(self, records: list, columns: list[Column], factory, parent=None):
        super().__init__(parent)
        self.records = list(records)
        self.columns = columns
        self.factory = factory

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.records)

    def flags(self, index):
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.records[index.row()], column.field)
        return self.cell_data(column, value, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        ok, column, parsed = self.parsed_edit(index, value, role)
        if not ok:
            return False
        setattr(
            self.records[index.row()],
            column.field,
            parsed.strip() if isinstance(parsed, str) else parsed,
        )
        self.dataChanged.emit(index, index)
        return True

    def insert(self, row: int, record: Any = None) -> int:
        row = max(0, min(row, len(self.records)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.insert(row, record if record is not None else self.factory())
        self.endInsertRows()
        return row

    def remove(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self.records.pop(row)
        self.endRemoveRows()
        return record

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self.records) and 0 <= target < len(self.records)):
            return False
        self.beginResetModel()
        self.records.insert(target, self.records.pop(row))
        self.endResetModel()
        return True
