"""The strip above every page: which inspection this is (unit, date, kind), where its notice
stands (a badge: Dự thảo / Trình ký / Đã ban hành) and its number once issued."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app import dto
from app.domain.register import issued_reference
from app.domain.unit_names import short_unit_name
from app.notice.forms import notice_form
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor

_FIELDS = {"unit_name", "date", "kind", "part_of_day", "status", "number", "issued"}


class ElidedLabel(QLabel):
    """A one-line label that shows `short` when its text is wider than the room it has, and
    ends in "…" when even that is too wide."""

    short = ""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        text = self.text()
        if self.short and metrics.horizontalAdvance(text) > rect.width():
            text = self.short
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class HeaderStrip(QWidget):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("headerStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.unit = ElidedLabel()
        self.unit.setObjectName("headerUnit")
        # A long name gives way to the badge and the number (its whole text is the tooltip).
        self.unit.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail = QLabel()
        self.detail.setObjectName("headerDetail")
        self.badge = QLabel()
        # The sheet's padding does not reach a label's size hint: room for the pill's ends.
        self.badge.setContentsMargins(9, 1, 9, 1)
        self.number = QLabel()
        self.number.setObjectName("headerNumber")
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.unit)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        editor.loaded.connect(self.refresh)
        editor.changed.connect(self._changed)
        editor.saved.connect(lambda _row: self.refresh())
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.area in ("inspection", "notice") and _FIELDS & set(change.fields):
            self.refresh()

    def refresh(self) -> None:
        draft = self.editor.draft
        self.setVisible(draft is not None)
        if draft is None:
            return
        self._set(self.unit, draft.unit_name or self.tr("(chưa có đơn vị)"))
        self.unit.setToolTip(draft.unit_name)
        self.unit.short = short_unit_name(draft.unit_name)
        self.unit.update()
        date = draft.date.strftime("%d/%m/%Y") if draft.date else self.tr("chưa có ngày")
        kind = dto.Kind(draft.kind).label.capitalize()
        self._set(self.detail, f"{kind} · {date}")
        stage = notice_form(draft.notice)
        self._set(self.badge, stage.label)
        if self.badge.property("badge") != str(stage):
            self.badge.setProperty("badge", str(stage))
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)
        number = issued_reference(draft.notice)
        self._set(self.number, self.tr("Số {0}").format(number) if number else "")
        self.number.setVisible(bool(number))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
