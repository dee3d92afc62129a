"""The table of conflicts, both versions side by side, as the merge and the conflicts dialogs
show it: the other laptop's version of the first conflict current, so Space chooses at once."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.conflict_table_model import ConflictTableModel

_WIDTHS = (170, 190, 330, 330)  # inspection, what, this laptop's version, the other's


def conflict_table(parent: QWidget, model: ConflictTableModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("conflict_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(_WIDTHS):
        table.setColumnWidth(column, width)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()
    if model.rowCount():
        table.setCurrentIndex(model.index(0, ConflictTableModel.COL_OTHER))
    return table
