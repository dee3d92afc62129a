"""A page built around one DraftTableView: buttons row, table, and a message line under it.

The keyboard never gets stuck in the table: Tab and Shift+Tab leave it (arrows move between
cells), Ctrl+Insert adds a row after the current one, Ctrl+Delete removes the selected rows and
Ctrl+↑ / Ctrl+↓ move the current row; every button says its key in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage, page_heading
from ui.icons import icon
from ui.models.draft_table_model import DraftTableModel
from ui.widgets.draft_table_view import DraftTableView
from ui.widgets.fields import ErrorLabel

ADD_KEY, DELETE_KEY, UP_KEY, DOWN_KEY = "Ctrl+Ins", "Ctrl+Del", "Ctrl+Up", "Ctrl+Down"


class TablePage(EditorPage):
    """Subclasses call `build(model, …)` and add their own buttons to `buttons`."""

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(8)
        self.heading = page_heading("")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.second_row = QHBoxLayout()  # for pages with more buttons than fit on one line
        self.table = DraftTableView(self)
        self.message = ErrorLabel(self)
        self.model: DraftTableModel | None = None

    def build(
        self,
        model: DraftTableModel,
        add_text: str,
        widths: dict[str, int],
        stretch: tuple[str, ...] = (),
    ) -> None:
        """`stretch` names the columns that share the width: the table then never scrolls
        sideways."""
        self.model = model
        self.heading.setText(self.title)
        self.table.set_draft_model(model, widths, stretch)
        self.add_button = self._button("plus", add_text, ADD_KEY)
        self.delete_button = self._button("trash-2", self.tr("Xóa dòng"), DELETE_KEY)
        # Up and down show their arrows only (the words are in the tooltips): the row of
        # buttons then fits a page beside the preview.
        self.up_button = self._button("arrow-up", self.tr("Lên"), UP_KEY, text_shown=False)
        self.down_button = self._button("arrow-down", self.tr("Xuống"), DOWN_KEY, text_shown=False)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.buttons)
        self.layout_.addLayout(self.second_row)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        for keys, slot in (
            (ADD_KEY, lambda: self.add_row()),
            (DELETE_KEY, self.delete_rows),
            (UP_KEY, lambda: self.move_row(-1)),
            (DOWN_KEY, lambda: self.move_row(1)),
        ):
            key = QShortcut(QKeySequence(keys), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(slot)
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

    def _button(self, icon_name: str, text: str, keys: str, text_shown=True) -> QPushButton:
        button = QPushButton(icon(icon_name), text if text_shown else "")
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({shown})")
        self.buttons.addWidget(button)
        return button

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
