"""The assigned tasks of the draft, with their derived or overridden status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain.counts import TaskCounts, count_statuses
from app.domain.tasks import StatusResult, TaskStatus, task_status
from app.dto import TaskData
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.models.draft_table_model import COMPUTED, DATE, Column, DraftTableModel

_HEADERS = (
    QT_TRANSLATE_NOOP("TaskTableModel", "Nội dung nhiệm vụ"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Văn bản giao"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Lãnh đạo giao"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Thời hạn"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Ngày hoàn thành"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Kết quả"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Ghi chú"),
    QT_TRANSLATE_NOOP("TaskTableModel", "Trạng thái"),
)
_OVERDUE = QColor("#b00020")


def _h(index: int) -> str:
    return QCoreApplication.translate("TaskTableModel", _HEADERS[index])


class TaskTableModel(DraftTableModel):
    def __init__(self, editor: InspectionEditor, parent=None):
        columns = [
            Column("content", _h(0)),
            Column("source_doc", _h(1)),
            Column("assigned_by", _h(2)),
            Column("deadline", _h(3), DATE),
            Column("completed_on", _h(4), DATE),
            Column("result", _h(5)),
            Column("note", _h(6)),
            Column("status", _h(7), COMPUTED, compute=self._status_text),
        ]
        super().__init__(editor, "tasks", lambda: editor.draft.tasks, columns, parent)
        self.status_column = len(columns) - 1

    def status_of(self, task: TaskData) -> StatusResult:
        draft = self.editor.draft
        return task_status(task, draft.cutoff_date if draft is not None else None)

    def counts(self) -> TaskCounts:
        return count_statuses(self.status_of(t).effective for t in self.items())

    def _status_text(self, task: TaskData) -> str:
        result = self.status_of(task)
        label = result.effective.label
        return f"{label} *" if result.overridden else label

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.status_column:
            task = self.item(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._status_tooltip(task)
            if role == Qt.ItemDataRole.ForegroundRole:
                if self.status_of(task).effective == TaskStatus.CHUA_HT_QUA_HAN:
                    return _OVERDUE
        return super().data(index, role)

    def _status_tooltip(self, task: TaskData) -> str:
        result = self.status_of(task)
        derived = self.tr("Tính từ các ngày: {0}").format(result.derived.label)
        if not result.overridden:
            return derived
        return self.tr("{0}\nĐã điều chỉnh: {1}\nLý do: {2}").format(
            derived, result.effective.label, result.reason
        )

    def _changed(self, change: Change) -> None:
        super()._changed(change)
        if change.area == "inspection" and "cutoff_date" in change.fields:
            self.refresh_all()
