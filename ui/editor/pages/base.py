"""What every editor page shares: a title for the page list and a few layout helpers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.editor.controller import InspectionEditor


class EditorPage(QWidget):
    """One page of the editor. Subclasses set `title` and build their widgets."""

    title = ""

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.editor = editor

    def first_field(self) -> QWidget | None:
        """The widget that takes the focus when the page is opened from the keyboard."""
        return None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        order_tabs_by_position(self)


def order_tabs_by_position(page: QWidget) -> None:
    """Tab goes through the page's fields as they are read: row by row, left to right.

    Qt's own order is the order the widgets were made in, which on pages with buttons above a
    table made Shift+Tab skip the buttons.
    """
    widgets = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.isVisibleTo(page)
        and not isinstance(w.parentWidget(), (QAbstractItemView, QAbstractSpinBox))
        and not isinstance(w.parentWidget().parentWidget(), QAbstractItemView)
    ]
    widgets.sort(
        key=lambda w: (w.mapTo(page, QPoint(0, 0)).y() // 12, w.mapTo(page, QPoint(0, 0)).x())
    )
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The page scrolls down only: its fields narrow with it (the preview beside it).
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def page_heading(text: str) -> QLabel:
    """The title of a page (its look comes from the style sheet: ui/style.py)."""
    title = QLabel(text)
    title.setObjectName("pageHeading")
    return title


def page_layout(page: QWidget, content: QWidget, heading: str) -> None:
    """Put a heading above `content` (scrollable) on `page`."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    layout.addWidget(page_heading(heading))
    layout.addWidget(scrolled(content), 1)


def form_layout(parent: QWidget) -> QFormLayout:
    layout = QFormLayout(parent)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # A narrow page (the preview open at 1366×768) puts long labels above their fields.
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setHorizontalSpacing(12)
    layout.setVerticalSpacing(8)
    return layout


def form() -> tuple[QWidget, QFormLayout]:
    """A widget holding a form at its top; spare height stays below the last row."""
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    inner = QWidget()
    column.addWidget(inner)
    column.addStretch(1)
    return outer, form_layout(inner)


def text_box(lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field about `lines` lines high."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * 3)
    return box
