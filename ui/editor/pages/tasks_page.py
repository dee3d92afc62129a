"""Nhiệm vụ: the assigned tasks, typed, pasted or imported from Excel, with the live counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.tasks import TaskStatus
from app.dto import TaskData
from app.services.task_paste import parse_pasted_tasks
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.table_page import TablePage
from ui.editor.pages.task_import import TaskImport
from ui.editor.pages.task_status_panel import TaskStatusPanel
from ui.models.task_table_model import TaskTableModel
from ui.settings import UiSettings


class TasksPage(TablePage):
    def __init__(self, editor: InspectionEditor, parent=None, settings: UiSettings | None = None):
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
                "Dán các dòng đã sao chép trong Excel (Ctrl+V), nên sao chép cả dòng tiêu đề: "
                "các cột được nhận theo tiêu đề (nội dung, văn bản giao, thời hạn, ngày hoàn "
                "thành…) hoặc theo nội dung các ô."
            )
        )
        self.import_button = QPushButton(self.tr("Nhập từ tệp Excel…"))
        self.import_button.setToolTip(
            self.tr(
                "Nhập danh mục nhiệm vụ từ tệp Excel (.xlsx) hoặc CSV; cũng có thể kéo thả tệp "
                "vào bảng. Nhập lại tệp đã cập nhật thì sửa các nhiệm vụ đã có, không nhân đôi."
            )
        )
        self.buttons.addWidget(self.paste_button)
        self.buttons.addWidget(self.import_button)
        self.buttons.addStretch(1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        below = self.layout_.indexOf(self.table) + 1
        self.layout_.insertWidget(below, self.ratio)
        self.layout_.insertWidget(below + 1, self.breakdown)
        self.layout_.insertWidget(self.layout_.indexOf(self.message) + 1, self.notes)
        self.importer = TaskImport(editor, self, settings)
        self.importer.accept_drops_on(self.table.viewport())
        self.importer.imported.connect(self._imported)
        self.import_button.clicked.connect(self.importer.ask_and_start)
        self.status_panel = TaskStatusPanel(editor, model, self)
        self.layout_.addWidget(self.status_panel)
        self.paste_button.clicked.connect(self.paste)
        self.table.paste_requested.connect(self.paste)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._model_reset)
        model.flags_changed.connect(self.update_counts)
        model.flags_changed.connect(lambda: self.status_panel.show_task(self.status_panel.task))
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.update_counts)
        editor.loaded.connect(lambda: self._show_notes([]))
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
        self._show_notes(pasted.notes)
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

    def import_file(self, path) -> object:
        """Open the import wizard on *path* (the dialog, or None when the file is refused)."""
        return self.importer.start(path)

    def _imported(self, summary: str) -> None:
        self.message.show_message("")
        self._show_notes([summary])

    def _show_notes(self, notes: list[str]) -> None:
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def update_counts(self) -> None:
        counts = self.model.counts()
        uncounted = self.model.uncounted()
        text = (
            self.tr("{0} nhiệm vụ đã hoàn thành").format(counts.ratio_text)
            if counts.total or uncounted
            else self.tr("Chưa có nhiệm vụ")
        )
        if uncounted:
            text += self.tr(" (chưa tính {0} nhiệm vụ có ngày chưa hợp lệ)").format(uncounted)
        self.ratio.setText(text)
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
