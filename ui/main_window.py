"""The main window: wiring only (list | editor, menus, toolbar, status bar, save state)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter

from app import dto
from app.database import read_only_message, storage_message
from app.domain.errors import DomainError
from app.domain.inspection_year import inspection_year
from app.services.bundle import Services
from app.services.copies import copy_for_new
from ui.actions import ActionId, create_actions
from ui.backups import BackupController
from ui.dialogs.messages import show_error
from ui.editor.controller import InspectionEditor
from ui.editor.view import EditorView
from ui.exports import ExportController
from ui.inspection_list import InspectionList
from ui.menus import (
    build_directory_menu,
    build_edit_menu,
    build_file_menu,
    build_help_menu,
    build_toolbar,
    build_view_menu,
)
from ui.notice_batch import NoticeBatchController
from ui.qt_vietnamese import install_qt_vietnamese
from ui.search import SearchController
from ui.settings import UiSettings
from ui.style import apply_font, apply_look
from ui.sync_actions import SyncController
from ui.window_keys import WindowKeys
from ui.workspace import Workspace

A = ActionId
LIST_WIDTH = 330  # the list, the page list and a page beside the preview fit 1366 pixels


def _set_enabled(action, on: bool) -> None:
    if action.isEnabled() != on:
        action.setEnabled(on)


class MainWindow(QMainWindow):
    # A restore reopened the database in a new window, which takes this one's place.
    replaced = Signal(object)

    def __init__(self, services: Services, settings: UiSettings | None = None, parent=None):
        settings = settings or UiSettings()
        # Before the window itself is made: every widget, the toolbar's and the list's
        # included, is made with the UI font, not Qt's default one.
        apply_font(settings.capture_scale)
        super().__init__(parent)
        install_qt_vietnamese()
        self.services = services
        self.settings = settings
        self.resize(1366, 768)
        # The editor first: children are destroyed in creation order, and its undo stack still
        # signals the actions while it goes.
        self.editor = InspectionEditor(services, self)
        self.actions = create_actions(self)
        self.inspection_list = InspectionList(self)
        self.editor_view = EditorView(self.editor, self)
        self.editor_view.pages["tasks"].importer.settings = self.settings
        self.exports = ExportController(self, services, self.settings)
        self.sync = SyncController(self, services, self.settings)
        self.notice_batch = NoticeBatchController(self, services, self.settings)
        self.directory = services.directory
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.inspection_list)
        self.splitter.addWidget(self.editor_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, 1366 - LIST_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        self.workspace = Workspace(self, self.splitter)
        self.search = SearchController(self, services)
        self.backups = BackupController(self)
        self.setCentralWidget(self.workspace.stack)
        build_file_menu(self, self.actions)
        build_edit_menu(self, self.actions)
        build_view_menu(self, self.actions)
        build_directory_menu(self, self.actions)
        build_help_menu(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions)
        self.window_keys = WindowKeys(self, list(self.actions.values()))
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self._connect()
        self._restore_state()
        self._selection_actions()
        apply_look(self, self.settings.capture_scale)
        self.refresh()
        self._reopen_session()
        self._update_title()
        self._update_actions()
        if services.db.read_only:
            self.statusBar().showMessage(read_only_message(services.db))

    # -- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        act = self.actions
        # Delete acts on the list only, so the key still deletes text and table rows elsewhere.
        act[A.DELETE].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.inspection_list.view.addAction(act[A.DELETE])
        act[A.NEW].triggered.connect(self.new_inspection)
        act[A.NEW_FROM_PREVIOUS].triggered.connect(self.new_from_previous)
        act[A.DUPLICATE].triggered.connect(self.duplicate_inspection)
        act[A.DELETE].triggered.connect(self.delete_inspection)
        act[A.IMPORT_TASKS].triggered.connect(self.import_tasks)
        act[A.SEND].triggered.connect(lambda: self.sync.send())
        act[A.RECEIVE].triggered.connect(lambda: self.sync.receive())
        act[A.CONFLICTS].triggered.connect(self.sync.review_conflicts)
        act[A.EXPORT_NOTICE_PDF].triggered.connect(lambda: self.export("notice-pdf"))
        act[A.EXPORT_NOTICE_DOCX].triggered.connect(lambda: self.export("notice-docx"))
        act[A.EXPORT_SELECTED_NOTICES].triggered.connect(self.export_selected_notices)
        self.inspection_list.context_menu.addAction(act[A.EXPORT_SELECTED_NOTICES])
        self.inspection_list.selection_changed.connect(self._selection_actions)
        act[A.EXPORT_TABLES].triggered.connect(lambda: self.export("tables"))
        act[A.EXPORT_SUMMARY].triggered.connect(self.export_summary)
        act[A.BACKUP_NOW].triggered.connect(self.backups.backup_now)
        act[A.RESTORE_BACKUP].triggered.connect(self.backups.ask_restore)
        act[A.BACKUP_FOLDER].triggered.connect(self.backups.ask_second_folder)
        act[A.QUIT].triggered.connect(self.close)
        act[A.UNDO].triggered.connect(self.editor.undo)
        act[A.REDO].triggered.connect(self.editor.redo)
        act[A.SAVE].triggered.connect(self.save_now)
        act[A.FIND].triggered.connect(self._focus_search)
        act[A.SEARCH].triggered.connect(self.search.open)
        act[A.DIRECTORY].triggered.connect(self.open_directory)
        act[A.HELP].triggered.connect(self.show_help)
        act[A.ABOUT].triggered.connect(self.show_about)
        self.workspace.mode.toggled.connect(self._remember_session)
        self.workspace.connect(act)
        stack = self.editor.stack
        stack.canUndoChanged.connect(lambda on: _set_enabled(act[A.UNDO], on))
        stack.canRedoChanged.connect(lambda on: _set_enabled(act[A.REDO], on))
        stack.undoTextChanged.connect(lambda t: self._undo_tip(act[A.UNDO], t))
        stack.redoTextChanged.connect(lambda t: self._undo_tip(act[A.REDO], t))
        self.editor_view.pages["attendees"].directory_requested.connect(self.open_directory)
        self.inspection_list.current_changed.connect(self._selection_changed)
        self.editor.saved.connect(self._saved)
        self.editor.save_state_changed.connect(lambda _s: self._update_title())
        self.editor.modified_changed.connect(self.setWindowModified)
        self.editor.save_failed.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.editor.changed.connect(lambda _c: self._update_title())
        self.editor.loaded.connect(self._update_title)
        self.editor.read_only_changed.connect(lambda _on: self._update_title())
        self.editor.loaded.connect(self._update_actions)

    def _undo_tip(self, action, text: str) -> None:
        plain = action.text().replace("&", "")
        shortcut = action.shortcut().toString()
        detail = f": {text}" if text else ""
        tip = f"{plain}{detail} ({shortcut})"
        if action.toolTip() != tip:
            action.setToolTip(tip)

    def refresh(self) -> None:
        self.inspection_list.set_rows(self.services.inspections.list_rows())

    def _remember_session(self, *_args) -> None:
        """Written at once: after a crash the app reopens on this inspection and mode."""
        self.settings.open_inspection = self.editor.inspection_id
        self.settings.capture_on = self.workspace.mode.active
        self.settings.sync()

    def _reopen_session(self) -> None:
        inspection_id, capture = self.settings.open_inspection, self.settings.capture_on
        if inspection_id is None or self.inspection_list.model.row_of_id(inspection_id) is None:
            return
        self.inspection_list.select_id(inspection_id)
        if capture and self.editor.inspection_id == inspection_id:
            self.workspace.mode.enter()

    def _selection_changed(self, inspection_id: int | None) -> None:
        if not self.editor.load(inspection_id):
            # The open inspection could not be saved: stay on it rather than lose the edits.
            current = self.editor.inspection_id
            self.inspection_list.blockSignals(True)
            self.inspection_list.select_id(current)
            self.inspection_list.blockSignals(False)
            show_error(
                self,
                self.tr("Chưa lưu được cuộc kiểm tra đang mở, nên chưa chuyển sang cuộc khác."),
            )
            return
        self._remember_session()

    def _saved(self, row) -> None:
        self.inspection_list.update_row(row)
        self._update_title()

    def _update_actions(self) -> None:
        has = self.editor.draft is not None
        writable = not self.services.db.read_only
        for action_id in (A.NEW, A.NEW_FROM_PREVIOUS, A.DUPLICATE, A.DELETE, A.SAVE):
            self.actions[action_id].setEnabled(writable and (has or action_id == A.NEW))
        self.actions[A.RESTORE_BACKUP].setEnabled(writable)
        self.actions[A.RECEIVE].setEnabled(writable)
        self.actions[A.CONFLICTS].setEnabled(writable)
        for action_id in (
            A.CAPTURE,
            A.IMPORT_TASKS,
            A.OPEN_PDF,
            A.INSERT_PHRASE,
            A.SAVE_PHRASE,
            A.EXPORT_NOTICE_PDF,
            A.EXPORT_NOTICE_DOCX,
            A.EXPORT_TABLES,
        ):
            self.actions[action_id].setEnabled(has)
        self.actions[A.UNDO].setEnabled(self.editor.stack.canUndo())
        self.actions[A.REDO].setEnabled(self.editor.stack.canRedo())

    def _selection_actions(self) -> None:
        chosen = self.inspection_list.has_selection()
        _set_enabled(self.actions[A.EXPORT_SELECTED_NOTICES], chosen)

    def _update_title(self) -> None:
        # Runs on every keystroke: Qt setters are called only when something changed.
        draft = self.editor.draft
        parts = [self.tr("Tổ công tác")]
        if draft is not None:
            parts.append(draft.unit_name or self.tr("(chưa có đơn vị)"))
        parts.append(self.services.db.path.name)
        title = "[*]" + " — ".join(parts)
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        if self.isWindowModified() != self.editor.dirty:
            self.setWindowModified(self.editor.dirty)
        text = self.editor.state_text()
        if self.save_label.text() != text:
            self.save_label.setText(text)

    # -- actions ----------------------------------------------------------------------------

    def new_inspection(self) -> None:
        """A new inspection of today, saved at once, opened on Thông tin chung."""
        self.editor.flush()
        today = dt.date.today()
        self._open_new(self.services.inspections.create_new(date=today, year=today.year))

    def duplicate_inspection(self) -> None:
        draft = self.editor.draft
        if draft is None or not self.editor.flush():
            return
        self._open_new(self.services.inspections.save(copy_for_new(draft)))

    def new_from_previous(self) -> None:
        """A new inspection of today for the unit of the open one, carried over from it: unit,
        attendees, recipients, signature, and its recommendations to be followed up."""
        draft = self.editor.draft
        if draft is None or draft.id is None or not self.editor.flush():
            return
        try:
            data, row = self.services.carryover.new_from_previous(draft.id)
        except DomainError as error:
            show_error(self, error.message)
            return
        self._open_new(row, page="followup" if data.entries else "general")

    def _open_new(self, row: dto.InspectionRow, page: str = "general") -> None:
        """Show the inspection just saved as *row* in the list and open it in the editor."""
        self.inspection_list.search.clear()
        self.inspection_list.update_row(row)
        self.inspection_list.select_id(row.id)
        if self.workspace.mode.active:
            self.workspace.capture.start()
        else:
            self.editor_view.show_page(page, focus=True)
        self.statusBar().showMessage(self.tr("Đã tạo cuộc kiểm tra mới"), 5000)

    def delete_inspection(self) -> None:
        """Move the open inspection to the trash (it can be restored)."""
        draft = self.editor.draft
        if draft is None or draft.id is None:
            return
        self.editor.flush()
        inspection_id = draft.id
        self.services.inspections.delete(inspection_id)
        self.editor.close_draft()
        self.inspection_list.remove_id(inspection_id)
        self.statusBar().showMessage(self.tr("Đã chuyển vào thùng rác"), 5000)

    def import_tasks(self) -> None:
        """Tệp → Nhập nhiệm vụ từ Excel…: the import wizard, on the tasks page."""
        if self.editor.draft is None:
            return
        self.editor_view.show_page("tasks")
        self.editor_view.pages["tasks"].importer.ask_and_start()

    def save_now(self) -> None:
        if self.editor.draft is None:
            return
        if self.editor.save():
            self.statusBar().showMessage(self.tr("Đã lưu"), 5000)

    def export(self, kind: str, path: Path | None = None) -> bool:
        draft = self.editor.draft
        if draft is None or draft.id is None or not self.editor.flush():
            return False
        return self.exports.export_inspection(kind, draft.id, path)

    def export_selected_notices(self) -> bool:
        """The notices of the inspections selected in the list, into one folder."""
        ids = self.inspection_list.selected_ids()
        if not ids or not self.editor.flush():  # the batch reads what the editor saved
            return False
        return self.notice_batch.start(ids)

    def export_summary(self, year: int | None = None, path: Path | None = None) -> bool:
        self.editor.flush()
        draft = self.editor.draft
        if year is None:
            year = self.inspection_list.year_combo.currentData()
        if year is None and draft is not None:
            year = inspection_year(draft)
        if year is None:
            year = dt.date.today().year
        return self.exports.export_summary(year, path)

    def directory_dialog(self):
        """The Danh mục dialog filled from the database (not shown)."""
        from ui.dialogs.directory_dialog import DirectoryDialog

        self.editor.flush()
        return DirectoryDialog(
            self.services.profile.get(),
            self.services.profile.organizations(),
            self.directory.working_group(),
            self,
        )

    def open_directory(self) -> None:
        dialog = self.directory_dialog()
        while dialog.exec():  # a refusal keeps the dialog open with everything typed in it
            if self.apply_directory(dialog):
                return

    def apply_directory(self, dialog) -> bool:
        """Save what the Danh mục dialog holds, all or nothing; a refusal is said in the dialog."""
        try:
            self.directory.save_directory(dialog.directory())
        except DomainError as error:
            dialog.error.show_message(error.message)
            return False
        except Exception as error:
            message = storage_message(error, self.services.db)
            if not message:
                raise
            dialog.error.show_message(message)
            return False
        self.editor.reload_directory()
        self.statusBar().showMessage(self.tr("Đã lưu danh mục"), 5000)
        return True

    def show_help(self) -> None:
        from ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self.actions, self).open()

    def show_about(self) -> None:
        from ui.dialogs.help_dialog import show_about

        show_about(self)

    def _focus_search(self) -> None:
        self.inspection_list.search.setFocus()
        self.inspection_list.search.selectAll()

    def _close_anyway(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Chưa lưu được"),
            self.tr(
                "Những thay đổi mới nhất chưa lưu được vào cơ sở dữ liệu. "
                "Nếu đóng bây giờ, các thay đổi đó sẽ mất."
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Vẫn đóng"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Ở lại"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Close

    # -- window state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        if self.settings.splitter_state is not None:
            self.splitter.restoreState(self.settings.splitter_state)

    def flush(self) -> bool:
        return self.editor.flush()

    def closeEvent(self, event) -> None:
        if not self.editor.flush() and not self._close_anyway():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        super().closeEvent(event)
