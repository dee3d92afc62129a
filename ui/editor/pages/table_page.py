"""A page built around one DraftTableView: buttons row, table, and a message line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage
from ui.models.draft_table_model import DraftTableModel
from ui.widgets.draft_table_view import DraftTableView
from ui.widgets.fields import ErrorLabel


class TablePage(EditorPage):
    """Subclasses call `build(model, …)` and add their own buttons to `buttons`."""

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.buttons = QHBoxLayout()
        self.second_row = QHBoxLayout()  # for pages with more buttons than fit on one line
        self.table = DraftTableView(self)
        self.message = ErrorLabel(self)
        self.model: DraftTableModel | None = None

    def build(self, model: DraftTableModel, add_text: str, widths: dict[str, int]) -> None:
        self.model = model
        self.heading.setText(self.title)
        self.table.set_draft_model(model, widths)
        self.add_button = QPushButton(add_text)
        self.delete_button = QPushButton(self.tr("Xóa dòng"))
        self.delete_button.setToolTip(self.tr("Xóa các dòng đang chọn (Delete)"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addWidget(self.up_button)
        self.buttons.addWidget(self.down_button)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.buttons)
        self.layout_.addLayout(self.second_row)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(self.delete_rows)
        self.table.delete_requested.connect(self.delete_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        model.input_error.connect(self.message.show_message)
        self._current = None
        self.table.selectionModel().currentChanged.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self.editor.loaded.connect(lambda: self.message.show_message(""))
        self.editor.loaded.connect(self._enable)
        self._enable()

    def _remember_current(self, current, _previous) -> None:
        """Remember the current item itself: a reset (undo, paste…) moves rows around."""
        self._current = (
            (self.model.item(current.row()), current.column()) if current.isValid() else None
        )

    def _restore_current(self) -> None:
        if self._current is None:
            return
        item, column = self._current
        row = self.model.row_of(item)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, column))

    def _enable(self) -> None:
        self.setEnabled(self.editor.draft is not None)

    def first_field(self):
        return self.table

    def new_item(self):
        raise NotImplementedError

    def add_row(self, item=None) -> None:
        if self.editor.draft is None or self.model is None:
            return
        items = self.model.items()
        current = self.table.currentIndex()
        row = current.row() + 1 if current.isValid() else len(items)
        self.editor.insert_items(
            self.model.area, items, row, [item or self.new_item()], self.tr("Thêm dòng")
        )
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def delete_rows(self) -> None:
        if self.editor.draft is None or self.model is None:
            return
        rows = self.table.selected_rows()
        if rows:
            self.editor.remove_items(
                self.model.area, self.model.items(), rows, self.tr("Xóa {0} dòng").format(len(rows))
            )

    def move_row(self, step: int) -> None:
        if self.editor.draft is None or self.model is None:
            return
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row, column = current.row(), current.column()
        items = self.model.items()
        if 0 <= row + step < len(items):
            self.editor.move_item(self.model.area, items, row, row + step, self.tr("Đổi thứ tự"))
            self.table.setCurrentIndex(self.model.index(row + step, column))
