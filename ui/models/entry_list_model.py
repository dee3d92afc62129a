"""The entries of one section of the notice body, in order, with their letters or numbers.

The model keeps the section's entries and labels from its last reset (the draft's structure
changed, an addressee changed, another inspection opened): typing into an entry only refreshes
that entry's row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.domain.letters import letter
from app.dto import EntryData, Section
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor

# Sections the notice prints as lettered items a) b) c) …; the others are paragraphs.
LETTERED = (Section.RECOMMENDATION, Section.FOLLOWUP)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20


def labels(entries: list[EntryData], section: str) -> list[str]:
    """ "a)", "b)"… counted within each addressee group (the notice groups recommendations by
    the agency they go to); "1.", "2."… for paragraphs."""
    if section not in LETTERED:
        return [f"{i + 1}." for i in range(len(entries))]
    seen: dict[str, int] = {}
    result = []
    for entry in entries:
        position = seen.get(entry.addressee, 0)
        seen[entry.addressee] = position + 1
        result.append(f"{letter(position)})")
    return result


class EntryListModel(QAbstractListModel):
    def __init__(self, editor: InspectionEditor, section: str, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.section = section
        self._entries: list[EntryData] = []
        self._labels: list[str] = []
        self._rows: dict[int, int] = {}
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.reset)
        self._read()

    def _read(self) -> None:
        draft = self.editor.draft
        self._entries = draft.section(self.section) if draft is not None else []
        self._labels = labels(self._entries, self.section)
        self._rows = {id(e): i for i, e in enumerate(self._entries)}

    def entries(self) -> list[EntryData]:
        return list(self._entries)

    def entry(self, row: int) -> EntryData:
        return self._entries[row]

    def row_of(self, entry: EntryData) -> int | None:
        return self._rows.get(id(entry))

    def reset(self) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._labels[index.row()]
            text = entry.text.split("\n", 1)[0] or self.tr("(chưa có nội dung)")
            if entry.addressee and self.section in LETTERED:
                return f"[{entry.addressee}] {label} {text}"
            return f"{label} {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text
        return None

    def _changed(self, change: Change) -> None:
        if change.area != "entries":
            return
        if change.structural:
            self.reset()
        elif change.obj is not None and getattr(change.obj, "section", None) == self.section:
            if "addressee" in change.fields:
                self.reset()
                return
            row = self.row_of(change.obj)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))
