"""Tìm trong mọi nội dung (Ctrl+Shift+F): results as you type, grouped by inspection.

The dialog shows and chooses: the caller hands it a `search` function (the search service) and
handles `open_requested` (Enter or a double click on a result). Snippets are user text: they are
HTML-escaped, and only the marks the service found are turned into highlighting.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
)

from app import dto
from app.domain.errors import DomainError
from app.domain.snippets import Snippet
from app.services.search import (
    SECTION_LABELS,
    InspectionHeader,
    SearchFilters,
    SearchHit,
    SearchResult,
)
from ui.widgets.type_ahead_keys import TypeAheadKeys

Search = Callable[[str, SearchFilters], SearchResult]
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (inspection id or None, SearchHit) on a result row
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 120
MARK_COLOUR = "#ffe08a"


def snippet_html(snippet: Snippet) -> str:
    """The snippet as HTML: its text escaped, its marks highlighted (dark on light, also on a
    selected row)."""
    return "".join(
        f'<span style="background-color:{MARK_COLOUR}; color:#000000;">{html.escape(piece)}</span>'
        if marked
        else html.escape(piece)
        for piece, marked in snippet.parts()
    )


def hit_html(hit: SearchHit) -> str:
    """A result row: where it is, in bold (not for a phrase: its group says so), the snippet."""
    snippet = snippet_html(hit.snippet)
    if hit.source == "phrase":
        return snippet
    return f"<b>{html.escape(hit.section_label)}</b> — {snippet}"


def header_text(header: InspectionHeader | None) -> str:
    if header is None:
        return QDialog.tr("Thư viện câu chữ")
    parts = [
        header.date.strftime("%d/%m/%Y") if header.date else QDialog.tr("(chưa có ngày)"),
        header.unit_name or QDialog.tr("(chưa có đơn vị)"),
    ]
    if header.notice_number:
        parts.append(header.notice_number)
    parts.append(dto.InspectionStatus(header.status).label)
    if header.kind != dto.Kind.KIEM_TRA:
        parts.append(dto.Kind(header.kind).label)
    return " · ".join(parts)


class HtmlDelegate(QStyledItemDelegate):
    """Draws a result row's HTML (section in bold, then the highlighted snippet), wrapped."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
        if markup is None:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(markup)
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left(), option.rect.top() + 2)
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        if view is not None:  # a result sits one level in, below the decorated group rows
            option.rect.setWidth(view.viewport().width() - 2 * view.indentation())
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchDialog(QDialog):
    open_requested = Signal(object, object)  # inspection id (None: a phrase), SearchHit

    def __init__(self, search: Search, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tìm trong mọi nội dung"))
        self.resize(960, 620)
        self._search = search
        self.result: SearchResult | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr('Gõ để tìm, không cần dấu: giai ngan · "so hoa ho so" · quy*')
        )
        self.query.setClearButtonEnabled(True)
        self.year_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Mọi loại"), None)
        for kind in dto.Kind:
            self.kind_combo.addItem(kind.label.capitalize(), str(kind))
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("Mọi phần"), None)
        for key, label in SECTION_LABELS.items():
            self.section_combo.addItem(label, key)
        for combo, tip in (
            (self.year_combo, self.tr("Chỉ các cuộc kiểm tra của một năm")),
            (self.unit_combo, self.tr("Chỉ các cuộc kiểm tra của một đơn vị")),
            (self.kind_combo, self.tr("Kiểm tra, giám sát hoặc họp")),
            (self.section_combo, self.tr("Chỉ một phần: hạn chế, kiến nghị, nhiệm vụ…")),
        ):
            combo.setToolTip(tip)
        self.set_choices([], [])

        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setIndentation(18)
        self.status = QLabel()
        self.status.setWordWrap(True)
        hint = QLabel(self.tr("Enter: mở cuộc kiểm tra tại nội dung đã chọn · Esc: quay lại"))
        hint.setEnabled(False)

        filters = QGridLayout()
        filters.addWidget(self.query, 0, 0, 1, 4)
        for column, combo in enumerate(
            (self.year_combo, self.unit_combo, self.kind_combo, self.section_combo)
        ):
            filters.addWidget(combo, 1, column)
        filters.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(self._timer.start)
        for combo in (self.year_combo, self.unit_combo, self.kind_combo, self.section_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.tree.activated.connect(lambda _index: self.choose())
        TypeAheadKeys(self.query, self._step, lambda _ctrl: self.choose())
        self.refresh()

    def set_choices(self, years: list[int], units: list[str]) -> None:
        """The years and units the filters offer (the current choice kept when still there)."""
        for combo, everything, values in (
            (self.year_combo, self.tr("Mọi năm"), years),
            (self.unit_combo, self.tr("Mọi đơn vị"), units),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            year=self.year_combo.currentData(),
            unit=self.unit_combo.currentData(),
            kind=self.kind_combo.currentData(),
            section=self.section_combo.currentData(),
        )

    def refresh(self) -> None:
        self._timer.stop()
        text = self.query.text()
        self.model.clear()
        self.result = None
        if not text.strip():
            self.status.setText(
                self.tr(
                    "Gõ các từ cần tìm, không cần dấu; phải có đủ các từ. "
                    '"Cụm từ" trong ngoặc kép tìm đúng cụm; từ* tìm theo đầu từ.'
                )
            )
            return
        try:
            result = self._search(text, self.filters())
        except DomainError as error:
            self.status.setText(error.message)
            return
        self.result = result
        self._fill(result)

    def _fill(self, result: SearchResult) -> None:
        root = self.model.invisibleRootItem()
        for group in result.groups:
            header = QStandardItem(header_text(group.inspection))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setSelectable(False)
            owner = group.inspection.id if group.inspection else None
            for hit in group.hits:
                item = QStandardItem(f"{hit.section_label}: {hit.snippet.text}")
                item.setData((owner, hit), HIT_ROLE)
                item.setData(hit_html(hit), HTML_ROLE)
                header.appendRow(item)
            root.appendRow(header)
        self.tree.expandAll()
        inspections = sum(1 for g in result.groups if g.inspection is not None)
        if not result.count:
            self.status.setText(self.tr("Không tìm thấy nội dung nào."))
        elif result.more:
            self.status.setText(
                self.tr(
                    "Hiện {0} kết quả đầu tiên, trong {1} cuộc kiểm tra — gõ thêm từ hoặc chọn "
                    "bộ lọc để thu hẹp."
                ).format(result.count, inspections)
            )
        else:
            self.status.setText(
                self.tr("{0} kết quả trong {1} cuộc kiểm tra").format(result.count, inspections)
            )
        hits = self._hit_indexes()
        if hits:
            self.tree.setCurrentIndex(hits[0])

    def _hit_indexes(self) -> list:
        out = []
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            out += [self.model.index(r, 0, group) for r in range(self.model.rowCount(group))]
        return out

    @property
    def current_hit(self) -> tuple[int | None, SearchHit] | None:
        index = self.tree.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def choose(self) -> None:
        """Open the chosen result (the first when none is chosen) and step aside."""
        if self._timer.isActive():
            self.refresh()
        chosen = self.current_hit
        if chosen is None:
            hits = self._hit_indexes()
            chosen = hits[0].data(HIT_ROLE) if hits else None
        if chosen is not None:
            self.accept()
            self.open_requested.emit(*chosen)

    def _step(self, step: int) -> None:
        hits = self._hit_indexes()
        if not hits:
            return
        current = self.tree.currentIndex()
        at = next((i for i, h in enumerate(hits) if h == current), -1)
        self.tree.setCurrentIndex(hits[min(max(at + step, 0), len(hits) - 1)])
