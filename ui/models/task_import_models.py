"""The two tables of the task import wizard: what each column of the file means (editable),
and what will happen to each row."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.dates import inline_date
from app.taskimport.fields import Field
from app.taskimport.layout import Layout
from app.taskimport.plan import Action, ImportPlan, PlannedRow

FIELD_CHOICES = tuple((f.value, f.label) for f in Field)
_MUTED = QColor("#6b6b6b")
_ERROR = QColor("#b00020")
_WARNING = QColor("#8a5a00")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _ListModel(QAbstractTableModel):
    """A table over `_rows()`, with the fixed column headers `_HEADERS` (QT_TRANSLATE_NOOP'd
    in the class's own context)."""

    _HEADERS: tuple[str, ...] = ()

    def _rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(type(self).__name__, self._HEADERS[section])
        return None


class ColumnMappingModel(_ListModel):
    """One row per column of the file: letter, header, meaning (a drop-down), first values."""

    MEANING = 2
    mapping_changed = Signal()
    _HEADERS = (
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Cột"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Tiêu đề trong tệp"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Nhập vào"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Vài dòng đầu"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_: Layout | None = None

    def set_layout(self, layout: Layout | None) -> None:
        self.beginResetModel()
        self.layout_ = layout
        self.endResetModel()

    def _rows(self) -> list:
        return list(self.layout_.columns) if self.layout_ is not None else []

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.MEANING else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.layout_ is None:
            return None
        column = self.layout_.columns[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.MEANING:
            return column.field.value
        if role == Qt.ItemDataRole.ForegroundRole and column.field == Field.IGNORE:
            return _MUTED
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        hidden = _t("ColumnMappingModel", " (cột ẩn)") if column.hidden else ""
        return (
            column.letter + hidden,
            column.header,
            column.field.label,
            "  ·  ".join(column.samples),
        )[index.column()]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or index.column() != self.MEANING or self.layout_ is None:
            return False
        column = self.layout_.columns[index.row()]
        field = Field(value)
        if field == column.field:
            return False
        self.beginResetModel()
        self.layout_ = self.layout_.remapped({column.index: field})
        self.endResetModel()
        self.mapping_changed.emit()
        return True


class ImportPreviewModel(_ListModel):
    """Every row under the header: what the import does with it, and why."""

    _HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Dòng"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Xử lý"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Nội dung nhiệm vụ"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Thời hạn"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Hoàn thành"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Trạng thái tính từ các ngày"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Lý do, lưu ý"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = ImportPlan([])

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def _rows(self) -> list:
        return self.plan.rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.plan.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return "\n".join(row.reasons)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cells(row)[index.column()]

    @staticmethod
    def _colour(row: PlannedRow):
        if row.reading.problems:
            return _ERROR
        if row.action in (Action.SKIP, Action.NOT_TASK, Action.UNCHANGED):
            return _MUTED
        if row.disagrees or row.reading.notes:
            return _WARNING
        return None

    @staticmethod
    def _cells(row: PlannedRow) -> tuple[str, ...]:
        task = row.task or row.reading.task
        reasons = " ".join(row.reasons)
        if task is None:
            return (str(row.number), row.action.label, "", "", "", "", reasons)
        if row.task is None:
            status = ""
        elif row.derived is None:
            status = _t("ImportPreviewModel", "chưa tính (ngày chưa hợp lệ)")
        else:
            status = row.derived.label
        deadline = task.deadline_text or (inline_date(task.deadline) if task.deadline else "")
        return (
            str(row.number),
            row.action.label,
            " ".join(task.content.split()),
            deadline,
            inline_date(task.completed_on) if task.completed_on else "",
            status,
            reasons,
        )
