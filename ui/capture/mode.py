"""Entering and leaving capture mode, and the letter size of capture mode and the preview."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui.capture.capture_view import CaptureView
from ui.editor.controller import InspectionEditor
from ui.editor.pages.entries_page import EntriesPage
from ui.editor.view import EditorView
from ui.settings import UiSettings

SCALE_STEP = 1.15
SCALE_MIN, SCALE_MAX = 0.8, 2.6


class CaptureMode(QObject):
    """Swaps the list and the editor pages for the capture view (the menus, the status bar and
    the preview stay), and back to the page of the section last typed in."""

    toggled = Signal(bool)
    scale_changed = Signal(float)

    def __init__(
        self,
        window: QMainWindow,
        editor: InspectionEditor,
        editor_view: EditorView,
        capture: CaptureView,
        stack: QStackedWidget,
        normal: QWidget,
        settings: UiSettings,
    ):
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.editor_view = editor_view
        self.capture = capture
        self.stack = stack
        self.normal = normal
        self.settings = settings
        self.scale = settings.capture_scale
        capture.exit_requested.connect(self.leave)
        editor.loaded.connect(self._loaded)
        self.capture.set_scale(self.scale)

    @property
    def active(self) -> bool:
        return self.stack.currentWidget() is self.capture

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> bool:
        if self.active:
            return True
        if self.editor.draft is None:
            self.window.statusBar().showMessage(
                self.tr("Hãy chọn hoặc tạo một cuộc kiểm tra trước khi ghi nhanh."), 6000
            )
            self.toggled.emit(False)
            return False
        page = self.editor_view.pages[self.editor_view.current_key()]
        section, entry = None, None
        if isinstance(page, EntriesPage):
            section, entry = page.section, page.current
        self.stack.setCurrentWidget(self.capture)
        for bar in self._bars():
            bar.hide()
        self.capture.start(section, entry)
        self.toggled.emit(True)
        return True

    def leave(self) -> None:
        if not self.active:
            return
        self.editor.flush()
        edit = self.capture.current
        section = self.capture.current_section()
        self.stack.setCurrentWidget(self.normal)
        for bar in self._bars():
            bar.show()
        self.editor_view.show_page(str(section))
        page = self.editor_view.pages[str(section)]
        if edit is not None and edit.entry is not None and isinstance(page, EntriesPage):
            page.select(edit.entry)
        field = page.first_field()
        if field is not None:
            field.setFocus()
        self.toggled.emit(False)

    def _bars(self) -> list[QWidget]:
        toolbar = getattr(self.window, "toolbar", None)
        return [toolbar] if toolbar is not None else []

    def _loaded(self) -> None:
        if self.active and self.editor.draft is None:
            self.leave()

    # -- letter size --------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        self.scale = min(max(scale, SCALE_MIN), SCALE_MAX)
        self.settings.capture_scale = self.scale
        self.capture.set_scale(self.scale)
        self.scale_changed.emit(self.scale)

    def larger(self) -> None:
        self.set_scale(self.scale * SCALE_STEP)

    def smaller(self) -> None:
        self.set_scale(self.scale / SCALE_STEP)

    def reset_scale(self) -> None:
        self.set_scale(1.0)
