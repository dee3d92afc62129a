"""Đánh giá chung, Hạn chế, Kiến nghị, Đề xuất của đơn vị: ordered entries of one section.

Each entry has its place in the notice's outline (a heading at level 1–3, a paragraph, a point,
a dash item), changed from the keyboard in the list and in the text box: Tab / Shift+Tab to
indent and outdent, Ctrl+K to cycle the kind. The list shows the labels the notice prints.
Ctrl+B / Ctrl+I make the selected words bold or italic.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.dto import EntryData, EntryKind, Section
from app.notice import outline
from ui.capture import entry_ops
from ui.editor import outline_keys
from ui.editor.binding import Binder
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage, form, scrolled
from ui.models.entry_list_model import EntryListModel
from ui.widgets.fields import date_field
from ui.widgets.rich_text import RichTextEdit

TITLES = {
    Section.ASSESSMENT: QT_TRANSLATE_NOOP("EntriesPage", "Đánh giá chung"),
    Section.LIMITATION: QT_TRANSLATE_NOOP("EntriesPage", "Hạn chế, vướng mắc"),
    Section.RECOMMENDATION: QT_TRANSLATE_NOOP("EntriesPage", "Kiến nghị"),
    Section.PROPOSAL: QT_TRANSLATE_NOOP("EntriesPage", "Đề xuất của đơn vị"),
}


class OneLineDelegate(QStyledItemDelegate):
    """Rows as wide as the list, never wider: a long entry ends in "…" (its tooltip and the
    text box below show all of it)."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


KIND_NAMES = {
    EntryKind.PARAGRAPH: QT_TRANSLATE_NOOP("EntriesPage", "Đoạn văn"),
    EntryKind.POINT: QT_TRANSLATE_NOOP("EntriesPage", "Điểm a), b), c)…"),
    EntryKind.DASH: QT_TRANSLATE_NOOP("EntriesPage", "Gạch đầu dòng"),
    EntryKind.HEADING: QT_TRANSLATE_NOOP("EntriesPage", "Đề mục"),
}


def rich_box(lines: int) -> RichTextEdit:
    """A text box with bold and italic, about `lines` lines high; Tab is the outline's."""
    box = RichTextEdit()
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * 3)
    return box


