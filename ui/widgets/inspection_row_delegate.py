"""How one inspection reads in the list: two lines, the unit's distinctive name in bold with the
status badge at the right, then date · kind · notice number with the task tally at the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app import dto
from app.domain.unit_names import short_unit_name
from app.notice.forms import NoticeForm
from ui.models.inspection_table_model import ROW_ROLE
from ui.style import BADGES, color

PAD_X, PAD_Y, GAP = 10, 6, 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionRowDelegate", text)


def row_texts(row: dto.InspectionRow) -> tuple[str, str, str, NoticeForm]:
    """(name, tally, detail line, notice form) of a list row."""
    name = short_unit_name(row.unit_name) or _tr("(chưa có đơn vị)")
    tally = f"{row.completed_count}/{row.task_count}" if row.task_count else ""
    date = row.date.strftime("%d/%m/%Y") if row.date else _tr("chưa có ngày")
    parts = [date, dto.Kind(row.kind).label]
    if row.notice_number:
        parts.append(row.notice_number)
    return name, tally, " · ".join(parts), NoticeForm(row.notice_form)


class InspectionRowDelegate(QStyledItemDelegate):
    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        badge = QFont(small)
        badge.setBold(True)
        return bold, small, badge

    def sizeHint(self, option, index) -> QSize:
        bold, small, _badge = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 2 * PAD_Y + GAP + 4
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: dto.InspectionRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        name, tally, detail, stage = row_texts(row)
        bold, small, badge_font = self._fonts(option)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, color("accent_soft") if selected else color("pane"))
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), color("accent"))
        painter.setPen(QPen(color("line")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)

        # Line 1: the name in bold, the status badge at the right.
        top = QRect(inner.left(), inner.top(), inner.width(), bold_metrics.height())
        label = stage.label
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(label) + 14
        badge_height = badge_metrics.height() + 2
        badge = QRect(
            top.right() - badge_width + 1,
            top.center().y() - badge_height // 2,
            badge_width,
            badge_height,
        )
        background, ink = BADGES[str(stage)]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, badge_height / 2, badge_height / 2)
        painter.setFont(badge_font)
        painter.setPen(QColor(ink))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(bold)
        painter.setPen(color("muted") if not row.unit_name else color("ink"))
        name_rect = top.adjusted(0, 0, -badge_width - 8, 0)
        shown = bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )

        # Line 2: date · kind · number, the task tally at the right.
        line2 = QRect(inner.left(), top.bottom() + GAP, inner.width(), small_metrics.height() + 4)
        painter.setFont(small)
        painter.setPen(color("muted"))
        tally_width = small_metrics.horizontalAdvance(tally) + (8 if tally else 0)
        painter.drawText(line2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tally)
        detail_rect = line2.adjusted(0, 0, -tally_width, 0)
        shown = small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width())
        painter.drawText(
            detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        painter.restore()
