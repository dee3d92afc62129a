"""Table model over the inspection list rows."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app import dto
from app.domain.collation import vn_sort_text
from app.domain.inspection_year import inspection_year

COL_DATE, COL_KIND, COL_UNIT, COL_STATUS, COL_NUMBER, COL_TASKS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("InspectionTableModel", "Ngày"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Loại"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Đơn vị"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Trạng thái"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Số TB"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "NV"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("InspectionTableModel", "Ngày làm việc"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Kiểm tra, giám sát hoặc họp"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Đơn vị được kiểm tra"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Trạng thái của cuộc kiểm tra"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Số thông báo kết luận đã ban hành"),
    QT_TRANSLATE_NOOP("InspectionTableModel", "Nhiệm vụ đã hoàn thành / tổng số"),
)
_PLACEHOLDER = QColor("#777777")
# Names sort in Vietnamese order (Ân after An, Đ after D), not by code point; the keys are
# cached because the proxy asks for them on every comparison.
_sort_text = lru_cache(maxsize=8192)(vn_sort_text)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 4


class InspectionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dto.InspectionRow] = []

    def set_rows(self, rows: list[dto.InspectionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, row: dto.InspectionRow) -> None:
        for i, current in enumerate(self._rows):
            if current.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove_id(self, inspection_id: int) -> None:
        for i, current in enumerate(self._rows):
            if current.id == inspection_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return

    def row_of_id(self, inspection_id: int) -> int | None:
        for i, current in enumerate(self._rows):
            if current.id == inspection_id:
                return i
        return None

    def years(self) -> list[int]:
        years = {inspection_year(r) for r in self._rows}
        return sorted((y for y in years if y is not None), reverse=True)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InspectionTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("InspectionTableModel", HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            if col == COL_DATE:
                return (row.date or dt.date.min).toordinal()
            if col == COL_TASKS:
                return row.task_count
            return _sort_text(self._display(row, col))
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_UNIT:
            return row.unit_name
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_UNIT and not row.unit_name:
            return _PLACEHOLDER
        return None

    @staticmethod
    def _display(row: dto.InspectionRow, col: int) -> str:
        if col == COL_DATE:
            return row.date.strftime("%d/%m/%Y") if row.date else ""
        if col == COL_KIND:
            return row.kind.label
        if col == COL_UNIT:
            return row.unit_name or QCoreApplication.translate(
                "InspectionTableModel", "(chưa có đơn vị)"
            )
        if col == COL_STATUS:
            return row.status.label
        if col == COL_NUMBER:
            return row.notice_number
        if col == COL_TASKS:
            return f"{row.completed_count}/{row.task_count}" if row.task_count else ""
        return ""
