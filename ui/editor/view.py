"""The editor's widget: a list of pages in the order of the notice beside the current page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from app.dto import Section
from ui.editor.controller import InspectionEditor
from ui.editor.pages.attendees_page import AttendeesPage
from ui.editor.pages.base import EditorPage
from ui.editor.pages.entries_page import EntriesPage
from ui.editor.pages.general_page import GeneralPage
from ui.editor.pages.indicators_page import IndicatorsPage
from ui.editor.pages.issue_page import IssuePage
from ui.editor.pages.tasks_page import TasksPage

PAGE_KEYS = (
    "general",
    "attendees",
    "tasks",
    "indicators",
    "assessment",
    "limitation",
    "recommendation",
    "proposal",
    "issue",
)


class EditorView(QWidget):
    """Pages of one inspection. Changing page saves what is pending first."""

    page_changed = Signal(str)

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.pages: dict[str, EditorPage] = {
            "general": GeneralPage(editor),
            "attendees": AttendeesPage(editor),
            "tasks": TasksPage(editor),
            "indicators": IndicatorsPage(editor),
            "assessment": EntriesPage(editor, Section.ASSESSMENT),
            "limitation": EntriesPage(editor, Section.LIMITATION),
            "recommendation": EntriesPage(editor, Section.RECOMMENDATION),
            "proposal": EntriesPage(editor, Section.PROPOSAL),
            "issue": IssuePage(editor),
        }
        self.nav = QListWidget()
        self.nav.setFixedWidth(175)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(
            self.tr("Chọn một cuộc kiểm tra trong danh sách, hoặc bấm «Mới» (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        for number, key in enumerate(PAGE_KEYS, start=1):
            page = self.pages[key]
            item = QListWidgetItem(f"{number}. {page.title}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{page.title} (Alt+{number})")
            self.nav.addItem(item)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda key=key: self.show_page(key, focus=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        editor.loaded.connect(self._loaded)
        self.nav.setCurrentRow(0)
        self._loaded()

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else PAGE_KEYS[0]

    def show_page(self, key: str, focus: bool = False) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        if focus:
            field = self.pages[key].first_field()
            if field is not None:
                field.setFocus()

    def _nav_changed(self, row: int) -> None:
        self.editor.flush()
        self._show_current()
        self.page_changed.emit(self.current_key())

    def _show_current(self) -> None:
        if self.editor.draft is None:
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self.stack.setCurrentWidget(self.pages[self.current_key()])

    def _loaded(self) -> None:
        self.nav.setEnabled(self.editor.draft is not None)
        self._show_current()
