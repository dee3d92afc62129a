"""Nhận dữ liệu từ máy khác: what the package would change, and each conflict side by side for
the user to choose the version to keep. A dumb dialog: the caller runs the merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.sync.merge import ISSUED
from app.sync.report import MergeReport
from ui.dialogs.messages import accept_buttons
from ui.models.conflict_table_model import ConflictTableModel
from ui.widgets.conflict_table import conflict_table


class MergeDialog(QDialog):
    def __init__(self, report: MergeReport, source: str, parent=None):
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Nhận dữ liệu từ máy khác"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tệp: {0}").format(source)))
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setPlainText("\n".join(_summary_lines(report)))
        layout.addWidget(self.summary, 1)
        self.summary.setMaximumHeight(160)
        count = report.conflict_count
        self.conflict_label = QLabel(
            self.tr(
                "{0} xung đột: đánh dấu bản cần giữ (Dấu cách). Bản không chọn vẫn được ghi lại "
                "để xem lại sau; cuộc kiểm tra đã ban hành giữ bản đã ban hành."
            ).format(count)
            if count
            else self.tr("Không có xung đột.")
        )
        self.conflict_label.setWordWrap(True)
        layout.addWidget(self.conflict_label)
        self.model = ConflictTableModel(self)
        rows = []
        for item in report.inspections:
            for conflict in item.conflicts:
                locked = conflict.reason == ISSUED or conflict.key == "register"
                rows.append(((item.uuid, conflict.key), item.label, conflict, locked))
        self.model.set_rows(rows)
        self.table = conflict_table(self, self.model)
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table, 3)
        buttons = accept_buttons(self, self.tr("Nhận dữ liệu"), self.tr("Hủy"))
        layout.addWidget(buttons)

    def choices(self) -> dict[tuple[str, str], str]:
        """The version chosen for each conflict (LOCAL where left as proposed)."""
        return self.model.choices()


def _summary_lines(report: MergeReport) -> list[str]:
    """The report without its conflict lines (the table shows those)."""
    return [
        line
        for line in report.lines()
        if not line.lstrip().startswith("xung đột (") and "xung đột sẽ được ghi lại" not in line
    ]
