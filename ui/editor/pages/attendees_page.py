"""Thành phần: the people or groups present on each side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton

from app.dto import AttendeeData, AttendeeSide
from app.services.attendee_paste import attendees_from_text
from ui.editor.controller import InspectionEditor
from ui.editor.pages.table_page import TablePage
from ui.icons import icon
from ui.models.attendee_table_model import AttendeeTableModel, side_choices


class AttendeesPage(TablePage):
    directory_requested = Signal()  # "Mở danh mục" chosen when the working group is empty

    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Thành phần")
        self.build(
            AttendeeTableModel(editor, self),
            self.tr("Thêm người"),
            {"side": 95, "role": 80},
            stretch=("person_name", "person_title", "group_text"),
        )
        self.side = QComboBox()
        for value, label in side_choices():
            self.side.addItem(label, value)
        self.side.setCurrentIndex(self.side.findData(str(AttendeeSide.DON_VI)))
        self.side.setToolTip(self.tr("Bên của người được thêm hoặc dán vào"))
        self.buttons.insertWidget(0, self.side)
        self.group_button = QPushButton(icon("users"), self.tr("Thêm thành viên Tổ công tác"))
        self.group_button.setAutoDefault(False)
        self.group_button.setToolTip(
            self.tr("Thêm các thành viên Tổ công tác ghi trong Danh mục chưa có trong danh sách")
        )
        self.paste_button = QPushButton(icon("clipboard-paste"), self.tr("Dán"))
        self.paste_button.setAutoDefault(False)
        self.paste_button.setToolTip(
            self.tr(
                "Dán danh sách đã sao chép (Ctrl+V): mỗi dòng một người, họ tên và chức vụ "
                "cách nhau bằng cột, dấu gạch ngang hoặc dấu phẩy"
            )
        )
        self.buttons.addStretch(1)
        self.second_row.addWidget(self.group_button)
        self.second_row.addWidget(self.paste_button)
        self.second_row.addStretch(1)
        self.group_button.clicked.connect(self.add_group_members)
        self.paste_button.clicked.connect(lambda: self.paste())
        self.table.paste_requested.connect(lambda: self.paste())

    def new_item(self) -> AttendeeData:
        return AttendeeData(side=self.side.currentData())

    def paste(self, text: str | None = None) -> None:
        """Add the people of the clipboard (or *text*) on the chosen side, as one undo step."""
        draft = self.editor.draft
        if draft is None:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        people = attendees_from_text(text, self.side.currentData())
        if not people:
            self.message.show_message(self.tr("Bộ nhớ tạm không có dòng nào để dán."))
            return
        self.message.show_message("")
        current = self.table.currentIndex()
        row = current.row() + 1 if current.isValid() else len(draft.attendees)
        self.editor.insert_items(
            "attendees", draft.attendees, row, people, self.tr("Dán {0} người").format(len(people))
        )
        self.table.setCurrentIndex(self.model.index(row + len(people) - 1, 1))

    def add_group_members(self) -> None:
        """Add every member of the working group who is not listed yet (one undo step)."""
        draft = self.editor.draft
        if draft is None:
            return
        group = self.editor.services.directory.working_group()
        if not group.members:
            self._offer_directory()
            return
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
            self.message.show_message(
                self.tr("Mọi thành viên Tổ công tác trong Danh mục đã có trong danh sách.")
            )
            return
        self.message.show_message("")
        self.editor.insert_items(
            "attendees",
            draft.attendees,
            len(draft.attendees),
            new,
            self.tr("Thêm thành viên Tổ công tác"),
        )

    def _offer_directory(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Danh mục chưa có thành viên"),
            self.tr(
                "Danh mục Tổ công tác chưa có thành viên nào, nên chưa có ai để thêm. "
                "Mở Danh mục để ghi các thành viên (một lần, dùng cho mọi cuộc kiểm tra)?"
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("empty_group_box")
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Mở danh mục"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Để sau"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() == QMessageBox.StandardButton.Open:
            self.directory_requested.emit()
