"""Importing tasks from a file into the open inspection: choose the file (or drop it on the
tasks table), run the wizard, apply its plan as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.domain.errors import DomainError
from app.taskimport.fields import Field
from app.taskimport.importer import ensure_open_for_import, open_task_file
from ui.dialogs.messages import show_error
from ui.dialogs.task_import_dialog import TaskImportDialog
from ui.editor.controller import InspectionEditor
from ui.settings import UiSettings

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".xls")


def _dropped_file(event) -> Path | None:
    """The one local file a drag carries, when it may be a task list."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls() or len(mime.urls()) != 1:
        return None
    url = mime.urls()[0]
    path = Path(url.toLocalFile()) if url.isLocalFile() else None
    return path if path is not None and path.suffix.lower() in SUFFIXES else None


class TaskImport(QObject):
    """The import flow of the tasks page. `imported(summary)` after each import."""

    imported = Signal(str)

    def __init__(self, editor: InspectionEditor, page: QWidget, settings: UiSettings | None):
        super().__init__(page)
        self.editor = editor
        self.page = page
        self.settings = settings
        self.dialog: TaskImportDialog | None = None

    def _settings(self) -> UiSettings:
        if self.settings is None:
            self.settings = UiSettings()
        return self.settings

    def ask_and_start(self) -> TaskImportDialog | None:
        """Ask for the file, then open the wizard on it."""
        if self.editor.draft is None:
            return None
        folder = self._settings().export_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Chọn tệp danh mục nhiệm vụ"),
            folder,
            self.tr("Bảng tính Excel hoặc CSV (*.xlsx *.xlsm *.csv *.txt);;Mọi tệp (*)"),
        )
        return self.start(Path(path)) if path else None

    def start(self, path: Path) -> TaskImportDialog | None:
        """Open the wizard on *path* (window-modal, not blocking); None when refused."""
        draft = self.editor.draft
        if draft is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ensure_open_for_import(draft)
            task_file = open_task_file(path)
            if not task_file.table_sheets:
                task_file.sheet()  # raises the refusal that says what is missing
        except DomainError as error:
            show_error(self.page, error.message, self.tr("Không nhập được"))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        dialog = TaskImportDialog(
            task_file, draft.tasks, draft.cutoff_date, self._remembered, self.page
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _remembered(self, signature: str) -> dict[int, Field] | None:
        stored = self._settings().task_import_mapping(signature)
        if not stored:
            return None
        try:
            return {i: Field(v) for i, v in stored.items()}
        except ValueError:
            return None

    def _apply(self, dialog: TaskImportDialog) -> None:
        remember = dialog.mapping_to_remember()
        if remember is not None:
            signature, fields = remember
            self._settings().remember_task_import_mapping(
                signature, {i: f.value for i, f in fields.items()}
            )
        plan, draft = dialog.plan, self.editor.draft
        if draft is None:
            return
        new = plan.new_tasks()
        if new or plan.updates():
            text = self.tr("Nhập nhiệm vụ từ «{0}»").format(dialog.task_file.name)
            with self.editor.macro(text):
                for target, changes in plan.updates():
                    self.editor.set_fields("tasks", target, changes, text)
                self.editor.insert_items("tasks", draft.tasks, len(draft.tasks), new, text)
        self.imported.emit(plan.summary())

    # -- drag and drop on the tasks table ---------------------------------------------------

    def accept_drops_on(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_file(event) is not None and self.editor.draft is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.start(path)
                return True
        return False
