"""Capture mode: the body sections of the notice as one page of growing text boxes, for typing
during the session without the mouse. Every edit goes through the editor's undo stack and
autosave, exactly as on the editor pages."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.dto import EntryData, EntryKind, Section
from ui.capture.entry_edit import EntryEdit
from ui.capture.entry_keys import EntryKeys
from ui.capture.section_view import SectionView
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.models.entry_list_model import shown_label
from ui.widgets.followup_list import FollowupList

SECTIONS = (Section.ASSESSMENT, Section.LIMITATION, Section.RECOMMENDATION, Section.PROPOSAL)
HINT = QT_TRANSLATE_NOOP(
    "CaptureView",
    "Enter: mục mới · Shift+Enter: xuống dòng · Alt+↑/↓: chuyển mục · Ctrl+1…{0}: chuyển phần · "
    "Tab / Shift+Tab: đề mục cấp dưới / trên · Ctrl+K: đổi kiểu mục · Ctrl+B / Ctrl+I: đậm / "
    "nghiêng · Ctrl+L: thư viện · Esc: thoát",
)


class CaptureView(QWidget):
    exit_requested = Signal()

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.scale = 1.0
        self.current: EntryEdit | None = None
        self._stale = True
        self.keys = EntryKeys(editor, self)
        self.title = QLabel()
        self.title.setObjectName("capture_title")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.exit_button = QPushButton(self.tr("Thoát ghi nhanh"))
        self.exit_button.setToolTip(self.tr("Trở lại các trang soạn thảo (Esc)"))
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.exit_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.exit_button)

        self.content = QWidget()
        self.content.setObjectName("capture_content")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(24, 8, 24, 24)
        self.sections: dict[str, SectionView] = {}
        for number, section in enumerate(SECTIONS, start=1):
            heading = f"{number}. {Section(section).label}  (Ctrl+{number})"
            view = SectionView(section, heading, self._make_edit)
            self.sections[section] = view
            column.addWidget(view)
        self.followup_heading = QLabel(
            f"{len(SECTIONS) + 1}. {Section.FOLLOWUP.label}  (Ctrl+{len(SECTIONS) + 1})"
        )
        self.followup_heading.setObjectName("section_heading")
        self.followups = FollowupList(editor)
        column.addWidget(self.followup_heading)
        column.addWidget(self.followups)
        column.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.content)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.area, 1)
        for number in range(1, len(SECTIONS) + 2):
            self._shortcut(f"Ctrl+{number}", partial(self.jump, number))
        self._shortcut("Esc", self.exit_requested.emit)
        editor.changed.connect(self._changed)
        editor.loaded.connect(self._loaded)
        editor.labels_changed.connect(self._relabel_all)
        editor.history_moved.connect(self._history_moved)
        self.set_scale(1.0)
        self._show_hint(False)

    def _show_hint(self, with_followups: bool) -> None:
        """The keys, with as many Ctrl+number shortcuts as there are sections shown."""
        self.hint.setText(self.tr(HINT).format(len(SECTIONS) + (1 if with_followups else 0)))

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- building and keeping in step --------------------------------------------------------

    def _make_edit(self, entry: EntryData | None, view: SectionView) -> EntryEdit:
        edit = EntryEdit(entry)
        edit.setPlaceholderText(self.tr("Gõ nội dung… (Enter: mục mới)"))
        self.keys.wire(edit, view)
        edit.focused.connect(partial(self._focused, edit))
        edit.cursorPositionChanged.connect(partial(self._keep_visible, edit))
        return edit

    def add_after(self, entry: EntryData, text: str = "") -> EntryEdit | None:
        """A new entry after `entry` in its section, with the cursor in it."""
        return self.keys.add_after(entry, text)

    def _entries(self, section: str) -> list[EntryData]:
        draft = self.editor.draft
        return draft.section(section) if draft is not None else []

    def refresh(self) -> None:
        """Bring every section in step with the draft (rows of unchanged entries are kept)."""
        self._stale = False
        draft = self.editor.draft
        self.setEnabled(draft is not None)
        self.title.setText(
            self.tr("Ghi nhanh — {0}").format(draft.unit_name or self.tr("(chưa có đơn vị)"))
            if draft is not None
            else self.tr("Ghi nhanh")
        )
        # Many new rows (a freshly opened inspection) are built out of sight, then shown at once.
        bulk = sum(len(self._entries(v.section)) - len(v.rows) for v in self.sections.values())
        hide = bulk > 20 and self.content.isVisible()
        if hide:
            self.content.hide()
        for view in self.sections.values():
            view.sync(self._entries(view.section))
            for edit in view.edits():
                if edit.entry is not None:  # edited elsewhere while this view was hidden
                    edit.set_text(edit.entry.text)
            self._relabel(view)
        if hide:
            self.content.show()
        has_followups = bool(self._entries(Section.FOLLOWUP))
        self.followup_heading.setVisible(has_followups)
        self.followups.setVisible(has_followups)
        self._show_hint(has_followups)

    def _relabel(self, view: SectionView) -> None:
        """The labels the notice prints (the editor's, one rule for every view)."""
        draft = self.editor.draft
        if draft is None:
            return
        labels = self.editor.labels()
        pairs = [(i, e) for i, e in enumerate(draft.entries) if e.section == view.section]
        shown = [shown_label(labels.get(i)) for i, _ in pairs]
        headings = [e.kind == EntryKind.HEADING for _, e in pairs]
        addressees = (
            [e.addressee for _, e in pairs] if view.section == Section.RECOMMENDATION else None
        )
        view.set_labels(shown, addressees, headings)

    def _relabel_all(self) -> None:
        if self._stale or not self.isVisible():
            return
        for view in self.sections.values():
            self._relabel(view)

    def _history_moved(self, changes) -> None:
        """After an undo or redo the cursor goes to the entry it touched (or, when that entry is
        gone, stays where _refocus put it)."""
        if not self.isVisible():
            return
        for change in reversed(changes):
            if change.area != "entries":
                continue
            for entry in [change.obj] if not change.structural else list(change.items):
                view = self.sections.get(getattr(entry, "section", None))
                edit = view.edit_of(entry) if view is not None else None
                if edit is not None:
                    self.focus_edit(edit)
                    return

    def _loaded(self) -> None:
        self.current = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, change: Change) -> None:
        if self._stale or not self.isVisible():
            self._stale = True
            return
        if change.area == "inspection" and {"unit_name", "kind"} & set(change.fields):
            self.refresh()
            return
        if change.area != "entries":
            return
        if change.structural:
            anchor = self._anchor()
            self.refresh()
            if anchor is not None:
                self._refocus(*anchor)
            return
        entry = change.obj
        view = self.sections.get(getattr(entry, "section", None))
        edit = view.edit_of(entry) if view is not None else None
        if edit is None:
            return
        if "text" in change.fields:
            edit.set_text(entry.text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- focus ------------------------------------------------------------------------------

    def _focused(self, edit: EntryEdit) -> None:
        self.current = edit

    def current_section(self) -> str:
        view = self.section_of(self.current) if self.current is not None else None
        return view.section if view is not None else Section.LIMITATION

    def section_of(self, edit: EntryEdit) -> SectionView | None:
        return next((v for v in self.sections.values() if v.row_of(edit) is not None), None)

    def focus_edit(self, edit: EntryEdit, keep_cursor: bool = False, at_start=False) -> None:
        # Pending layouts first (new rows, heights that follow a new width), so that scrolling
        # to the cursor scrolls to where the row really is.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.current = edit
        if at_start:
            edit.moveCursor(QTextCursor.MoveOperation.Start)
        elif not keep_cursor:
            edit.put_cursor_at_end()
        self._keep_visible(edit)

    def _anchor(self) -> tuple[SectionView, EntryEdit, int] | None:
        """Where the cursor is, before rows are added, removed or moved."""
        edit = self.current
        view = self.section_of(edit) if edit is not None and edit.hasFocus() else None
        return (view, edit, view.edits().index(edit)) if view is not None else None

    def _refocus(self, view: SectionView, edit: EntryEdit, position: int) -> None:
        """The cursor stays where it was or, when its entry went (Backspace, undo), goes to the
        entry above it in the same section."""
        if view.row_of(edit) is not None:
            if not edit.hasFocus():
                self.focus_edit(edit, keep_cursor=True)
            return
        edits = view.edits()
        self.focus_edit(edits[max(0, min(position - 1, len(edits) - 1))])

    def jump(self, number: int) -> None:
        """Ctrl+number: the end of the last entry of that section (the follow-ups: the first)."""
        if self._stale:
            self.refresh()
        if number == len(SECTIONS) + 1:
            if self.followups.isVisible() and self.followups.items:
                self.followups.items[0].status.setFocus()
                self.area.ensureWidgetVisible(self.followups.items[0])
            return
        view = self.sections[SECTIONS[number - 1]]
        self.focus_edit(view.edits()[-1])

    def start(self, section: str | None = None, entry: EntryData | None = None) -> None:
        """Put the cursor in `entry`, or at the end of `section` (Hạn chế by default)."""
        if self._stale:
            self.refresh()
        view = self.sections.get(section or Section.LIMITATION, self.sections[Section.LIMITATION])
        edit = view.edit_of(entry) if entry is not None else None
        self.focus_edit(edit or view.edits()[-1])

    def _keep_visible(self, edit: EntryEdit) -> None:
        """Scroll so the cursor stays in sight (only when it is not: this runs on each key)."""
        if not edit.hasFocus() or not self.isVisible():
            return
        rect = edit.cursorRect()
        point = edit.viewport().mapTo(self.content, rect.center())
        margin = rect.height() + 24
        top = -self.content.y()
        bottom = top + self.area.viewport().height()
        if not top + margin <= point.y() <= bottom - margin:
            self.area.ensureVisible(point.x(), point.y(), 10, margin)

    # -- font -------------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Letters `scale` times the normal size (a projector, a tired evening)."""
        self.scale = scale
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 1.15 * scale)
        self.content.setFont(font)
        heading = QFont(font)
        heading.setBold(True)
        heading.setPointSizeF(font.pointSizeF() * 1.1)
        for label in self.content.findChildren(QLabel, "section_heading"):
            label.setFont(heading)
        for view in self.sections.values():
            view.fit_labels()
