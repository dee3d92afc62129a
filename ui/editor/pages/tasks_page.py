"""Nhiệm vụ: the assigned tasks, pasted from Excel or typed, with the live counts."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.tasks import TaskStatus
from app.dto import TaskData
from app.services.task_paste import parse_pasted_tasks
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.table_page import TablePage
from ui.editor.pages.task_status_panel import TaskStatusPanel
from ui.models.task_table_model import TaskTableModel


class TasksPage(TablePage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Nhiệm vụ được giao")
        model = TaskTableModel(editor, self)
        self.ratio = QLabel()
        font = self.ratio.font()
        font.setBold(True)
        self.ratio.setFont(font)
        self.breakdown = QLabel()
        self.breakdown.setWordWrap(True)
        self.build(
            model,
            self.tr("Thêm nhiệm vụ"),
            {
                "content": 320,
                "source_doc": 170,
                "assigned_by": 120,
                "deadline": 95,
                "completed_on": 110,
                "result": 140,
                "note": 110,
            },
        )
        self.paste_button = QPushButton(self.tr("Dán từ Excel"))
        self.paste_button.setToolTip(
            self.tr(
                "Dán các dòng đã sao chép trong Excel (Ctrl+V). Thứ tự cột: nội dung, văn bản "
                "giao, lãnh đạo giao, thời hạn, ngày hoàn thành, kết quả, ghi chú, trạng thái."
            )
        )
        self.buttons.addWidget(self.paste_button)
        self.buttons.addStretch(1)
        below = self.layout_.indexOf(self.table) + 1
        self.layout_.insertWidget(below, self.ratio)
        self.layout_.insertWidget(below + 1, self.breakdown)
        self.status_panel = TaskStatusPanel(editor, model, self)
        self.layout_.addWidget(self.status_panel)
        self.paste_button.clicked.connect(self.paste)
        self.table.paste_requested.connect(self.paste)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._model_reset)
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.update_counts)
        self.update_counts()

    def new_item(self) -> TaskData:
        return TaskData()

    def paste(self, text: str | None = None) -> None:
        """Paste spreadsheet rows after the current row (or one value into the current cell)."""
        draft = self.editor.draft
        if draft is None:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        current = self.table.currentIndex()
        single = text.strip("\r\n")
        if current.isValid() and "\t" not in single and "\n" not in single:
            self.model.setData(current, single)
            return
        pasted = parse_pasted_tasks(text, draft.cutoff_date)
        self.message.show_message("\n".join(pasted.problems))
        if not pasted.tasks:
            if not pasted.problems:
                self.message.show_message(self.tr("Bộ nhớ tạm không có dòng nào để dán."))
            return
        row = current.row() + 1 if current.isValid() else len(draft.tasks)
        self.editor.insert_items(
            "tasks",
            draft.tasks,
            row,
            pasted.tasks,
            self.tr("Dán {0} nhiệm vụ").format(len(pasted.tasks)),
        )

    def update_counts(self) -> None:
        counts = self.model.counts()
        self.ratio.setText(
            self.tr("{0} nhiệm vụ đã hoàn thành").format(counts.ratio_text)
            if counts.total
            else self.tr("Chưa có nhiệm vụ")
        )
        parts = (
            (TaskStatus.HT_DUNG_HAN, counts.ht_dung_han),
            (TaskStatus.HT_QUA_HAN, counts.ht_qua_han),
            (TaskStatus.CHUA_HT_TRONG_HAN, counts.chua_ht_trong_han),
            (TaskStatus.CHUA_HT_QUA_HAN, counts.chua_ht_qua_han),
            (TaskStatus.KHONG_THOI_HAN, counts.khong_thoi_han),
        )
        # Non-breaking spaces inside each item: the line wraps between items, never inside one.
        self.breakdown.setText(
            "  ·  ".join(f"{status.label}: {n}".replace(" ", "\u00a0") for status, n in parts)
        )

    def _current_changed(self, current, _previous) -> None:
        self.status_panel.show_task(self.model.item(current.row()) if current.isValid() else None)

    def _model_reset(self) -> None:
        self._current_changed(self.table.currentIndex(), None)

    def _changed(self, change: Change) -> None:
        if change.area == "tasks" or "cutoff_date" in change.fields:
            self.update_counts()
