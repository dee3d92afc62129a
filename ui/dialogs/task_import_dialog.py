"""Nhập nhiệm vụ từ Excel: choose the sheet, check or change what each column means, see every
row that will be added, updated or skipped and why, then import.

The dialog only reads: it works out an ImportPlan against the draft's tasks (app.taskimport)
and hands it back; the tasks page applies it as one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import inline_date
from app.dto import TaskData
from app.taskimport.fields import Field
from app.taskimport.importer import TaskFile
from app.taskimport.layout import Layout
from app.taskimport.plan import OVERRIDE_REASON, Action, ImportPlan, plan_import
from app.taskimport.rows import read_rows
from ui.dialogs.messages import translate_buttons
from ui.models.draft_table_model import CHOICE, Column
from ui.models.task_import_models import FIELD_CHOICES, ColumnMappingModel, ImportPreviewModel
from ui.widgets.draft_table_view import ChoiceDelegate

Remembered = Callable[[str], dict[int, Field] | None]


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
    return view


class TaskImportDialog(QDialog):
    def __init__(
        self,
        task_file: TaskFile,
        existing: list[TaskData],
        cutoff: dt.date | None,
        remembered: Remembered | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập nhiệm vụ từ Excel"))
        self.resize(1200, 700)
        self.task_file = task_file
        self._existing = existing
        self._cutoff = cutoff
        self._remembered = remembered or (lambda _signature: None)
        self.guessed: Layout | None = None
        self.plan = ImportPlan([])

        self.file_label = QLabel(self.tr("Tệp: <b>{0}</b>").format(task_file.name))
        self.sheet_combo = QComboBox()
        for sheet in task_file.sheets:
            hidden = self.tr(" (trang ẩn)") if sheet.hidden else ""
            if sheet.name in task_file.layouts:
                self.sheet_combo.addItem(sheet.name + hidden, sheet.name)
            else:
                why = (
                    self.tr("quá nhiều dòng, không phải danh mục nhiệm vụ")
                    if sheet.too_long
                    else self.tr("không có bảng nhiệm vụ")
                )
                self.sheet_combo.addItem(f"{sheet.name}{hidden} — {why}", None)
                item = self.sheet_combo.model().item(self.sheet_combo.count() - 1)
                item.setEnabled(False)
        self.info = QLabel()
        self.info.setWordWrap(True)

        self.mapping = ColumnMappingModel(self)
        self.mapping_view = _table(self)
        self.mapping_view.setModel(self.mapping)
        self._meaning = ChoiceDelegate(
            Column("field", self.tr("Nhập vào"), CHOICE, FIELD_CHOICES), self.mapping_view
        )
        self.mapping_view.setItemDelegateForColumn(ColumnMappingModel.MEANING, self._meaning)
        self.mapping_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        for column, width in enumerate((70, 300, 190)):
            self.mapping_view.setColumnWidth(column, width)
        mapping_hint = QLabel(
            self.tr(
                "Các cột của tệp và nơi nhập vào. Đổi: chọn ô ở cột «Nhập vào», bấm F2, chọn "
                "bằng phím mũi tên rồi Enter."
            )
        )
        mapping_hint.setWordWrap(True)

        self.preview = ImportPreviewModel(self)
        self.preview_view = _table(self)
        self.preview_view.setModel(self.preview)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setMinimumHeight(180)
        # "Không nhập" and "Thường xuyên" are read whole, in any font size.
        metrics = self.preview_view.fontMetrics()

        def fit(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + 20  # the cell's margins

        actions = fit(*(a.label for a in Action))
        deadline = fit(self.tr("Thường xuyên"), "30/12/2025")
        for column, width in enumerate((50, actions, 300, deadline, 88, 240)):
            self.preview_view.setColumnWidth(column, width)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.use_file_status = QCheckBox(
            self.tr(
                "&Lấy trạng thái ghi trong tệp khi khác trạng thái tính từ các ngày (ghi là điều "
                "chỉnh, lý do «{0}»)"
            ).format(OVERRIDE_REASON)
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(self.buttons)
        self.import_button = self.buttons.addButton(
            self.tr("&Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)

        sheet_label = QLabel(self.tr("Trang &tính:"))
        sheet_label.setBuddy(self.sheet_combo)
        top = QFormLayout()
        top.addRow(self.file_label)
        top.addRow(sheet_label, self.sheet_combo)
        top.addRow(self.info)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(mapping_hint)
        upper_layout.addWidget(self.mapping_view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.preview_view, 1)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.use_file_status)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.mapping.mapping_changed.connect(self._replan)
        self.preview_view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.use_file_status.toggled.connect(self._replan)
        first = next(
            (i for i in range(self.sheet_combo.count()) if self.sheet_combo.itemData(i)), 0
        )
        default = task_file.table_sheets[0].name if task_file.table_sheets else None
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(default), first))
        self._sheet_changed()
        self.mapping_view.setFocus()
        self.mapping_view.setCurrentIndex(self.mapping.index(0, ColumnMappingModel.MEANING))

    # -- what the caller reads --------------------------------------------------------------

    @property
    def sheet_name(self) -> str | None:
        return self.sheet_combo.currentData()

    @property
    def layout_in_use(self) -> Layout | None:
        return self.mapping.layout_

    def mapping_to_remember(self) -> tuple[str, dict[int, Field]] | None:
        """(header signature, meaning of every column) when the user changed the guess."""
        layout = self.layout_in_use
        if layout is None or self.guessed is None or not layout.signature:
            return None
        fields = {c.index: c.field for c in layout.columns}
        if fields == {c.index: c.field for c in self.guessed.columns}:
            return None
        return layout.signature, fields

    # -- working it out ---------------------------------------------------------------------

    def _sheet_changed(self) -> None:
        name = self.sheet_name
        layout = self.task_file.layouts.get(name) if name else None
        self.guessed = layout
        if layout is not None:
            remembered = self._remembered(layout.signature)
            if remembered:
                layout = layout.remapped(
                    {i: f for i, f in remembered.items() if i < len(layout.columns)}
                )
        self.mapping.set_layout(layout)
        # The columns of the file in view without scrolling, as far as the screen allows.
        view = self.mapping_view
        rows = min(self.mapping.rowCount(), 8)
        header = view.horizontalHeader().sizeHint().height()
        view.setMinimumHeight(header + 22 * rows + 2 * view.frameWidth())
        self._show_info(layout)
        self._replan()

    def _show_info(self, layout: Layout | None) -> None:
        if layout is None:
            self.info.setText(self.tr("Trang tính này không có bảng nhiệm vụ."))
            return
        rows = layout.header_rows
        parts = [
            self.tr("Dòng tiêu đề của bảng: {0}").format(
                f"{rows[0]}–{rows[-1]}" if len(rows) > 1 else rows[0]
            )
        ]
        if layout.file_cutoff:
            parts.append(
                self.tr("tệp ghi số liệu tính đến ngày {0}").format(inline_date(layout.file_cutoff))
            )
        parts.append(
            self.tr("trạng thái tính đến ngày {0} (ngày số liệu của cuộc kiểm tra)").format(
                inline_date(self._cutoff)
            )
            if self._cutoff
            else self.tr("trạng thái tính đến hôm nay (cuộc kiểm tra chưa có ngày số liệu)")
        )
        self.info.setText("; ".join(parts) + ".")

    def _replan(self) -> None:
        layout = self.layout_in_use
        if layout is None:
            self.plan = ImportPlan([])
        else:
            sheet = next(s for s in self.task_file.sheets if s.name == self.sheet_name)
            self.plan = plan_import(
                read_rows(sheet, layout),
                self._existing,
                self._cutoff,
                use_file_status=self.use_file_status.isChecked(),
            )
        self.preview.set_plan(self.plan)
        self._show_summary(layout)
        self._show_detail(self.preview_view.currentIndex())

    def _show_detail(self, index) -> None:
        """The whole of what is said about the current row, under the table."""
        if not index.isValid() or index.row() >= len(self.plan.rows):
            self.detail.setText(self.tr("Chọn một dòng để xem đầy đủ lý do, lưu ý."))
            return
        row = self.plan.rows[index.row()]
        if row.reasons:
            self.detail.setText(f"{row.action.label} — {' '.join(row.reasons)}")
        else:
            self.detail.setText(
                self.tr("Dòng {0}: {1}, không có lưu ý.").format(row.number, row.action.label)
            )

    def _show_summary(self, layout: Layout | None) -> None:
        lines = [self.tr("Khi bấm «Nhập»: {0}").format(self.plan.summary())]
        if layout is not None and layout.column_of(Field.CONTENT) is None:
            lines = [self.tr("Chưa có cột nào nhập vào «Nội dung nhiệm vụ».")]
        problems = self.plan.problems()
        if problems:
            rows = len({p.row for p in problems})
            shown = "; ".join(p.text for p in problems[:2]) + ("; …" if len(problems) > 2 else "")
            lines.append(self.tr("{0} dòng có ô không đọc được (chữ đỏ): {1}.").format(rows, shown))
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(bool(self.plan.added or self.plan.updated))
