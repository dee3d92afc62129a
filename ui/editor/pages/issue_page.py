"""Ban hành: draft or issued, the register number, date, recipients, signature, free wording."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import inline_date
from app.domain.errors import DomainError
from app.domain.recipients import default_recipients
from app.domain.register import doc_code, issued_reference, parse_number
from ui.dialogs.issue_confirm_dialog import confirm_issue
from ui.editor.binding import Binder
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage, form_layout, page_layout, text_box
from ui.editor.pages.issuer_box import IssuerBox
from ui.editor.pages.signature_box import SignatureBox
from ui.widgets.fields import ErrorLabel, date_field, route_undo_keys
from ui.widgets.string_list_editor import StringListEditor


class IssuePage(EditorPage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Ban hành")
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._issue_box())
        column.addWidget(self._draft_box())
        self.issuer = IssuerBox(editor, self)
        column.addWidget(self.issuer)
        column.addWidget(self._recipients_box())
        self.signature = SignatureBox(editor, self)
        column.addWidget(self.signature)
        column.addWidget(self._wording_box())
        column.addStretch(1)
        page_layout(self, content, self.title)
        editor.loaded.connect(self.refresh_state)
        editor.read_only_changed.connect(lambda _on: self._show_amendments())
        editor.directory_changed.connect(self._profile_hints)
        self._profile_hints()
        editor.changed.connect(self._changed)
        self.refresh_state()

    def first_field(self):
        notice = self._notice()
        return self.number if notice is not None and not notice.issued else self.title_field

    def _notice(self):
        draft = self.editor.draft
        return draft.notice if draft is not None else None

    # -- building ---------------------------------------------------------------------------

    def _issue_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Số và ngày ban hành"))
        box.setObjectName("formGroup")  # a titled group with a rule, not a box (ui/style.py)
        layout = form_layout(box)
        self.state = QLabel()
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Số văn thư cấp, ví dụ 54"))
        route_undo_keys(self.number)
        self.next_button = QPushButton(self.tr("Lấy số tiếp theo"))
        number_row = QWidget()
        row = QHBoxLayout(number_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.next_button)
        self.code = QLabel()
        self.date = date_field()
        self.date.set_value(dt.date.today())
        self.issue_button = QPushButton(self.tr("Ban hành thông báo"))
        self.issue_error = ErrorLabel()
        self.amendments = QLabel()
        self.amendments.setObjectName("amendments")
        self.amendments.setWordWrap(True)
        layout.addRow(self.tr("Tình trạng:"), self.state)
        layout.addRow(self.tr("Số:"), number_row)
        layout.addRow(self.tr("Ký hiệu:"), self.code)
        layout.addRow(self.tr("Ngày ban hành:"), self.date)
        layout.addRow("", self.issue_button)
        layout.addRow("", self.issue_error)
        layout.addRow(self.tr("Sửa đổi:"), self.amendments)
        self._issue_form = layout
        self.next_button.clicked.connect(self.fill_next_number)
        self.issue_button.clicked.connect(self.issue)
        self.number.returnPressed.connect(self.issue)
        return box

    def _draft_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thông báo"))
        box.setObjectName("formGroup")  # a titled group with a rule, not a box (ui/style.py)
        layout = form_layout(box)
        b = self.binder = Binder(self.editor, "notice", self._notice, self)
        self.title_field = b.line(QLineEdit(), "title", self.tr("Trích yếu"))
        self.title_field.setPlaceholderText(self.tr("Để trống: tự sinh từ loại và đơn vị"))
        self.draft_month = QComboBox()
        self.draft_month.addItem(self.tr("(theo ngày ban hành)"), None)
        for month in range(1, 13):
            self.draft_month.addItem(self.tr("Tháng {0}").format(month), month)
        b.combo(self.draft_month, "draft_month", self.tr("Tháng của dự thảo"))
        self.issuer_code = b.line(QLineEdit(), "issuer_code", self.tr("Mã cơ quan ban hành"))
        self.organ_parent = b.text(text_box(2), "organ_parent", self.tr("Cơ quan chủ quản"))
        self.organ_issuing = b.text(text_box(2), "organ_issuing", self.tr("Cơ quan ban hành"))
        layout.addRow(self.tr("Trích yếu:"), self.title_field)
        layout.addRow(self.tr("Tháng của dự thảo:"), self.draft_month)
        layout.addRow(self.tr("Mã cơ quan ban hành:"), self.issuer_code)
        layout.addRow(self.tr("Cơ quan chủ quản:"), self.organ_parent)
        layout.addRow(self.tr("Cơ quan ban hành:"), self.organ_issuing)
        return box

    def _recipients_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nơi nhận"))
        box.setObjectName("formGroup")  # a titled group with a rule, not a box (ui/style.py)
        layout = QVBoxLayout(box)
        self.recipients = StringListEditor(
            self.editor, "recipients", lambda: self.editor.draft.notice.recipients
        )
        self.recipients.setMinimumHeight(150)
        self.default_recipients = QPushButton(self.tr("Dùng danh sách mặc định"))
        self.default_recipients.setToolTip(self.tr("Thay bằng nơi nhận mặc định trong Danh mục"))
        row = QHBoxLayout()
        row.addWidget(self.default_recipients)
        row.addStretch(1)
        layout.addWidget(self.recipients)
        layout.addLayout(row)
        self.default_recipients.clicked.connect(self.use_default_recipients)
        return box

    def use_default_recipients(self) -> None:
        """The recipients of the notice's issuing body (the profile's by default), the inspected
        unit among them."""
        draft = self.editor.draft
        if draft is None:
            return
        body = self.issuer.body_for(draft.notice.issuing_body)
        lines = default_recipients(body.recipients, draft.unit_name)
        self.recipients.set_lines(lines, self.tr("Dùng nơi nhận mặc định"))

    def _wording_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lời văn tự soạn (để trống: tự sinh từ dữ liệu)"))
        box.setObjectName("formGroup")  # a titled group with a rule, not a box (ui/style.py)
        layout = form_layout(box)
        b = self.binder
        self.opening = b.text(text_box(3), "opening", self.tr("Đoạn mở đầu"))
        self.intro = b.text(text_box(2), "recommendations_intro", self.tr("Câu dẫn kiến nghị"))
        self.closing = b.text(text_box(2), "closing", self.tr("Đoạn kết"))
        layout.addRow(self.tr("Đoạn mở đầu:"), self.opening)
        layout.addRow(self.tr("Câu dẫn kiến nghị:"), self.intro)
        layout.addRow(self.tr("Đoạn kết:"), self.closing)
        return box

    # -- behaviour --------------------------------------------------------------------------

    def _doc_code(self) -> str:
        notice = self._notice()
        return doc_code(notice.doc_type, notice.issuer_code) if notice is not None else ""

    def _issue_date(self) -> dt.date:
        return self.date.value() or dt.date.today()

    def fill_next_number(self) -> None:
        if self._notice() is None:
            return
        try:
            year = self._issue_date().year
        except DomainError as error:
            self.issue_error.show_message(error.message)
            return
        self.number.setText(str(self.editor.services.register.next_number(year, self._doc_code())))

    def issue(self) -> None:
        """Issue with the typed number (or the next one when empty); errors stay inline."""
        notice = self._notice()
        if notice is None or notice.issued:
            return
        try:
            date = self._issue_date()
        except DomainError as error:
            self.issue_error.show_message(error.message)
            return
        text = self.number.text().strip()
        try:
            number = parse_number(text, self._doc_code()) if text else None
        except DomainError as error:
            self.issue_error.show_message(error.message)
            self.number.setFocus()
            return
        if number is None:
            number = self.editor.services.register.next_number(date.year, self._doc_code())
        # Asked once, with what will be printed; the number confirmed is the number taken.
        if not confirm_issue(self, notice, number, date):
            return
        try:
            self.editor.issue(number, date)
        except DomainError as error:
            self.issue_error.show_message(error.message)
            self.number.setFocus()
            return
        self.issue_error.show_message("")

    def _profile_hints(self) -> None:
        profile = self.editor.profile
        hint = self.tr("Để trống: {0}")
        self.organ_parent.setPlaceholderText(hint.format(profile.parent_organ))
        self.organ_issuing.setPlaceholderText(hint.format(profile.issuing_organ))

    def _show_amendments(self) -> None:
        """The amendments of an issued notice: when and why (kept for good)."""
        draft = self.editor.draft
        rows = []
        if draft is not None and draft.id is not None and draft.notice.issued:
            rows = self.editor.services.inspections.amendments(draft.id)
        lines = [
            self.tr("{0} lúc {1:%H:%M} — {2}").format(
                inline_date(a.created_at.date()), a.created_at, a.reason
            )
            for a in rows
        ]
        self.amendments.setText("\n".join(lines) or self.tr("(chưa sửa đổi lần nào)"))
        self._issue_form.setRowVisible(self.amendments, draft is not None and draft.notice.issued)

    def refresh_state(self) -> None:
        self._show_amendments()
        notice = self._notice()
        issued = notice is not None and notice.issued
        for widget in (self.number, self.next_button, self.date, self.issue_button):
            widget.setEnabled(notice is not None and not issued)
        self.issue_error.show_message("")
        if not issued:
            self.number.clear()
            self.date.set_value(dt.date.today())
        if notice is None:
            self.state.setText("")
            self.code.setText("")
            return
        self.code.setText(self._doc_code())
        if issued:
            self.number.setText(notice.number)
            self.date.set_value(notice.date)
            when = inline_date(notice.date) if notice.date else ""
            self.state.setText(
                self.tr("Đã ban hành số {0} ngày {1}").format(issued_reference(notice), when)
            )
        elif notice.for_signature:
            self.state.setText(self.tr("Bản trình ký (chưa ban hành)"))
        else:
            self.state.setText(self.tr("Dự thảo (chưa ban hành)"))

    def _changed(self, change: Change) -> None:
        if change.area == "notice" and {
            "issued", "number", "issuer_code", "doc_type", "for_signature"
        } & set(change.fields):  # fmt: skip
            self.refresh_state()
