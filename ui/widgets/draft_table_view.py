"""A table view for DraftTableModel: in-place editors per column kind, Delete and paste keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

from ui.models.draft_table_model import CHOICE, DATE, NUMBER, Column, DraftTableModel


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, label in self.column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class HintDelegate(QStyledItemDelegate):
    """A line editor with a placeholder telling how to type dates or numbers."""

    def __init__(self, hint: str, parent=None):
        super().__init__(parent)
        self.hint = hint

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.hint)
        return editor


class DraftTableView(QTableView):
    delete_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        # Tab leaves the table (arrows move between cells): no keyboard trap.
        self.setTabKeyNavigation(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self._delegates: list[QStyledItemDelegate] = []

    def set_draft_model(
        self,
        model: DraftTableModel,
        widths: dict[str, int] | None = None,
        stretch: tuple[str, ...] = (),
    ) -> None:
        """Columns get `widths`; those named in `stretch` share the rest of the width, so the
        table scrolls sideways only when even their minimum width does not fit."""
        self.setModel(model)
        widths = widths or {}
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(not stretch)
        if stretch:
            header.setMinimumSectionSize(60)
        for i, column in enumerate(model.columns):
            delegate = self._delegate(column)
            if delegate is not None:
                self._delegates.append(delegate)
                self.setItemDelegateForColumn(i, delegate)
            if column.field in stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif column.field in widths:
                self.setColumnWidth(i, widths[column.field])

    def _delegate(self, column: Column) -> QStyledItemDelegate | None:
        if column.kind == CHOICE:
            return ChoiceDelegate(column, self)
        if column.kind == DATE:
            return HintDelegate(self.tr("ngày/tháng/năm"), self)
        if column.kind == NUMBER:
            return HintDelegate(self.tr("ví dụ 46,4"), self)
        return None

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectionModel().selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def keyPressEvent(self, event):
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_requested.emit()
                return
            if (
                event.key() == Qt.Key.Key_Delete
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                self.delete_requested.emit()
                return
        super().keyPressEvent(event)
