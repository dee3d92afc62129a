"""Thành phần: the people or groups present on each side."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton

from app.dto import AttendeeData, AttendeeSide
from ui.editor.controller import InspectionEditor
from ui.editor.pages.table_page import TablePage
from ui.models.attendee_table_model import AttendeeTableModel, side_choices


class AttendeesPage(TablePage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Thành phần")
        self.side = QComboBox()
        for value, label in side_choices():
            self.side.addItem(label, value)
        self.side.setCurrentIndex(self.side.findData(str(AttendeeSide.DON_VI)))
        self.side.setToolTip(self.tr("Bên của người được thêm"))
        self.buttons.addWidget(self.side)
        self.build(
            AttendeeTableModel(editor, self),
            self.tr("Thêm người"),
            {"side": 110, "person_name": 180, "person_title": 260, "group_text": 260},
        )
        self.group_button = QPushButton(self.tr("Thêm thành viên Tổ công tác"))
        self.group_button.setToolTip(
            self.tr("Thêm các thành viên Tổ công tác ghi trong Danh mục chưa có trong danh sách")
        )
        self.buttons.addStretch(1)
        self.second_row.addWidget(self.group_button)
        self.second_row.addStretch(1)
        self.group_button.clicked.connect(self.add_group_members)

    def new_item(self) -> AttendeeData:
        return AttendeeData(side=self.side.currentData())

    def add_group_members(self) -> None:
        """Add every member of the working group who is not listed yet (one undo step)."""
        draft = self.editor.draft
        if draft is None:
            return
        group = self.editor.services.directory.working_group()
        present = {a.person_name for a in draft.attendees}
        new = [
            AttendeeData(
                side=AttendeeSide.TO_CONG_TAC,
                person_name=m.person_name,
                person_title=m.title,
                role=m.role,
            )
            for m in group.members
            if m.person_name not in present
        ]
        if not new:
            self.message.show_message(self.tr("Không có thành viên nào cần thêm."))
            return
        self.message.show_message("")
        self.editor.insert_items(
            "attendees",
            draft.attendees,
            len(draft.attendees),
            new,
            self.tr("Thêm thành viên Tổ công tác"),
        )
