"""A table model over one list of the editor's draft (tasks, indicators, attendees).

Cells are edited in place; each edit becomes an undo command through the editor. Text that
does not read (a date "31/02/2024", letters in a number) is refused with a Vietnamese message
sent through `input_error`, and the cell keeps its previous value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.dates import parse_date
from app.domain.errors import InputError
from app.domain.numbers import parse_number
from app.domain.text import nfc
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.widgets.fields import plain_number

TEXT, DATE, NUMBER, CHOICE, COMPUTED = "text", "date", "number", "choice", "computed"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    compute: Callable[[Any], str] | None = None


def display_value(column: Column, value: Any) -> str:
    if value is None or value == "":
        return ""
    if column.kind == DATE:
        return value.strftime("%d/%m/%Y")
    if column.kind == NUMBER:
        return plain_number(value)
    if column.kind == CHOICE:
        return dict(column.choices).get(value, str(value))
    return str(value)


def parse_value(column: Column, text: Any) -> Any:
    """The stored value for what was typed in a cell; raises InputError."""
    if column.kind == CHOICE:
        return text
    text = nfc(str(text or ""))
    if column.kind == DATE:
        return parse_date(text) if text.strip() else None
    if column.kind == NUMBER:
        return parse_number(text) if text.strip() else None
    return text


def parse_cell(
    context: str, column: Column, value: Any, row: int, report: Callable[[str], None]
) -> tuple[bool, Any]:
    """(True, stored value) for what was typed in a cell; (False, None) after reporting the
    Vietnamese message through *report*. An accepted value clears the message."""
    try:
        parsed = parse_value(column, value)
    except InputError as error:
        report(
            QCoreApplication.translate(context, "Dòng {0}, cột «{1}»: {2}").format(
                row + 1, column.header, error.message
            )
        )
        return False, None
    report("")
    return True, parsed


class ColumnTableModel(QAbstractTableModel):
    """A table model whose columns are described by `self.columns` (a list of Column)."""

    columns: list[Column]
    input_error = Signal(str)  # a Vietnamese message for a refused edit; "" clears it

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    @staticmethod
    def cell_data(column: Column, value: Any, role) -> Any:
        """What a cell shows (and offers to edit) for the stored *value*."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == CHOICE else display_value(column, value)
        return None

    def parsed_edit(self, index, value, role) -> tuple[bool, Column | None, Any]:
        """(ok, column, stored value) for an edit; a refused one is reported on input_error."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False, None, None
        column = self.columns[index.column()]
        ok, parsed = parse_cell(
            type(self).__name__, column, value, index.row(), self.input_error.emit
        )
        return ok, column, parsed


class DraftTableModel(ColumnTableModel):
    def __init__(
        self,
        editor: InspectionEditor,
        area: str,
        items: Callable[[], list],
        columns: list[Column],
        parent=None,
    ):
        super().__init__(parent)
        self.editor = editor
        self.area = area
        self._items = items
        self.columns = columns
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.reset)

    # -- access -----------------------------------------------------------------------------

    def items(self) -> list:
        return self._items() if self.editor.draft is not None else []

    def item(self, row: int) -> Any:
        return self.items()[row]

    def row_of(self, obj: Any) -> int | None:
        return next((i for i, item in enumerate(self.items()) if item is obj), None)

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field)

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items())

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind != COMPUTED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item(index.row())
        column = self.columns[index.column()]
        if role == ITEM_ROLE:
            return item
        if column.compute is not None:
            shown = (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.EditRole,
            )
            return column.compute(item) if role in shown else None
        return self.cell_data(column, getattr(item, column.field), role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        ok, column, parsed = self.parsed_edit(index, value, role)
        if not ok:
            return False
        item = self.item(index.row())
        text = QCoreApplication.translate("DraftTableModel", "Sửa «{0}»").format(column.header)
        self.editor.set_field(self.area, item, column.field, parsed, text)
        return True

    # -- keeping in step with the draft -----------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.area != self.area:
            return
        if change.structural:
            self.reset()
            return
        row = self.row_of(change.obj)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
