"""Last time's recommendations, each with its status (đã / đang / chưa / không thực hiện được) and
a note; every change is an undoable edit of the draft, autosaved like any other."""

from __future__ import annotations

import operator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.emphasis import plain
from app.domain.text import nfc
from app.dto import EntryData, FollowupStatus, Section
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.widgets.fields import route_undo_keys

# The order a secretary asks in: done, in progress, not yet, cannot be done.
STATUS_ORDER = (
    FollowupStatus.DA_THUC_HIEN,
    FollowupStatus.DANG_THUC_HIEN,
    FollowupStatus.CHUA_THUC_HIEN,
    FollowupStatus.KHONG_THUC_HIEN_DUOC,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowupList", text)


class FollowupItem(QWidget):
    def __init__(self, editor: InspectionEditor, entry: EntryData, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.entry = entry
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never HTML
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        self.status.addItem(_tr("— chưa hỏi —"), str(FollowupStatus.NONE))
        for status in STATUS_ORDER:
            self.status.addItem(status.label, str(status))
        self.status.setToolTip(_tr("Kết quả thực hiện kiến nghị này"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(_tr("Ghi chú: đã làm gì, vì sao chưa làm…"))
        route_undo_keys(self.note)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text, 0, 0, 1, 2)
        layout.addWidget(self.status, 1, 0)
        layout.addWidget(self.note, 1, 1)
        layout.setColumnStretch(1, 1)
        self.refresh()
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.note.textEdited.connect(self._note_typed)

    def _status_chosen(self, index: int) -> None:
        label = _tr("Đánh giá kiến nghị lần trước")
        value = self.status.itemData(index)
        self.editor.set_field("entries", self.entry, "followup_status", value, label)

    def _note_typed(self, text: str) -> None:
        label = _tr("Ghi chú kiến nghị lần trước")
        self.editor.set_field("entries", self.entry, "followup_note", nfc(text), label, True)

    def refresh(self) -> None:
        entry = self.entry
        self.text.setText(f"– {plain(entry.text)}")
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(entry.followup_status or ""), 0))
        self.status.blockSignals(False)
        if nfc(self.note.text()) != entry.followup_note:
            self.note.setText(entry.followup_note)


class FollowupList(QWidget):
    """The follow-up entries of the open inspection, in order."""

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.items: list[FollowupItem] = []
        self._items_layout = QVBoxLayout()
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source)
        layout.addLayout(self._items_layout)
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.rebuild)
        self.rebuild()

    def entries(self) -> list[EntryData]:
        draft = self.editor.draft
        return draft.section(Section.FOLLOWUP) if draft is not None else []

    def rebuild(self) -> None:
        entries = self.entries()
        if len(entries) == len(self.items) and all(
            map(operator.is_, entries, (i.entry for i in self.items))
        ):
            return
        for item in self.items:
            self._items_layout.removeWidget(item)
            item.deleteLater()
        self.items = [FollowupItem(self.editor, entry, self) for entry in entries]
        for item in self.items:
            self._items_layout.addWidget(item)
        sources = sorted({e.source for e in entries if e.source})
        self.source.setText(
            _tr("Kiến nghị tại Thông báo số {0}").format("; ".join(sources)) if sources else ""
        )
        self.source.setVisible(bool(sources))

    def _changed(self, change: Change) -> None:
        if change.area != "entries":
            return
        if change.structural:
            self.rebuild()
            return
        for item in self.items:
            if item.entry is change.obj:
                item.refresh()