class _OutlineKeys(QObject):
    """Tab, Shift+Tab and Ctrl+K on the entry list."""

    def __init__(self, page: EntriesPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            return outline_keys.handle_key(self.page.editor, self.page.current, event)
        return False


class EntriesPage(EditorPage):
    def __init__(self, editor: InspectionEditor, section: Section, parent=None):
        super().__init__(editor, parent)
        self.section = section
        self.title = self.tr(TITLES[section])
        self.current: EntryData | None = None
        self._last_row: int | None = None
        self.model = EntryListModel(editor, section, self)
        self.view = QListView()
        self.view.setModel(self.model)
        # One line per entry (the text box below holds all of it): with rows of one height the
        # list does not lay every row out again on each keystroke.
        self.view.setWordWrap(False)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(OneLineDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Thêm mục"))
        self.add_button.setToolTip(self.tr("Thêm mục mới sau mục đang chọn (Ctrl+Enter)"))
        self.delete_button = QPushButton(self.tr("Xóa mục"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setToolTip(self.tr("Chuyển mục lên (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setToolTip(self.tr("Chuyển mục xuống (Alt+Down)"))
        self.count = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        detail, detail_form = form()
        b = self.binder = Binder(editor, "entries", lambda: self.current, self)
        self.text = b.rich(rich_box(5), "text", self.tr("Nội dung"))
        self.text.key_hook = lambda event: outline_keys.handle_key(editor, self.current, event)
        self.text.setToolTip(
            self.tr(
                "Ctrl+B: chữ đậm, Ctrl+I: chữ nghiêng · Tab / Shift+Tab: lùi vào / ra một cấp "
                "(đề mục 1., 1.1., 1.1.1.) · Ctrl+K: đổi kiểu mục · Ctrl+Tab: sang ô tiếp theo"
            )
        )
        detail_form.addRow(self.tr("Nội dung:"), self.text)
        detail_form.addRow(self.tr("Kiểu mục:"), self._shape_row())
        if section == Section.RECOMMENDATION:
            self._recommendation_fields(b, detail_form)
        if section == Section.PROPOSAL:
            self.response = b.rich(rich_box(4), "response", self.tr("Ý kiến của Tổ công tác"))
            detail_form.addRow(self.tr("Ý kiến của Tổ công tác:"), self.response)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scrolled(detail))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        heading = QLabel(self.title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self._shortcut(QKeySequence("Ctrl+Return"), self.add_entry)
        self._shortcut(QKeySequence("Alt+Up"), lambda: self.move_entry(-1))
        self._shortcut(QKeySequence("Alt+Down"), lambda: self.move_entry(1))
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_entry)
        self.view.installEventFilter(_OutlineKeys(self))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._model_reset)
        editor.loaded.connect(self._loaded)
        editor.changed.connect(self._changed)
        editor.history_moved.connect(self._history_moved)
        self._loaded()

    def _shape_row(self) -> QWidget:
        """The kind of the entry, and for a heading its level and number: what Tab, Shift+Tab
        and Ctrl+K change, shown (and changeable) here too."""
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mặc định của phần này"), "")
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), str(kind))
        self.binder.combo(self.kind, "kind", self.tr("Kiểu mục"))
        self.level = QComboBox()
        for level in range(1, outline.MAX_LEVEL + 1):
            self.level.addItem(self.tr("Cấp {0} ({1})").format(level, "1." * level), level)
        self.level.currentIndexChanged.connect(self._level_chosen)
        self.numbered = self.binder.check(QCheckBox(self.tr("Đánh số")), "numbered", "Đánh số")
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.level)
        layout.addWidget(self.numbered)
        return row

    def _level_chosen(self, index: int) -> None:
        entry = self.current
        level = self.level.itemData(index)
        if entry is not None and level is not None and entry.level != level:
            self.editor.set_field("entries", entry, "level", level, self.tr("Đổi cấp đề mục"))

    def _show_shape(self) -> None:
        entry = self.current
        heading = entry is not None and entry.kind == EntryKind.HEADING
        self.level.setVisible(heading)
        self.numbered.setVisible(heading)
        if heading:
            self.level.blockSignals(True)
            self.level.setCurrentIndex(self.level.findData(max(entry.level, 1)))
            self.level.blockSignals(False)

    def _recommendation_fields(self, b: Binder, layout) -> None:
        self.addressee = b.line(QLineEdit(), "addressee", self.tr("Cơ quan thực hiện"))
        addressee_binding = b.bindings[-1]
        self.addressee.setPlaceholderText(self.tr("Để trống: đơn vị được kiểm tra"))
        self.addressee.setToolTip(
            self.tr(
                "Ở một đề mục: cơ quan phụ trách các kiến nghị dưới đề mục. Ở một kiến nghị: "
                "để trống thì theo cơ quan của đề mục bên trên."
            )
        )
        self._agencies = QStringListModel(self)
        completer = QCompleter(self._agencies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.addressee.setCompleter(completer)
        completer.activated.connect(lambda text: addressee_binding.push(text))
        self.context = b.rich(rich_box(2), "context", self.tr("Câu dẫn"))
        self.criterion_label = b.rich(rich_box(1), "criterion_label", self.tr("Lời dẫn tiêu chí"))
        self.criterion_label.setPlaceholderText(
            self.tr("ví dụ: Đối với tiêu chí 1.5, (để trống: «Tiêu chí 1.5, tên tiêu chí:»)")
        )
        self.criterion_code = b.line(QLineEdit(), "criterion_code", self.tr("Mã tiêu chí"))
        self.criterion_code.setPlaceholderText(self.tr("ví dụ 7.3.1"))
        self.criterion_title = b.line(QLineEdit(), "criterion_title", self.tr("Tên tiêu chí"))
        self.deadline = b.parsed(date_field(), "deadline", self.tr("Thời hạn"))
        self.deadline_text = b.line(QLineEdit(), "deadline_text", self.tr("Thời hạn (lời văn)"))
        self.deadline_text.setPlaceholderText(self.tr("ví dụ: chậm nhất ngày 31/10/2024"))
        layout.addRow(self.tr("Cơ quan thực hiện:"), self.addressee)
        layout.addRow(self.tr("Câu dẫn:"), self.context)
        layout.addRow(self.tr("Lời dẫn tiêu chí:"), self.criterion_label)
        layout.addRow(self.tr("Mã tiêu chí:"), self.criterion_code)
        layout.addRow(self.tr("Tên tiêu chí:"), self.criterion_title)
        layout.addRow(self.tr("Thời hạn:"), self.deadline)
        layout.addRow(self.tr("Thời hạn (lời văn):"), self.deadline_text)
        self.editor.directory_changed.connect(self._refresh_agencies)
        self._refresh_agencies()

    def _refresh_agencies(self) -> None:
        self._agencies.setStringList([o.name for o in self.editor.organizations])

    def _shortcut(self, keys: QKeySequence, slot) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def first_field(self):
        return self.text if self.current is not None else self.view

    # -- list operations --------------------------------------------------------------------

    def _global_index(self, entry: EntryData) -> int:
        return next(i for i, e in enumerate(self.editor.draft.entries) if e is entry)

    def add_entry(self) -> None:
        """A new entry after the current one (or at the end), ready to type into."""
        if self.editor.draft is None:
            return
        entry = entry_ops.add_entry(self.editor, self.section, self.current)
        self.select(entry)
        self.text.setFocus()

    def delete_entry(self) -> None:
        draft = self.editor.draft
        if draft is None or self.current is None:
            return
        row = self.model.row_of(self.current)
        self.editor.remove_items(
            "entries", draft.entries, [self._global_index(self.current)], self.tr("Xóa mục")
        )
        entries = self.model.entries()
        self.select(entries[min(row, len(entries) - 1)] if entries else None)

    def move_entry(self, step: int) -> None:
        """Swap the current entry with its neighbour in the section (other sections stay put)."""
        draft = self.editor.draft
        entry = self.current
        if draft is None or entry is None:
            return
        entries = self.model.entries()
        row = self.model.row_of(entry)
        if not 0 <= row + step < len(entries):
            return
        target = self._global_index(entries[row + step])
        source = self._global_index(entry)
        self.editor.move_item("entries", draft.entries, source, target, self.tr("Đổi thứ tự"))
        self.select(entry)

    def select(self, entry: EntryData | None) -> None:
        row = self.model.row_of(entry) if entry is not None else None
        if row is None:
            self.view.setCurrentIndex(self.model.index(-1))
            self._set_current(None)
        else:
            self.view.setCurrentIndex(self.model.index(row))

    # -- keeping in step --------------------------------------------------------------------

    def _set_current(self, entry: EntryData | None) -> None:
        self.current = entry
        self.binder.refresh()
        self._show_shape()
        self._show_inherited_agency()

    def _show_inherited_agency(self) -> None:
        """Under an agency's heading, an empty "Cơ quan thực hiện" means that agency: say so."""
        if self.section != Section.RECOMMENDATION or self.editor.draft is None:
            return
        entry, draft = self.current, self.editor.draft
        inherited = ""
        if entry is not None and entry.kind != EntryKind.HEADING:
            entries = [replace(e, addressee="") if e is entry else e for e in self.model.entries()]
            row = self.model.row_of(entry)
            inherited = outline.addressees(entries, draft.unit_name)[row] if row is not None else ""
        text = inherited or self.tr("đơn vị được kiểm tra")
        self.addressee.setPlaceholderText(self.tr("Để trống: {0}").format(text))
        self.delete_button.setEnabled(entry is not None)
        self.up_button.setEnabled(entry is not None)
        self.down_button.setEnabled(entry is not None)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._last_row = current.row()
        self._set_current(self.model.entry(current.row()) if current.isValid() else None)

    def _model_reset(self) -> None:
        if self.current is not None and self.model.row_of(self.current) is not None:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(self.current)))
        else:
            self._set_current(None)
        self._update_count()

    def _loaded(self) -> None:
        self.setEnabled(self.editor.draft is not None)
        entries = self.model.entries()
        self.select(entries[0] if entries else None)
        self._update_count()

    def _changed(self, change: Change) -> None:
        if change.area == "entries" and change.structural:
            self._update_count()
        elif change.obj is self.current and {"kind", "level"} & set(change.fields):
            self._show_shape()
        if change.area == "entries":
            self._show_inherited_agency()

    def _history_moved(self, changes: list[Change]) -> None:
        """After an undo or redo, the entry it touched is selected (the one above it when it is
        gone) and, on the page in view, the cursor is in its text: the next keys go there."""
        entries = self.model.entries()
        touched: EntryData | None = None
        gone = False
        for change in reversed(changes):
            if change.area != "entries":
                continue
            candidates = [change.obj] if not change.structural else list(change.items)
            mine = [e for e in candidates if getattr(e, "section", None) == self.section]
            if mine:
                touched, gone = mine[0], self.model.row_of(mine[0]) is None
                break
        if touched is None:
            return
        if gone:  # an undone insertion: the entry above it, as Backspace in capture mode does
            row = max(0, min((self._last_row or 0) - 1, len(entries) - 1))
            touched = entries[row] if entries else None
        self.select(touched)
        if self.isVisible():
            (self.text if touched is not None else self.view).setFocus()

    def _update_count(self) -> None:
        text = self.tr("{0} mục").format(self.model.rowCount())
        if self.count.text() != text:
            self.count.setText(text)
