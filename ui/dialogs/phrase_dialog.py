"""Chèn từ thư viện: find a phrase as you type (no accents needed) and insert it.

The dialog only shows and chooses: the caller hands it a `search` function and, when it is
accepted, inserts `phrase` (as a new entry, or at the cursor when `at_cursor`) and records the use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.dto import Section
from app.services.phrases import FIELD_TAGS, Phrase
from ui.models.rows_model import RowsModel
from ui.widgets.type_ahead_keys import TypeAheadKeys

Search = Callable[[str, str | None, str | None], list[Phrase]]
LIBRARY_SECTIONS = (Section.LIMITATION, Section.RECOMMENDATION)


def field_combo(with_all: bool) -> QComboBox:
    """The field tags of the library ("Mọi lĩnh vực" first when `with_all`)."""
    combo = QComboBox()
    if with_all:
        combo.addItem(QComboBox.tr("Mọi lĩnh vực"), None)
    for tag, label in FIELD_TAGS.items():
        combo.addItem(label, tag)
    return combo


class PhraseDialog(QDialog):
    def __init__(self, search: Search, section: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chèn từ thư viện câu chữ"))
        self.resize(760, 460)
        self._search = search
        self.at_cursor = False
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Gõ để tìm, không cần dấu (ví dụ: giai ngan)"))
        self.query.setClearButtonEnabled(True)
        self.section_combo = QComboBox()
        for value in LIBRARY_SECTIONS:
            self.section_combo.addItem(Section(value).label, str(value))
        self.section_combo.addItem(self.tr("Mọi phần"), None)
        self.section_combo.setCurrentIndex(max(self.section_combo.findData(section), 0))
        self.field_combo = field_combo(with_all=True)
        self.model = RowsModel(
            "PhraseDialog",
            (self.tr("Câu chữ"), self.tr("Lĩnh vực"), self.tr("Đã dùng")),
            lambda p: (p.text, p.field_label, str(p.usage_count)),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()
        buttons = QDialogButtonBox()
        self.insert_button = buttons.addButton(
            self.tr("Chèn thành mục mới"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.insert_button.setToolTip(self.tr("Thêm câu đã chọn thành một mục mới (Enter)"))
        self.cursor_button = buttons.addButton(
            self.tr("Chèn vào chỗ con trỏ"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cursor_button.setToolTip(self.tr("Chèn câu vào mục đang gõ (Ctrl+Enter)"))
        cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Đóng, không chèn gì (Esc)"))
        self.insert_button.setDefault(True)

        filters = QGridLayout()
        filters.addWidget(self.query, 0, 0, 1, 2)
        filters.addWidget(self.section_combo, 1, 0)
        filters.addWidget(self.field_combo, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)

        self.query.textChanged.connect(self.refresh)
        self.section_combo.currentIndexChanged.connect(self.refresh)
        self.field_combo.currentIndexChanged.connect(self.refresh)
        self.insert_button.clicked.connect(lambda: self._choose(at_cursor=False))
        self.cursor_button.clicked.connect(lambda: self._choose(at_cursor=True))
        cancel.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self._choose(at_cursor=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda: self._choose(at_cursor=True))
        # Up/Down in the search box move through the list; Enter (Ctrl+Enter) takes the phrase.
        TypeAheadKeys(self.query, self._step, lambda ctrl: self._choose(at_cursor=ctrl))
        self.refresh()
        self.query.setFocus()

    def refresh(self) -> None:
        try:
            phrases = self._search(
                self.query.text(), self.section_combo.currentData(), self.field_combo.currentData()
            )
            message = self.tr("{0} câu").format(len(phrases))
        except DomainError as error:  # nothing searchable typed yet, or far too much
            phrases, message = [], error.message
        self.model.set_rows(phrases)
        self.count.setText(message)
        if phrases:
            self.table.selectRow(0)
        self.insert_button.setEnabled(bool(phrases))
        self.cursor_button.setEnabled(bool(phrases))

    @property
    def phrase(self) -> Phrase | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _choose(self, at_cursor: bool) -> None:
        if self.phrase is not None:
            self.at_cursor = at_cursor
            self.accept()

    def _step(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = max(self.table.currentIndex().row(), 0)
            self.table.selectRow(min(max(current + step, 0), rows - 1))
