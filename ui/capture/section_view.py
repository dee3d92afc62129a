"""One section of capture mode: its heading and one growing text box per entry, with labels."""

from __future__ import annotations

import operator
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.dto import EntryData
from ui.capture.entry_edit import EntryEdit

LABEL_EMS = 3.4  # room for "1.1.1." or "a1)" at any font size


class EntryRow(QWidget):
    """The label the notice prints ("1.1.", "a)", "-", nothing for a paragraph; "…" while the
    entry has no text) beside the entry's text box; the addressee above it, if any."""

    def __init__(self, edit: EntryEdit, parent=None):
        super().__init__(parent)
        self.edit = edit
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.label.setObjectName("entry_label")
        self.addressee = QLabel()
        self.addressee.setTextFormat(Qt.TextFormat.PlainText)
        self.addressee.setObjectName("entry_addressee")
        self.addressee.setWordWrap(True)
        self.addressee.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.addressee)
        column.addWidget(edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        self.fit_label()

    def fit_label(self) -> None:
        width = int(self.fontMetrics().averageCharWidth() * LABEL_EMS * 2)
        self.label.setFixedWidth(width)
        self.label.setContentsMargins(0, self.edit.document().documentMargin() + 1, 0, 0)

    def show_heading(self, heading: bool) -> None:
        """A heading is shown in bold, as the notice prints it."""
        if self.label.font().bold() == heading:
            return
        for widget in (self.edit, self.label):
            weight = QFont()  # only the weight is set: size and family still follow the view
            weight.setBold(heading)
            widget.setFont(weight)

    def show_addressee(self, text: str) -> None:
        shown = f"→ {text}" if text else ""
        if self.addressee.text() != shown:
            self.addressee.setText(shown)
            self.addressee.setVisible(bool(text))


class SectionView(QWidget):
    """The rows of one section in the order of the draft. `sync()` reuses the row of every
    entry still there, so typing never rebuilds the section; a section without entries shows
    one empty box (entry None) that becomes an entry when typed into."""

    def __init__(
        self,
        section: str,
        heading: str,
        make_edit: Callable[[EntryData | None, SectionView], EntryEdit],
        parent=None,
    ):
        super().__init__(parent)
        self.section = section
        self.make_edit = make_edit
        self.heading = QLabel(heading)
        self.heading.setObjectName("section_heading")
        self.heading.setWordWrap(True)
        self.rows: list[EntryRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows_layout)

    def edits(self) -> list[EntryEdit]:
        return [row.edit for row in self.rows]

    def edit_of(self, entry: EntryData) -> EntryEdit | None:
        return next((r.edit for r in self.rows if r.edit.entry is entry), None)

    def row_of(self, edit: EntryEdit) -> EntryRow | None:
        return next((r for r in self.rows if r.edit is edit), None)

    def sync(self, entries: list[EntryData]) -> bool:
        """Rows for `entries` in order; True when rows were added, removed or reordered.

        Only rows out of place are touched: typing Enter in a long section inserts one row.
        """
        current = [row.edit.entry for row in self.rows]
        if entries:
            same = len(current) == len(entries) and all(map(operator.is_, current, entries))
        else:
            same = current == [None]
        if same:
            return False
        by_entry = {id(row.edit.entry): row for row in self.rows if row.edit.entry is not None}
        ghost = next((row for row in self.rows if row.edit.entry is None), None)
        wanted: list[EntryRow] = []
        for entry in entries:
            row = by_entry.pop(id(entry), None)
            wanted.append(row or EntryRow(self.make_edit(entry, self)))
        if not entries:
            wanted.append(ghost or EntryRow(self.make_edit(None, self)))
            ghost = None
        for row in [*by_entry.values(), *([ghost] if ghost else [])]:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        placed = set(map(id, self.rows))
        layout = self._rows_layout
        for i, row in enumerate(wanted):
            item = layout.itemAt(i)
            if item is not None and item.widget() is row:
                continue
            if id(row) in placed:
                layout.removeWidget(row)
            layout.insertWidget(i, row)
            if id(row) not in placed:
                row.show()
        self.rows = wanted
        return True

    def set_labels(
        self,
        labels: list[str],
        addressees: list[str] | None = None,
        headings: list[bool] | None = None,
    ) -> None:
        for i, (row, label) in enumerate(zip(self.rows, labels, strict=False)):
            if row.label.text() != label:
                row.label.setText(label)
            if addressees is not None:
                row.show_addressee(addressees[i])
            if headings is not None:
                row.show_heading(headings[i])

    def fit_labels(self) -> None:
        for row in self.rows:
            row.fit_label()
