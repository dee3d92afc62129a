"""The conflicts of a merge, side by side: this laptop's version, the other's, and which to take."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.sync.merge import DELETED, ISSUED, LOCAL, OTHER, Conflict
from app.sync.report import shown

_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictTableModel", "Cuộc kiểm tra"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Nội dung"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Bản của máy này"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Bản của máy kia"),
)
# The value columns of a recorded conflict: what the inspection holds, what it did not take.
RECORDED_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictTableModel", "Đang dùng"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Bản chưa lấy"),
)

_WHY = {
    DELETED: QT_TRANSLATE_NOOP("ConflictTableModel", "xóa ở một máy, sửa ở máy kia"),
    ISSUED: QT_TRANSLATE_NOOP("ConflictTableModel", "đã ban hành: giữ bản đã ban hành"),
}


class ConflictTableModel(QAbstractTableModel):
    """One row per conflict: (key, inspection, conflict, locked); the checked version column is
    the one taken (`choices`). A locked row offers no choice (an issued notice, the register)."""

    COL_INSPECTION, COL_WHAT, COL_LOCAL, COL_OTHER = range(4)

    def __init__(self, parent=None, value_headers: tuple[str, str] | None = None):
        super().__init__(parent)
        self._headers = (*_HEADERS[:2], *(value_headers or _HEADERS[2:]))
        self._rows: list[tuple[Hashable, str, Conflict, bool]] = []
        self._choices: list[str] = []

    def set_rows(self, rows: list[tuple[Hashable, str, Conflict, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._choices = [c.kept for _u, _l, c, _locked in self._rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConflictTableModel", self._headers[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _uuid, label, conflict, _locked = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_INSPECTION:
                return label
            if column == self.COL_WHAT:
                why = _WHY.get(conflict.reason)
                if not why:
                    return conflict.label
                return f"{conflict.label} ({QCoreApplication.translate('ConflictTableModel', why)})"
            value = conflict.local if column == self.COL_LOCAL else conflict.other
            if conflict.key.startswith("order:"):
                return QCoreApplication.translate("ConflictTableModel", "(thứ tự các mục)")
            if value is None and conflict.reason == DELETED:
                return QCoreApplication.translate("ConflictTableModel", "(đã xóa)")
            return _full(value)
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.COL_LOCAL, self.COL_OTHER):
            side = LOCAL if column == self.COL_LOCAL else OTHER
            chosen = self._choices[index.row()] == side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() in (self.COL_LOCAL, self.COL_OTHER) and not self._rows[index.row()][3]:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (
            self.COL_LOCAL,
            self.COL_OTHER,
        ):
            return False
        side = LOCAL if index.column() == self.COL_LOCAL else OTHER
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            side = OTHER if side == LOCAL else LOCAL  # unchecking one version takes the other
        self._choices[index.row()] = side
        row = index.row()
        self.dataChanged.emit(self.index(row, self.COL_LOCAL), self.index(row, self.COL_OTHER))
        return True

    def choices(self) -> dict[Hashable, str]:
        """The key of each row → the side chosen."""
        return {row[0]: choice for row, choice in zip(self._rows, self._choices, strict=True)}


def _full(value) -> str:
    text = getattr(value, "text", None) or getattr(value, "content", None)
    return text if isinstance(text, str) and text else shown(value)
