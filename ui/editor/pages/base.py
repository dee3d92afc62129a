"""What every editor page shares: a title for the page list and a few layout helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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


def scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def page_layout(page: QWidget, content: QWidget, heading: str) -> None:
    """Put a heading above `content` (scrollable) on `page`."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 8, 12, 8)
    title = QLabel(heading)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    layout.addWidget(scrolled(content), 1)


def form_layout(parent: QWidget) -> QFormLayout:
    layout = QFormLayout(parent)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
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
