"""The Thùng rác dialog's caller: restores, and empties the trash after asking."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app import dto
from app.services.bundle import Services
from ui.capture import entry_ops
from ui.dialogs.trash_dialog import TrashDialog
from ui.editor.controller import InspectionEditor
from ui.inspection_list import InspectionList


class TrashController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        editor: InspectionEditor,
        inspection_list: InspectionList,
    ):
        super().__init__(window)
        self.window = window
        self.services = services
        self.editor = editor
        self.inspection_list = inspection_list
        self.dialog: TrashDialog | None = None
        self.confirm_box: QMessageBox | None = None

    def open(self) -> TrashDialog:
        """Show the dialog (not blocking: the window stays usable behind it)."""
        self.editor.flush()
        dialog = TrashDialog(self.window)
        dialog.restore_inspection.connect(self.restore_inspection)
        dialog.restore_entry.connect(self.restore_entry)
        dialog.purge_requested.connect(self.ask_purge)
        self.dialog = dialog
        self.refresh()
        dialog.open()
        return dialog

    def refresh(self) -> None:
        if self.dialog is None:
            return
        self.dialog.set_inspections(self.services.inspections.list_rows(trashed=True))
        draft = self.editor.draft
        if draft is None or draft.id is None:
            self.dialog.set_entries(None)
            return
        live = {e.id for e in draft.entries}
        trashed = self.services.inspections.trashed_entries(draft.id)
        self.dialog.set_entries([e for e in trashed if e.id not in live])

    def restore_inspection(self, inspection_id: int) -> None:
        row = self.services.inspections.restore(inspection_id)
        self.inspection_list.update_row(row)
        self._say(self.tr("Đã khôi phục cuộc kiểm tra {0}").format(row.unit_name))
        self.refresh()

    def restore_entry(self, entry: dto.EntryData) -> None:
        """Back at the end of its section, as an undoable edit; saved with its own id."""
        draft = self.editor.draft
        if draft is None:
            return
        section = draft.section(entry.section)
        entry_ops.insert_entry(self.editor, entry, section[-1] if section else None)
        self.editor.flush()
        self._say(
            self.tr("Đã khôi phục mục vào phần «{0}»").format(dto.Section(entry.section).label)
        )
        self.refresh()

    def ask_purge(self) -> QMessageBox:
        count = self.dialog.inspections.rowCount() if self.dialog is not None else 0
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Dọn sạch thùng rác"),
            self.tr(
                "Xóa vĩnh viễn {0} cuộc kiểm tra trong thùng rác? Việc này không hoàn tác được."
            ).format(count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.dialog or self.window,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Xóa vĩnh viễn"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("purge_confirm")
        box.finished.connect(lambda _r: self._purge_answered(box))
        self.confirm_box = box
        box.open()
        return box

    def _purge_answered(self, box: QMessageBox) -> None:
        self.confirm_box = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Discard):
            return
        count = self.services.inspections.purge_trash()
        self._say(self.tr("Đã xóa vĩnh viễn {0} cuộc kiểm tra").format(count))
        self.refresh()

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)
