"""Table model over the inspection list rows.

The model keeps its rows sorted itself (the view's proxy only filters) and keeps, with each row,
the text the list filter matches folded once: a keystroke in the filter then costs one look at
3 000 short strings, not a fold of each, nor a Python comparison per step of a Qt sort.
"""

from __future__ import annotations

import bisect
import datetime as dt

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
from app.domain.collation import vn_sort_key
from app.domain.inspection_year import inspection_year
from app.domain.text import fold

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
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 4


# What the list filter needs of a row: id, year, kind, status, and the text it looks in
# (unit, notice number, date, kind, status) folded.
FilterKey = tuple[int, int | None, str, str, str]


def filter_key(row: dto.InspectionRow) -> FilterKey:
    text = " ".join(
        (
            row.unit_name,
            row.notice_number,
            row.date.strftime("%d/%m/%Y") if row.date else "",
            dto.Kind(row.kind).label,
            dto.InspectionStatus(row.status).label,
        )
    )
    return row.id, inspection_year(row), row.kind, row.status, fold(text)


class InspectionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dto.InspectionRow] = []
        self._keys: list[FilterKey] = []  # filter_key of each row, in step with _rows
        self._sort_column = -1  # as the view last asked (-1: the order given)
        self._descending = False

    def set_rows(self, rows: list[dto.InspectionRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._keys = [filter_key(r) for r in self._rows]
        self.endResetModel()

    def update_row(self, row: dto.InspectionRow) -> None:
        """Replace the row with its id (or add it), where the current sort puts it."""
        old = self.row_of_id(row.id)
        if old is not None:
            same_place = self._key(self._rows[old]) == self._key(row)  # as after most saves
            self._rows[old] = row
            self._keys[old] = filter_key(row)
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(HEADERS) - 1))
            if same_place:
                return
            new = self._position(row, without=old)
            if new not in (old, old + 1):
                self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new)
                moved = new if new < old else new - 1
                self._rows.insert(moved, self._rows.pop(old))
                self._keys.insert(moved, self._keys.pop(old))
                self.endMoveRows()
            return
        at = self._position(row)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._keys.insert(at, filter_key(row))
        self.endInsertRows()

    def remove_id(self, inspection_id: int) -> None:
        i = self.row_of_id(inspection_id)
        if i is not None:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            del self._keys[i]
            self.endRemoveRows()

    def filter_key_at(self, i: int) -> FilterKey:
        return self._keys[i]

    # -- sorting (here rather than in a proxy: see the module docstring) --------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in persistent]
        pairs = sorted(zip(self._rows, self._keys, strict=True), key=lambda p: self._key(p[0]),
                       reverse=self._descending)  # fmt: skip
        self._rows = [r for r, _ in pairs]
        self._keys = [k for _, k in pairs]
        where = {r.id: i for i, r in enumerate(self._rows)}
        moved = [self.index(where[i], p.column()) for i, p in zip(ids, persistent, strict=True)]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _key(self, row: dto.InspectionRow):
        return self._sort_value(row, self._sort_column)

    def _sorted(self, rows: list[dto.InspectionRow]) -> list[dto.InspectionRow]:
        if self._sort_column < 0:
            return rows
        return sorted(rows, key=self._key, reverse=self._descending)

    def _position(self, row: dto.InspectionRow, without: int | None = None) -> int:
        """Where *row* goes among the rows (the one at *without* left out) in the current sort."""
        if self._sort_column < 0:
            return len(self._rows) if without is None else without
        keys = [self._key(r) for i, r in enumerate(self._rows) if i != without]
        key = self._key(row)
        if self._descending:  # stable: after the equal ones, as sorted(reverse=True) puts it
            at = len(keys) - bisect.bisect_left(keys[::-1], key)
        else:
            at = bisect.bisect_right(keys, key)
        return at + 1 if without is not None and at >= without else at

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
            return self._sort_value(row, col)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_UNIT:
            return row.unit_name
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_UNIT and not row.unit_name:
            return _PLACEHOLDER
        return None

    @classmethod
    def _sort_value(cls, row: dto.InspectionRow, col: int):
        if col == COL_DATE:
            return (row.date or dt.date.min).toordinal()
        if col == COL_TASKS:
            return row.task_count
        # Names sort in Vietnamese order (Ân after An, Đ after D), not by code point.
        return vn_sort_key(cls._display(row, col))

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
