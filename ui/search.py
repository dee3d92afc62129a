"""The search window's caller: opens it over the main window and takes the secretary to what she
chose — the inspection, on the page that holds it, with that entry, task or row selected."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from app.dto import Section
from app.services.bundle import Services
from app.services.search import SearchHit
from ui.dialogs.search_dialog import SearchDialog
from ui.editor.pages.entries_page import EntriesPage
from ui.editor.pages.followup_page import FollowupPage
from ui.editor.pages.table_page import TablePage

# the editor page of each kind of result; entries go to their section's page
PAGES = {
    "inspection": "general",
    "attendee": "attendees",
    "task": "tasks",
    "indicator": "indicators",
    "notice": "issue",
    "recipient": "issue",
    **{str(s): str(s) for s in Section},
}
_DRAFT_LISTS = {"task": "tasks", "indicator": "indicators", "attendee": "attendees"}


class SearchController(QObject):
    def __init__(self, window: QMainWindow, services: Services):
        super().__init__(window)
        self.window = window
        self.services = services
        self.dialog: SearchDialog | None = None

    def open(self) -> SearchDialog:
        """Show the window (what was typed is saved first, so it is found too); the last query
        stays, selected, so typing replaces it."""
        self.window.editor.flush()
        if self.dialog is None:
            self.dialog = SearchDialog(self._search, self.window)
            self.dialog.open_requested.connect(self.go_to)
            self.dialog.finished.connect(lambda _r: self.window.activateWindow())
        dialog = self.dialog
        search = self.services.search
        dialog.set_choices(search.years(), search.units())
        dialog.refresh()
        dialog.query.selectAll()
        dialog.query.setFocus()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _search(self, text, filters):
        return self.services.search.search(text, filters, type_ahead=True)

    def go_to(self, inspection_id: int | None, hit: SearchHit) -> None:
        window = self.window
        if inspection_id is None:  # a phrase of the library: ready to paste
            phrase = self.services.phrases.get(hit.source_id)
            if phrase is not None:
                QApplication.clipboard().setText(phrase.text)
                window.statusBar().showMessage(
                    self.tr("Đã chép câu vào bộ nhớ tạm: dán bằng Ctrl+V"), 6000
                )
            return
        if window.workspace.mode.active:
            window.workspace.mode.leave()
        window.inspection_list.select_id(inspection_id)
        editor = window.editor
        if editor.inspection_id != inspection_id:
            return  # the open inspection could not be saved: the window has said so
        page_key = PAGES.get(hit.section, "general")
        view = window.editor_view
        view.show_page(page_key, focus=True)
        page = view.pages[page_key]
        draft = editor.draft
        if hit.source == "entry" and isinstance(page, EntriesPage):
            entry = next((e for e in draft.entries if e.id == hit.source_id), None)
            page.select(entry)
            page.text.setFocus()
        elif hit.source == "entry" and isinstance(page, FollowupPage):
            item = next((i for i in page.list.items if i.entry.id == hit.source_id), None)
            if item is not None:
                item.status.setFocus()
        elif hit.source in _DRAFT_LISTS and isinstance(page, TablePage):
            items = getattr(draft, _DRAFT_LISTS[hit.source])
            item = next((i for i in items if i.id == hit.source_id), None)
            row = page.model.row_of(item) if item is not None else None
            if row is not None:
                index = page.model.index(row, 0)
                page.table.setCurrentIndex(index)
                page.table.scrollTo(index)
                page.table.setFocus()
