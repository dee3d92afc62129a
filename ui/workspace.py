"""The main window's session tools: capture mode, the preview pane, the phrase library and the
trash, built and wired in one place so the window itself stays wiring of the basics."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from app.dto import Section
from ui.actions import ActionId
from ui.capture.capture_view import CaptureView
from ui.capture.mode import CaptureMode
from ui.editor.pages.entries_page import EntriesPage
from ui.opener import open_or_offer_folder
from ui.phrases import PhraseController, PhraseTarget, add_entry_with_text
from ui.preview.preview_pane import PreviewPane
from ui.style import apply_look
from ui.trash import TrashController

A = ActionId
PREVIEW_WIDTH = 440
LIST_WIDTH_WITH_PREVIEW = 300
BODY_SECTIONS = (Section.ASSESSMENT, Section.LIMITATION, Section.RECOMMENDATION, Section.PROPOSAL)


class Workspace(QObject):
    def __init__(self, window: QMainWindow, normal: QWidget):
        super().__init__(window)
        self.window = window
        editor = window.editor
        self.capture = CaptureView(editor)
        self.stack = QStackedWidget()
        self.stack.addWidget(normal)
        self.stack.addWidget(self.capture)
        self.mode = CaptureMode(
            window, editor, window.editor_view, self.capture, self.stack, normal, window.settings
        )
        self.preview = PreviewPane(editor)
        self.preview.set_scale(self.mode.scale)
        self.preview.opener = lambda path: open_or_offer_folder(window, path)
        self.dock = QDockWidget(self.tr("Xem trước thông báo"), window)
        self.dock.setObjectName("preview_dock")
        self.dock.setWidget(self.preview)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.phrases = PhraseController(window, window.services, editor, self.phrase_target)
        self.trash = TrashController(window, window.services, editor, window.inspection_list)

    def connect(self, actions) -> None:
        act = actions
        act[A.CAPTURE].triggered.connect(self._capture_triggered)
        self.mode.toggled.connect(act[A.CAPTURE].setChecked)
        act[A.PREVIEW].toggled.connect(self.show_preview)
        self.dock.visibilityChanged.connect(lambda _v: self._sync_preview_action(act))
        act[A.OPEN_PDF].triggered.connect(self.preview.open_pdf)
        act[A.FONT_LARGER].triggered.connect(self.mode.larger)
        act[A.FONT_SMALLER].triggered.connect(self.mode.smaller)
        act[A.FONT_RESET].triggered.connect(self.mode.reset_scale)
        self.mode.scale_changed.connect(self.preview.set_scale)
        self.mode.scale_changed.connect(self.apply_scale)
        act[A.INSERT_PHRASE].triggered.connect(self.phrases.open_insert)
        act[A.SAVE_PHRASE].triggered.connect(self.phrases.open_save)
        act[A.TRASH].triggered.connect(self.trash.open)

    def apply_scale(self, scale: float) -> None:
        """The letter size applies to the whole window (ui/style.py), not only the preview."""
        apply_look(self.window, scale)
        # Capture mode sizes its letters from the window's font, which now carries the scale.
        self.capture.set_scale(1.0)

    def _capture_triggered(self) -> None:
        self.mode.toggle()

    def show_preview(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on and self.dock.width() < PREVIEW_WIDTH * 0.8:
            # Wide enough for a line of the notice (a restored layout keeps its own width).
            self.window.resizeDocks([self.dock], [PREVIEW_WIDTH], Qt.Orientation.Horizontal)
        if on:
            # The page gives way to the preview, not the list (whose rows would be cut).
            splitter = self.window.splitter
            sizes = splitter.sizes()
            if len(sizes) == 2 and sizes[0] < LIST_WIDTH_WITH_PREVIEW:
                total = sum(sizes)
                splitter.setSizes([LIST_WIDTH_WITH_PREVIEW, total - LIST_WIDTH_WITH_PREVIEW])

    def _sync_preview_action(self, act) -> None:
        # The dock's own close button and a restored window state both end up here.
        action = act[A.PREVIEW]
        visible = not self.dock.isHidden()
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def phrase_target(self) -> PhraseTarget | None:
        """The entry the cursor is in: in capture mode, or on an entries page."""
        editor = self.window.editor
        if self.mode.active:
            edit = self.capture.current
            if edit is None:
                return None
            section = self.capture.current_section()

            def add(after, text: str) -> None:
                if after is not None:
                    self.capture.add_after(after, text)

            return PhraseTarget(section, edit.entry, edit, add)
        view = self.window.editor_view
        page = view.pages[view.current_key()]
        if not isinstance(page, EntriesPage) or page.section not in BODY_SECTIONS:
            return None
        add = add_entry_with_text(editor, page.section, page.select)
        return PhraseTarget(page.section, page.current, page.text if page.current else None, add)
