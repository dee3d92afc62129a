"""Kiến nghị lần trước: last time's recommendations, each marked as done or not, with a note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.dto import Section
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage, page_layout
from ui.widgets.followup_list import FollowupList


class FollowupPage(EditorPage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = Section.FOLLOWUP.label
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        hint = QLabel(
            self.tr(
                "Hỏi đơn vị về từng kiến nghị của lần trước và đánh dấu: đã, đang, chưa hoặc "
                "không thực hiện được. Kết quả được đưa vào thông báo lần này."
            )
        )
        hint.setWordWrap(True)
        self.list = FollowupList(editor)
        column.addWidget(hint)
        column.addWidget(self.list)
        column.addStretch(1)
        page_layout(self, content, self.title)

    def first_field(self):
        return self.list.items[0].status if self.list.items else None
