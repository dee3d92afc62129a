"""The indicators (chỉ tiêu) of the draft, with the computed percent beside the stated one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain.indicators import computed_percent, indicator_warnings
from app.domain.numbers import format_percent_table
from app.dto import IndicatorData
from ui.editor.controller import InspectionEditor
from ui.models.draft_table_model import CHOICE, COMPUTED, DATE, NUMBER, Column, DraftTableModel

QUALIFIERS = ("", "hơn", "trên", "gần", "khoảng")
_HEADERS = (
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Chỉ tiêu"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Đơn vị tính"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Kế hoạch"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Từ kèm"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Thực hiện"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Tỷ lệ nêu (%)"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Tỷ lệ tính (%)"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "So với"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Đến ngày"),
    QT_TRANSLATE_NOOP("IndicatorTableModel", "Ghi chú"),
)
_WARNING = QColor("#fff3cd")


def _h(index: int) -> str:
    return QCoreApplication.translate("IndicatorTableModel", _HEADERS[index])


def computed_text(ind: IndicatorData) -> str:
    value = computed_percent(ind)
    return format_percent_table(value) if value is not None else ""


class IndicatorTableModel(DraftTableModel):
    def __init__(self, editor: InspectionEditor, parent=None):
        columns = [
            Column("name", _h(0)),
            Column("unit", _h(1)),
            Column("target", _h(2), NUMBER),
            Column("qualifier", _h(3), CHOICE, tuple((q, q) for q in QUALIFIERS)),
            Column("actual", _h(4), NUMBER),
            Column("stated_percent", _h(5), NUMBER),
            Column("computed", _h(6), COMPUTED, compute=computed_text),
            Column("basis", _h(7)),
            Column("as_of", _h(8), DATE),
            Column("note", _h(9)),
        ]
        super().__init__(editor, "indicators", lambda: editor.draft.indicators, columns, parent)
        self.figure_columns = {
            self.column_of(name) for name in ("target", "actual", "stated_percent", "computed")
        }

    def warnings(self) -> list[str]:
        """One Vietnamese line per indicator whose figures look wrong (app.domain.indicators):
        a warning, never a refusal: the figures stay as typed."""
        lines = []
        for ind in self.items():
            if problems := indicator_warnings(ind):
                lines.append(
                    self.tr("«{0}»: {1} Hãy kiểm tra lại số liệu.").format(
                        ind.name, " ".join(problems)
                    )
                )
        return lines

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() in self.figure_columns:
            problems = indicator_warnings(self.item(index.row()))
            if problems:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return _WARNING
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(problems)
        return super().data(index, role)
