"""Changing a task's status by hand: choose the status, give the reason, apply."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.errors import InputError
from app.domain.tasks import TaskStatus, validate_override
from app.domain.text import nfc
from app.dto import TaskData
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.models.task_table_model import TaskTableModel
from ui.widgets.fields import ErrorLabel, route_undo_keys


class TaskStatusPanel(QGroupBox):
    """Shows the derived status of the current task and lets the secretary override it."""

    def __init__(self, editor: InspectionEditor, model: TaskTableModel, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Trạng thái của nhiệm vụ đang chọn"))
        self.editor = editor
        self.model = model
        self.task: TaskData | None = None
        self.derived = QLabel()
        self.status = QComboBox()
        self.status.addItem(self.tr("Theo các ngày (tự tính)"), None)
        for status in TaskStatus:
            self.status.addItem(status.label, status.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Lý do điều chỉnh (bắt buộc khi khác trạng thái tự tính)")
        )
        route_undo_keys(self.reason)
        self.apply_button = QPushButton(self.tr("Áp dụng"))
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.derived)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.apply_button.clicked.connect(self.apply)
        self.reason.returnPressed.connect(self.apply)
        editor.changed.connect(self._changed)
        self.show_task(None)

    def show_task(self, task: TaskData | None) -> None:
        self.task = task
        self.error.show_message("")
        for widget in (self.status, self.reason, self.apply_button):
            widget.setEnabled(task is not None)
        if task is None:
            self.derived.setText(self.tr("Chọn một nhiệm vụ trong bảng."))
            self.status.setCurrentIndex(0)
            self.reason.clear()
            return
        result = self.model.status_of(task)
        problem = self.model.date_problem(task)
        self.derived.setText(
            self.tr("Chưa tính vào số liệu: {0}; sửa ngày trong bảng.").format(problem)
            if problem
            else self.tr("Tính từ các ngày: {0}").format(result.derived.label)
        )
        self.status.setCurrentIndex(
            max(self.status.findData(result.effective.value if result.overridden else None), 0)
        )
        self.reason.setText(result.reason)

    def apply(self) -> None:
        task = self.task
        if task is None:
            return
        derived = self.model.status_of(task).derived
        reason = nfc(self.reason.text()).strip()
        try:
            override = validate_override(self.status.currentData(), reason, derived)
        except InputError as error:
            self.error.show_message(error.message)
            self.reason.setFocus()
            return
        self.error.show_message("")
        if override is None or override == derived:
            values = {"status_override": None, "override_reason": ""}
        else:
            values = {"status_override": override.value, "override_reason": reason}
        self.editor.set_fields("tasks", task, values, self.tr("Đổi trạng thái nhiệm vụ"))

    def _changed(self, change: Change) -> None:
        if self.task is None:
            return
        if change.structural and change.area == "tasks":
            if self.model.row_of(self.task) is None:
                self.show_task(None)
        elif change.obj is self.task or change.area == "inspection":
            self.show_task(self.task)
