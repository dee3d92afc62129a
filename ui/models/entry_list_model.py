"""The entries of one section of the notice body, in order, with the labels the notice prints.

The labels come from the notice itself (InspectionEditor.labels, app.notice.outline's rule), so
the list shows "3.1.", "a)", "-" exactly where the notice does. The model keeps the section's
entries from its last reset (the draft's structure changed, another inspection opened): typing
into an entry only refreshes that entry's row, and the labels are read again only when the
typing can change them (an entry gets or loses its text, its kind or level changes).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.emphasis import plain
from app.dto import EntryData, EntryKind
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20
LABEL_ROLE = Qt.ItemDataRole.UserRole + 21  # the notice's label; None: not printed (no text)
NOT_PRINTED = "…"


def shown_label(label: str | None) -> str:
    """How the editor and capture mode show an entry's label: the notice's own, or "…" for an
    entry the notice leaves out until it has text."""
    return NOT_PRINTED if label is None else label


class EntryListModel(QAbstractListModel):
    def __init__(self, editor: InspectionEditor, section: str, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.section = section
        self._entries: list[EntryData] = []
        self._indexes: list[int] = []
        self._rows: dict[int, int] = {}
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.reset)
        editor.labels_changed.connect(self.relabel)
        self._read()

    def _read(self) -> None:
        draft = self.editor.draft
        entries = draft.entries if draft is not None else []
        pairs = [(i, e) for i, e in enumerate(entries) if e.section == self.section]
        self._indexes = [i for i, _ in pairs]
        self._entries = [e for _, e in pairs]
        self._rows = {id(e): row for row, e in enumerate(self._entries)}

    def entries(self) -> list[EntryData]:
        return list(self._entries)

    def entry(self, row: int) -> EntryData:
        return self._entries[row]

    def row_of(self, entry: EntryData) -> int | None:
        return self._rows.get(id(entry))

    def label(self, row: int) -> str | None:
        return self.editor.labels().get(self._indexes[row])

    def reset(self) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def relabel(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == LABEL_ROLE:
            return self.label(index.row())
        heading = entry.kind == EntryKind.HEADING
        if role == Qt.ItemDataRole.DisplayRole:
            label = shown_label(self.label(index.row()))
            text = plain(entry.text).split("\n", 1)[0] or self.tr("(chưa có nội dung)")
            if heading and entry.addressee.strip():
                text += f"  → {entry.addressee.strip()}"
            elif entry.addressee.strip():
                text = f"[{entry.addressee.strip()}] {text}"
            return f"{label} {text}" if label else text
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(entry.text)
        return None

    def _changed(self, change: Change) -> None:
        if change.area != "entries":
            return
        if change.structural or "section" in change.fields:
            self.reset()
            return
        row = self.row_of(change.obj) if change.obj is not None else None
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))
