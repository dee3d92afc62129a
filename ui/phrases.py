"""The phrase library from the editor: Chèn từ thư viện (Ctrl+L) and Lưu vào thư viện."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QTextEdit

from app.domain.emphasis import escape, plain
from app.domain.errors import DomainError
from app.dto import EntryData
from app.services.bundle import Services
from ui.capture import entry_ops
from ui.dialogs.messages import show_error
from ui.dialogs.phrase_dialog import PhraseDialog
from ui.dialogs.save_phrase_dialog import SavePhraseDialog
from ui.editor.controller import InspectionEditor


@dataclass
class PhraseTarget:
    """Where a phrase goes: the section, the entry being typed (None: an empty section), its
    text box, and how to add a new entry after it with a text."""

    section: str
    entry: EntryData | None
    text_box: QTextEdit | QPlainTextEdit | None
    add_after: Callable[[EntryData | None, str], None]


class PhraseController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        editor: InspectionEditor,
        target: Callable[[], PhraseTarget | None],
    ):
        super().__init__(window)
        self.window = window
        self.services = services
        self.editor = editor
        self.target = target
        self.dialog: PhraseDialog | SavePhraseDialog | None = None

    def _no_target(self) -> None:
        self.window.statusBar().showMessage(
            self.tr(
                "Hãy đặt con trỏ vào một mục của Đánh giá chung, Hạn chế, Kiến nghị hoặc Đề xuất."
            ),
            8000,
        )

    # -- insert -------------------------------------------------------------------------------

    def open_insert(self) -> PhraseDialog | None:
        target = self.target()
        if target is None or self.editor.draft is None:
            self._no_target()
            return None
        dialog = PhraseDialog(self.services.phrases.search, target.section, self.window)
        dialog.accepted.connect(lambda: self._insert(dialog, target))
        return self._open(dialog)

    def _open(self, dialog):
        # Back to the window (and its cursor) when the dialog closes, on every platform.
        dialog.finished.connect(lambda _r: self.window.activateWindow())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _insert(self, dialog: PhraseDialog, target: PhraseTarget) -> None:
        phrase = dialog.phrase
        if phrase is None or self.editor.draft is None:
            return
        self.window.activateWindow()
        entry, box = target.entry, target.text_box
        if box is not None and (dialog.at_cursor or entry is None):
            box.setFocus()
            cursor = box.textCursor()
            before = box.toPlainText()[: cursor.position()]
            spacer = " " if before and not before[-1].isspace() else ""
            # A step of its own in the undo history, not merged with the typing before it.
            with self.editor.macro(self.tr("Chèn từ thư viện")):
                cursor.insertText(spacer + phrase.text)
        elif entry is not None and not entry.text.strip():
            label = self.tr("Chèn từ thư viện")
            self.editor.set_field("entries", entry, "text", escape(phrase.text), label)
            if box is not None:
                box.setFocus()
                box.moveCursor(QTextCursor.MoveOperation.End)
        else:
            target.add_after(entry, escape(phrase.text))
        self.services.phrases.record_use(phrase.id)
        self.window.statusBar().showMessage(self.tr("Đã chèn từ thư viện"), 4000)

    # -- save ---------------------------------------------------------------------------------

    def open_save(self) -> SavePhraseDialog | None:
        target = self.target()
        if target is None or target.entry is None or not plain(target.entry.text).strip():
            self.window.statusBar().showMessage(
                self.tr("Mục đang chọn chưa có nội dung để lưu vào thư viện."), 6000
            )
            return None
        dialog = SavePhraseDialog(plain(target.entry.text), target.section, self.window)
        dialog.accepted.connect(lambda: self._save(dialog))
        return self._open(dialog)

    def _save(self, dialog: SavePhraseDialog) -> None:
        try:
            phrase = self.services.phrases.add(dialog.text, dialog.section, dialog.field_tag)
        except DomainError as error:
            show_error(self.window, error.message)
            return
        self.window.statusBar().showMessage(
            self.tr("Đã lưu vào thư viện ({0})").format(phrase.field_label), 5000
        )


def add_entry_with_text(editor: InspectionEditor, section: str, select) -> Callable:
    """`add_after` for a page: a new entry after the given one, then selected on the page."""

    def add(after: EntryData | None, text: str) -> None:
        select(entry_ops.add_entry(editor, section, after, text))

    return add
