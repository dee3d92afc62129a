"""Thùng rác: deleted inspections, and deleted entries of the open inspection, to restore.

The dialog only shows and asks: it emits what the user chose and the caller does it, then hands
the dialog the fresh lists.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app import dto
from ui.models.rows_model import RowsModel


def _inspection_cells(row: dto.InspectionRow) -> tuple[str, ...]:
    date = f"{row.date:%d/%m/%Y}" if row.date else ""
    return (date, row.kind.label.capitalize(), row.unit_name, row.notice_number)


def _entry_cells(entry: dto.EntryData) -> tuple[str, ...]:
    return (dto.Section(entry.section).label, " ".join(entry.text.split()))


def _table(model: RowsModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class TrashDialog(QDialog):
    restore_inspection = Signal(int)
    restore_entry = Signal(object)  # dto.EntryData
    purge_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thùng rác"))
        self.resize(780, 520)
        self.inspections = RowsModel(
            "TrashDialog",
            (self.tr("Ngày"), self.tr("Loại"), self.tr("Đơn vị"), self.tr("Số TB")),
            _inspection_cells,
            self,
        )
        self.entries = RowsModel(
            "TrashDialog", (self.tr("Phần"), self.tr("Nội dung")), _entry_cells, self
        )
        self.inspection_table = _table(self.inspections, 2)
        self.entry_table = _table(self.entries, 1)
        self.restore_inspection_button = QPushButton(self.tr("&Khôi phục cuộc kiểm tra"))
        self.restore_entry_button = QPushButton(self.tr("Khôi phục &mục"))
        self.purge_button = QPushButton(self.tr("&Dọn sạch thùng rác…"))
        self.purge_button.setToolTip(
            self.tr("Xóa vĩnh viễn các cuộc kiểm tra trong thùng rác (sẽ hỏi lại trước)")
        )
        close = QPushButton(self.tr("Đóng"))
        close.setDefault(True)
        self.empty_note = QLabel()

        inspection_box = QGroupBox(self.tr("Cuộc kiểm tra đã xóa"))
        column = QVBoxLayout(inspection_box)
        column.addWidget(self.inspection_table)
        column.addWidget(self.restore_inspection_button)
        self.entry_box = QGroupBox(self.tr("Mục đã xóa của cuộc kiểm tra đang mở"))
        column = QVBoxLayout(self.entry_box)
        column.addWidget(self.entry_table)
        column.addWidget(self.restore_entry_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.purge_button)
        bottom.addWidget(self.empty_note, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(inspection_box, 3)
        layout.addWidget(self.entry_box, 2)
        layout.addLayout(bottom)

        self.restore_inspection_button.clicked.connect(self._restore_inspection)
        self.restore_entry_button.clicked.connect(self._restore_entry)
        self.inspection_table.activated.connect(lambda _i: self._restore_inspection())
        self.entry_table.activated.connect(lambda _i: self._restore_entry())
        self.purge_button.clicked.connect(self.purge_requested)
        close.clicked.connect(self.accept)
        self._update_buttons()

    def set_inspections(self, rows: list[dto.InspectionRow]) -> None:
        self.inspections.set_rows(rows)
        if rows:
            self.inspection_table.selectRow(0)
        self._update_buttons()

    def set_entries(self, entries: list[dto.EntryData] | None) -> None:
        """The open inspection's deleted entries; None when no inspection is open."""
        self.entries.set_rows(entries or [])
        self.entry_box.setEnabled(entries is not None)
        if entries:
            self.entry_table.selectRow(0)
        self._update_buttons()

    def _selected(self, table: QTableView, model: RowsModel):
        index = table.currentIndex()
        return model.row(index.row()) if index.isValid() else None

    def _restore_inspection(self) -> None:
        row = self._selected(self.inspection_table, self.inspections)
        if row is not None:
            self.restore_inspection.emit(row.id)

    def _restore_entry(self) -> None:
        entry = self._selected(self.entry_table, self.entries)
        if entry is not None:
            self.restore_entry.emit(entry)

    def _update_buttons(self) -> None:
        has_inspections = self.inspections.rowCount() > 0
        self.restore_inspection_button.setEnabled(has_inspections)
        self.restore_entry_button.setEnabled(self.entries.rowCount() > 0)
        self.purge_button.setEnabled(has_inspections)
        self.empty_note.setText(
            "" if has_inspections else self.tr("Thùng rác không có cuộc kiểm tra nào.")
        )
