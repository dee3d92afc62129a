"""An editable, ordered list of text lines of the draft (recipients, scopes), undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import nfc
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor


class StringListModel(QAbstractListModel):
    """`labels` maps stored codes to the text shown (and typed) for them."""

    def __init__(
        self,
        editor: InspectionEditor,
        area: str,
        items: Callable[[], list],
        labels: dict[str, str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.editor = editor
        self.area = area
        self._items = items
        self.labels = labels or {}
        self._codes = {label: code for code, label in self.labels.items()}
        editor.changed.connect(self._changed)
        editor.loaded.connect(self._reset)

    def items(self) -> list[str] | None:
        return self._items() if self.editor.draft is not None else None

    def rowCount(self, parent=QModelIndex()):
        items = self.items()
        return 0 if parent.isValid() or items is None else len(items)

    def flags(self, index):
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.items()[index.row()]
            return self.labels.get(value, value)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = nfc(str(value)).strip()
        self.editor.replace_item(
            self.area, self.items(), index.row(), self._codes.get(text, text), self.tr("Sửa dòng")
        )
        return True

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, change: Change) -> None:
        if change.area == self.area:
            self._reset()


class StringListEditor(QWidget):
    """List view plus Thêm / Xóa / Lên / Xuống buttons; double-click or F2 edits a line."""

    def __init__(
        self,
        editor: InspectionEditor,
        area: str,
        items: Callable[[], list],
        labels: dict[str, str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.editor = editor
        self.area = area
        self.model = StringListModel(editor, area, items, labels, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("Thêm dòng"), self)
        self.delete_button = QPushButton(self.tr("Xóa dòng"), self)
        self.up_button = QPushButton(self.tr("Lên"), self)
        self.down_button = QPushButton(self.tr("Xuống"), self)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_line())  # not clicked(bool)
        self.delete_button.clicked.connect(self.delete_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))

    def _row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_line(self, text: str = "") -> None:
        items = self.model.items()
        if items is None:
            return
        row = self._row() + 1 if self._row() >= 0 else len(items)
        self.editor.insert_items(self.area, items, row, [text], self.tr("Thêm dòng"))
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        if not text:
            self.view.edit(index)

    def delete_line(self) -> None:
        row = self._row()
        items = self.model.items()
        if items is not None and row >= 0:
            self.editor.remove_items(self.area, items, [row], self.tr("Xóa dòng"))
            self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1)))

    def move_line(self, step: int) -> None:
        row = self._row()
        items = self.model.items()
        if items is None or row < 0 or not 0 <= row + step < len(items):
            return
        self.editor.move_item(self.area, items, row, row + step, self.tr("Đổi thứ tự"))
        self.view.setCurrentIndex(self.model.index(row + step))

    def set_lines(self, lines: list[str], text: str) -> None:
        """Replace every line at once (one undo step)."""
        items = self.model.items()
        if items is None or items == lines:
            return
        with self.editor.macro(text):
            self.editor.remove_items(self.area, items, range(len(items)), text)
            self.editor.insert_items(self.area, items, 0, lines, text)
