"""Khôi phục từ bản sao lưu: the database's backups (date, why, size, inspections) to choose
from, or another backup file. The dialog only chooses: `chosen` is the file to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.backups import BackupInfo
from ui.models.rows_model import RowsModel


def _cells(info: BackupInfo) -> tuple[str, ...]:
    return (
        f"{info.created:%d/%m/%Y %H:%M}",
        info.kind.label.capitalize(),
        info.size_text,
        str(info.inspections),
    )


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], db_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.resize(640, 420)
        self.chosen: Path | None = None
        self.model = RowsModel(
            "RestoreDialog",
            (self.tr("Ngày giờ"), self.tr("Loại"), self.tr("Dung lượng"), self.tr("Số cuộc KT")),
            _cells,
            self,
        )
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            self.tr(
                "Các bản sao lưu của «{0}», mới nhất ở trên. Mỗi bản đã được kiểm tra khi sao "
                "lưu và được kiểm tra lại trước khi khôi phục.\n"
                "Trước khi khôi phục, dữ liệu hiện tại được sao lưu (loại «trước khi khôi "
                "phục»), nên luôn có thể quay lại."
            ).format(db_path.name)
        )
        intro.setWordWrap(True)
        self.empty_note = QLabel(self.tr("Chưa có bản sao lưu nào của cơ sở dữ liệu này."))
        self.empty_note.setVisible(not backups)
        self.restore_button = QPushButton(self.tr("&Khôi phục bản đã chọn"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(backups))
        self.other_button = QPushButton(self.tr("Chọn &tệp khác…"))
        cancel = QPushButton(self.tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore_selected)
        self.table.activated.connect(lambda _i: self._restore_selected())
        self.other_button.clicked.connect(self._choose_file)
        cancel.clicked.connect(self.reject)
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()

    def _restore_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.chosen = self.model.row(index.row()).path
            self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn bản sao lưu"),
            "",
            self.tr("Bản sao lưu Tổ công tác (*.sqlite *.db);;Mọi tệp (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
