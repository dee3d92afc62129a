"""The inspection list: two-line rows, newest first, filtered by year, kind, status and
accent-free text.

The current row is the inspection open in the editor; several rows can be selected around it
(Shift/Ctrl + click, Shift + arrows) for what acts on many at once (the batch of notices)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import dto
from app.domain.inspection_year import inspection_year
from app.domain.text import fold
from ui.models.inspection_table_model import (
    COL_DATE,
    COL_UNIT,
    ID_ROLE,
    InspectionTableModel,
)
from ui.style import paint_pane
from ui.widgets.inspection_row_delegate import InspectionRowDelegate

ALL = None
MIN_WIDTH = 290  # every row's two lines in full, beside the page and the preview


class InspectionFilterProxy(QSortFilterProxyModel):
    """Filters on the row DTO and the model's folded text; the inspection open in the editor
    always stays visible. Sorting is the model's own (a Qt sort here would call back into Python
    for every comparison: clearing the filter of 3 000 rows took 0.1 s)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._model: InspectionTableModel | None = None
        self.year: int | None = ALL
        self.kind: str | None = ALL
        self.status: str | None = ALL
        self.words: list[str] = []
        self.pinned_id: int | None = None

    def setSourceModel(self, model: InspectionTableModel) -> None:
        self._model = model
        super().setSourceModel(model)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def set_filters(self, year=ALL, kind=ALL, status=ALL, text: str = "") -> None:
        self._begin()
        self.year, self.kind, self.status = year, kind, status
        self.words = fold(text).split()
        self._end()

    def set_pinned(self, inspection_id: int | None) -> None:
        self._begin()
        self.pinned_id = inspection_id
        self._end()

    # beginFilterChange/endFilterChange replace invalidateFilter from Qt 6.9 on.
    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        # Runs for every row on every keystroke: plain comparisons on the model's filter key.
        row_id, year, kind, status, haystack = self._model.filter_key_at(source_row)
        if row_id == self.pinned_id:
            return True
        if self.year is not ALL and year != self.year:
            return False
        if self.kind is not ALL and kind != self.kind:
            return False
        if self.status is not ALL and status != self.status:
            return False
        for word in self.words:
            if word not in haystack:
                return False
        return True


class InspectionList(QWidget):
    current_changed = Signal(object)  # inspection id, or None
    selection_changed = Signal()  # the selected rows changed (selected_ids())

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = InspectionTableModel(self)
        self.proxy = InspectionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)

        self.search = QLineEdit()
        # Short enough to be read whole in the list's width at 1366×768, with the preview open.
        self.search.setPlaceholderText(self.tr("Tìm đơn vị, số thông báo…"))
        self.search.setToolTip(self.tr("Tìm theo đơn vị, số thông báo (không cần gõ dấu)"))
        self.search.setClearButtonEnabled(True)
        self.year_combo = QComboBox()
        self.year_combo.setToolTip(self.tr("Lọc theo năm"))
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Lọc theo loại"))
        self.kind_combo.addItem(self.tr("Mọi loại"), ALL)
        for kind in dto.Kind:
            self.kind_combo.addItem(kind.label.capitalize(), str(kind))
        self.status_combo = QComboBox()
        self.status_combo.setToolTip(self.tr("Lọc theo trạng thái"))
        self.status_combo.addItem(self.tr("Mọi trạng thái"), ALL)
        for status in dto.InspectionStatus:
            self.status_combo.addItem(status.label.capitalize(), str(status))

        self.view = QTableView()
        self.view.setObjectName("inspectionTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One two-line row per inspection (ui/widgets/inspection_row_delegate.py) shows every
        # column of the model; the other columns stay for sorting and filtering.
        self.row_delegate = InspectionRowDelegate(self.view)
        self.view.setItemDelegateForColumn(COL_UNIT, self.row_delegate)
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column != COL_UNIT)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

        # Two short rows, so the list can stay narrow beside the preview with nothing cut.
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0)
        filters.addWidget(self.year_combo, 0, 1)
        second = QHBoxLayout()
        second.addWidget(self.kind_combo, 1)
        second.addWidget(self.status_combo, 1)
        filters.addLayout(second, 1, 0, 1, 2)
        filters.setColumnStretch(0, 1)
        filters.setContentsMargins(8, 8, 8, 6)
        filters.setSpacing(6)
        self.setObjectName("inspectionList")
        self.setMinimumWidth(MIN_WIDTH)
        paint_pane(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(filters)
        layout.addWidget(self.view)

        self._refresh_years()
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.year_combo, self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.proxy.modelReset.connect(self.selection_changed)
        # The right-click menu of the rows: the window adds what acts on the selected ones.
        self.context_menu = QMenu(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)

    def _fit_rows(self) -> None:
        """Row height from the font (the letter-size setting changes it)."""
        option = QStyleOptionViewItem()
        option.font = self.view.font()
        height = self.row_delegate.sizeHint(option, QModelIndex()).height()
        self.view.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def set_rows(self, rows: list[dto.InspectionRow]) -> None:
        self.model.set_rows(rows)
        self._refresh_years()

    def update_row(self, row: dto.InspectionRow) -> None:
        self.model.update_row(row)
        year = inspection_year(row)
        if year is not None and self.year_combo.findData(year) < 0:
            self._refresh_years()

    def remove_id(self, inspection_id: int) -> None:
        self.model.remove_id(inspection_id)

    def _refresh_years(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Mọi năm"), ALL)
        for year in self.model.years():
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.year_combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.year_combo.currentData(),
            self.kind_combo.currentData(),
            self.status_combo.currentData(),
            self.search.text(),
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        inspection_id = current.data(ID_ROLE) if current.isValid() else None
        self.proxy.set_pinned(inspection_id)
        self.current_changed.emit(inspection_id)

    def _show_context_menu(self, pos) -> None:
        if self.context_menu.actions():
            self.context_menu.popup(self.view.viewport().mapToGlobal(pos))

    def has_selection(self) -> bool:
        return self.view.selectionModel().hasSelection()

    def selected_ids(self) -> list[int]:
        """The selected inspections, top to bottom as the list shows them."""
        rows = {index.row(): index for index in self.view.selectionModel().selectedIndexes()}
        return [rows[row].data(ID_ROLE) for row in sorted(rows)]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, inspection_id: int | None) -> None:
        row = self.model.row_of_id(inspection_id) if inspection_id is not None else None
        if row is None:
            self.view.setCurrentIndex(QModelIndex())
            return
        self.proxy.set_pinned(inspection_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
