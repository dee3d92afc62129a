"""The assigned tasks of the draft, with their derived or overridden status.

A date typed in a task cell that does not read ("31/02/2026") is kept as typed, flagged in red
at the cell with the reason, and the task is left out of the counts until it is corrected
(issue 13, item 6). A deadline keeps the text in the draft's `deadline_text`, so it is saved
and still flagged after a restart; a completion date has no text field in the draft and is
kept by the model until it is corrected or another inspection is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor

from app.domain.counts import TaskCounts, count_statuses
from app.domain.errors import InputError
from app.domain.task_dates import deadline_problem, read_completion, read_deadline
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
_FLAGGED = QColor("#fde7e9")
_DATE_FIELDS = ("deadline", "completed_on")


def _h(index: int) -> str:
    return QCoreApplication.translate("TaskTableModel", _HEADERS[index])


class TaskTableModel(DraftTableModel):
    flags_changed = Signal()  # a flag only the model holds (an unread completion) came or went

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
        # id(task) -> (task, typed completion date that does not read, why)
        self._unread_completion: dict[int, tuple[TaskData, str, str]] = {}
        super().__init__(editor, "tasks", lambda: editor.draft.tasks, columns, parent)
        self.status_column = len(columns) - 1
        editor.loaded.connect(self._unread_completion.clear)

    def status_of(self, task: TaskData) -> StatusResult:
        draft = self.editor.draft
        return task_status(task, draft.cutoff_date if draft is not None else None)

    def date_problem(self, task: TaskData, field: str | None = None) -> str:
        """Why a date of the task does not read ("" when both do); *field* asks for one."""
        problems = {
            "deadline": deadline_problem(task),
            "completed_on": self._unread(task)[1],
        }
        if field is not None:
            return problems[field]
        return problems["deadline"] or problems["completed_on"]

    def _unread(self, task: TaskData) -> tuple[str, str]:
        """(typed text, why) of the task's completion date that does not read, or ("", "")."""
        entry = self._unread_completion.get(id(task))
        return entry[1:] if entry is not None and entry[0] is task else ("", "")

    def counted_tasks(self) -> list[TaskData]:
        return [t for t in self.items() if not self.date_problem(t)]

    def uncounted(self) -> int:
        """Tasks left out of the counts until a date of theirs is corrected."""
        return len(self.items()) - len(self.counted_tasks())

    def counts(self) -> TaskCounts:
        return count_statuses(self.status_of(t).effective for t in self.counted_tasks())

    def _status_text(self, task: TaskData) -> str:
        if self.date_problem(task):
            return self.tr("Chưa tính: ngày chưa hợp lệ")
        result = self.status_of(task)
        label = result.effective.label
        return f"{label} *" if result.overridden else label

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        task = self.item(index.row())
        field = self.columns[index.column()].field
        if field in _DATE_FIELDS:
            shown = self._date_data(task, field, role)
            if shown is not None:
                return shown
        if index.column() == self.status_column:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._status_tooltip(task)
            if role == Qt.ItemDataRole.ForegroundRole:
                flagged = bool(self.date_problem(task))
                if flagged or self.status_of(task).effective == TaskStatus.CHUA_HT_QUA_HAN:
                    return _OVERDUE
        return super().data(index, role)

    def _date_data(self, task: TaskData, field: str, role):
        problem = self.date_problem(task, field)
        if problem:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.BackgroundRole:
                return _FLAGGED
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem
        if field == "completed_on" and problem:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self._unread(task)[0]
        if field == "deadline" and task.deadline_text.strip():
            # Words ("Thường xuyên", "Quý IV/2024") or a date kept as typed.
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return task.deadline_text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.columns[index.column()].field
        if field == "deadline":
            return self._set_deadline(index.row(), str(value or ""))
        if field == "completed_on":
            return self._set_completion(index.row(), str(value or ""))
        return super().setData(index, value, role)

    def _report(self, row: int, field: str, message: str) -> None:
        column = self.columns[self.column_of(field)]
        self.input_error.emit(
            self.tr(
                "Dòng {0}, cột «{1}»: {2}; giữ nguyên chữ đã gõ, chưa tính vào số liệu cho "
                "tới khi sửa."
            ).format(row + 1, column.header, message)  # fmt: skip
            if message
            else ""
        )

    def _set_deadline(self, row: int, text: str) -> bool:
        task = self.item(row)
        reading = read_deadline(text)
        self._report(row, "deadline", reading.problem)
        label = self.tr("Sửa «{0}»").format(_h(3))
        values = {"deadline": reading.date, "deadline_text": reading.wording}
        self.editor.set_fields(self.area, task, values, label)
        return True

    def _set_completion(self, row: int, text: str) -> bool:
        task = self.item(row)
        try:
            date = read_completion(text)
        except InputError as error:
            self._unread_completion[id(task)] = (task, text.strip(), error.message)
            self._report(row, "completed_on", error.message)
            self._row_changed(row)
            return False
        self._report(row, "completed_on", "")
        had_unread = self._unread_completion.pop(id(task), None) is not None
        label = self.tr("Sửa «{0}»").format(_h(4))
        self.editor.set_field(self.area, task, "completed_on", date, label)
        if had_unread:
            self._row_changed(row)
        return True

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.flags_changed.emit()

    def _status_tooltip(self, task: TaskData) -> str:
        problem = self.date_problem(task)
        if problem:
            return self.tr("Chưa tính vào số liệu: {0}").format(problem)
        result = self.status_of(task)
        derived = self.tr("Tính từ các ngày: {0}").format(result.derived.label)
        if not result.overridden:
            return derived
        return self.tr("{0}\nĐã điều chỉnh: {1}\nLý do: {2}").format(
            derived, result.effective.label, result.reason
        )

    def _changed(self, change: Change) -> None:
        if change.area == "tasks" and "completed_on" in change.fields:
            self._unread_completion.pop(id(change.obj), None)
        super()._changed(change)
        if change.area == "inspection" and "cutoff_date" in change.fields:
            self.refresh_all()
