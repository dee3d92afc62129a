"""The editor's widget: a list of pages in the order of the notice beside the current page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dto import Section
from ui.editor.controller import InspectionEditor
from ui.editor.page_nav import SHORT_TITLES, page_count, page_problems
from ui.editor.pages.attendees_page import AttendeesPage
from ui.editor.pages.base import EditorPage
from ui.editor.pages.entries_page import EntriesPage
from ui.editor.pages.followup_page import FollowupPage
from ui.editor.pages.general_page import GeneralPage
from ui.editor.pages.indicators_page import IndicatorsPage
from ui.editor.pages.issue_page import IssuePage
from ui.editor.pages.tasks_page import TasksPage
from ui.editor.read_only import set_read_only
from ui.editor.state_banner import StateBanner
from ui.icons import icon
from ui.style import paint_pane
from ui.widgets.header_strip import HeaderStrip

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
    "followup",  # shown only when the inspection carries last time's recommendations
)


KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
MARKED_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_ICONS = {
    "general": "clipboard-list",
    "attendees": "users",
    "tasks": "list-checks",
    "indicators": "chart-no-axes-column",
    "assessment": "message-square-text",
    "limitation": "triangle-alert",
    "recommendation": "lightbulb",
    "proposal": "hand",
    "issue": "stamp",
    "followup": "history",
}


def _mark_heading(page: QWidget) -> None:
    """Pages that make their own title label get the shared heading look (ui/style.py)."""
    for label in page.findChildren(QLabel):
        if label.text() == page.title and not label.objectName():
            label.setObjectName("pageHeading")
            return


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
            "followup": FollowupPage(editor),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("pageNav")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header = HeaderStrip(editor, self)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(
            self.tr("Chọn một cuộc kiểm tra trong danh sách, hoặc bấm «Mới» (Ctrl+N).")
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        for number, key in enumerate(PAGE_KEYS, start=1):
            page = self.pages[key]
            digit = number % 10
            keys = [f"Alt+{digit}"] + ([f"Ctrl+{digit}"] if digit else [])
            item = QListWidgetItem(icon(PAGE_ICONS[key]), f"{number}. {page.title}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(KEYS_ROLE, ", ".join(keys))
            self.nav.addItem(item)
            _mark_heading(page)
            self.stack.addWidget(page)
            for sequence in keys:
                # The whole window: the keys also work from the inspection list.
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda key=key: self.show_page(key, focus=True))
        self.banner = StateBanner(editor, self)
        pane = QWidget()
        pane.setObjectName("editorPane")
        paint_pane(pane)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(pane, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        editor.loaded.connect(self._loaded)
        editor.changed.connect(self._changed)
        editor.read_only_changed.connect(self._show_read_only)
        self.nav.setCurrentRow(0)
        self._loaded()

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else PAGE_KEYS[0]

    def show_page(self, key: str, focus: bool = False) -> None:
        if self.nav.isRowHidden(PAGE_KEYS.index(key)):
            return
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
        self._show_followup_page()
        self._show_current()
        self.update_nav()
        self._show_read_only(self.editor.read_only)  # after the pages' own refresh

    def _show_read_only(self, on: bool) -> None:
        for page in self.pages.values():
            set_read_only(page, on)

    def _changed(self, change) -> None:
        if change.area == "entries" and change.structural:
            self._show_followup_page()
        if change.structural or change.area in ("indicators", "inspection"):
            self.update_nav()

    def update_nav(self) -> None:
        """Counts and problem markers of the page list."""
        draft = self.editor.draft
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = self.nav.item(number - 1)
            title = SHORT_TITLES.get(key, self.pages[key].title)
            count = page_count(key, draft) if draft is not None else None
            problems = page_problems(key, draft) if draft is not None else []
            text = f"{number}. {title}" + (f" ({count})" if count else "")
            tip = f"{self.pages[key].title} ({item.data(KEYS_ROLE)})"
            if problems:
                tip += "\n" + "\n".join(f"⚠ {p}" for p in problems)
            if item.text() != text:
                item.setText(text)
            if item.toolTip() != tip:
                item.setToolTip(tip)
            marked = bool(problems)
            if item.data(MARKED_ROLE) != marked:
                item.setData(MARKED_ROLE, marked)
                item.setIcon(icon("circle-alert" if marked else PAGE_ICONS[key]))

    def _show_followup_page(self) -> None:
        """The Kiến nghị lần trước page is listed when the inspection has follow-up items."""
        draft = self.editor.draft
        has = draft is not None and bool(draft.section(Section.FOLLOWUP))
        row = PAGE_KEYS.index("followup")
        self.nav.setRowHidden(row, not has)
        if not has and self.nav.currentRow() == row:
            self.nav.setCurrentRow(0)
