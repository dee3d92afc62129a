"""An editable, ordered list of text lines of the draft (recipients, scopes), undoable.

"Thêm dòng" opens a text editor on a new line that exists only in the view until something is
typed: Enter adds it (one undo step), Esc or an empty line adds nothing. A line emptied by
editing is removed, so an empty line never reaches the draft (nor the printed notice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import nfc
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.icons import icon


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
        self.pending: int | None = None  # the row of a line being typed, not yet in the draft
        self.typed = ""  # what was typed on it
        editor.changed.connect(self._changed)
        editor.loaded.connect(self._reset)

    def items(self) -> list[str] | None:
        return self._items() if self.editor.draft is not None else None

    def rowCount(self, parent=QModelIndex()):
        items = self.items()
        if parent.isValid() or items is None:
            return 0
        return len(items) + (self.pending is not None)

    def flags(self, index):
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            row = index.row()
            if row == self.pending:
                return ""
            value = self.items()[row - (self.pending is not None and row > self.pending)]
            return self.labels.get(value, value)
        return None

    def begin_line(self, row: int) -> QModelIndex:
        """Show an empty line at *row* to type into."""
        self.beginInsertRows(QModelIndex(), row, row)
        self.pending = row
        self.endInsertRows()
        return self.index(row)

    def finish_line(self) -> None:
        """Add what was typed on the new line (nothing when it stayed empty).

        The model is reset rather than rows removed: the view is still closing the line editor.
        """
        row, text, items = self.pending, self.typed, self.items()
        if row is None:
            return
        self.typed = ""
        self.pending = None
        if text and items is not None:
            self.editor.insert_items(self.area, items, row, [text], self.tr("Thêm dòng"))
        else:
            self._reset()

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = nfc(str(value)).strip()
        items, row = self.items(), index.row()
        if row == self.pending:
            # Added when the line editor has closed: rows must not move under an open editor.
            self.typed = self._codes.get(text, text)
            return bool(text)
        if not text:
            self.editor.remove_items(self.area, items, [row], self.tr("Xóa dòng"))
            return True
        self.editor.replace_item(
            self.area, items, row, self._codes.get(text, text), self.tr("Sửa dòng")
        )
        return True

    def _reset(self) -> None:
        self.beginResetModel()
        self.pending = None
        self.endResetModel()

    def _changed(self, change: Change) -> None:
        if change.area == self.area:
            self._reset()


class LineDelegate(QStyledItemDelegate):
    """A one-line text editor for every line (whatever the stored value looks like)."""

    def createEditor(self, parent, option, index):
        return QLineEdit(parent)

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")


class StringListEditor(QWidget):
    """List view plus Thêm / Xóa / Lên / Xuống buttons; Enter, F2 or typing edits a line;
    Ctrl+Insert adds a line, Ctrl+Delete removes one."""

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
        self.delegate = LineDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)  # a long line wraps rather than scroll sideways
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.delegate.closeEditor.connect(self._editor_closed)
        self.add_button = QPushButton(icon("plus"), self.tr("Thêm dòng"), self)
        self.add_button.setToolTip(self.tr("Thêm một dòng sau dòng đang chọn (Ctrl+Insert)"))
        self.delete_button = QPushButton(icon("trash-2"), self.tr("Xóa dòng"), self)
        self.delete_button.setToolTip(self.tr("Xóa dòng đang chọn (Ctrl+Delete)"))
        self.up_button = QPushButton(icon("arrow-up"), self.tr("Lên"), self)
        self.up_button.setToolTip(self.tr("Đưa dòng lên trên (Ctrl+↑)"))
        self.down_button = QPushButton(icon("arrow-down"), self.tr("Xuống"), self)
        self.down_button.setToolTip(self.tr("Đưa dòng xuống dưới (Ctrl+↓)"))
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.delete_button.clicked.connect(self.delete_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        for keys, slot in (
            ("Ctrl+Ins", lambda: self.add_line()),
            ("Ctrl+Del", self.delete_line),
            ("Ctrl+Up", lambda: self.move_line(-1)),
            ("Ctrl+Down", lambda: self.move_line(1)),
        ):
            key = QShortcut(QKeySequence(keys), self.view)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)
            key.activated.connect(slot)

    def _row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _editor_closed(self, _editor, _hint=QAbstractItemDelegate.EndEditHint.NoHint) -> None:
        row = self.model.pending
        self.model.finish_line()
        if row is not None and row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def add_line(self, text: str = "") -> None:
        items = self.model.items()
        if items is None:
            return
        row = self._row() + 1 if 0 <= self._row() < len(items) else len(items)
        if text:
            self.editor.insert_items(self.area, items, row, [text], self.tr("Thêm dòng"))
            self.view.setCurrentIndex(self.model.index(row))
            return
        index = self.model.begin_line(row)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def delete_line(self) -> None:
        row = self._row()
        items = self.model.items()
        if items is not None and 0 <= row < len(items):
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
