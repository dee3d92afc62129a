"""Who issues the notice and in which form: the issuing body chosen from the directory (the
profile's by default), how the sentences name it, the copy for signature, what is sent with it.

Choosing a body records it on the notice (app.notice.issuer) and, when the secretary has not
changed them, puts its recipients and its first signature preset in place: one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit

from app.domain.recipients import follow_defaults
from app.dto import OrganizationData
from app.notice.issuer import IssuingBody, body_of_organization, issuing_body, profile_body
from ui.editor.binding import Binder
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import form_layout, text_box
from ui.widgets.fields import date_field

# Organizations that issue notices of their own: UBND of any level, departments, offices,
# steering committees and groups.
ISSUING_TYPES = ("ubnd", "so", "co_quan_chuyen_mon", "phong", "ban", "to")


def _preset_values(body: IssuingBody) -> dict:
    preset = body.presets[0] if body.presets else {}
    return {
        "authority_lines": list(preset.get("authority_lines", [])),
        "signer_capacity": preset.get("capacity", ""),
        "signer_title": preset.get("title", ""),
    }


class IssuerBox(QGroupBox):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Cơ quan ban hành và hình thức"))
        self.editor = editor
        layout = form_layout(self)
        b = self.binder = Binder(editor, "notice", self._notice, self)
        self.body = QComboBox()
        self.body.setToolTip(
            self.tr("Tiêu đề, lời văn, chữ ký và nơi nhận của thông báo theo cơ quan này")
        )
        self.voice = b.line(QLineEdit(), "issuer_voice", self.tr("Tên gọi trong lời văn"))
        self.name = b.line(QLineEdit(), "issuer_name", self.tr("Tên đầy đủ trong lời văn"))
        self.authority = b.line(QLineEdit(), "authority", self.tr("Cấp giao nhiệm vụ"))
        self.place = b.line(QLineEdit(), "place", self.tr("Địa danh"))
        self.form = QComboBox()
        self.form.addItem(self.tr("Dự thảo (có dấu DỰ THẢO)"), False)
        self.form.addItem(self.tr("Bản trình ký (không dấu, để trống số cho văn thư)"), True)
        b.combo(self.form, "for_signature", self.tr("Hình thức"))
        self.date = b.parsed(date_field(), "date", self.tr("Ngày của bản trình ký"))
        self.attachments = b.text(text_box(2), "attachments", self.tr("Gửi kèm"), lines=True)
        self.attachments.setPlaceholderText(
            self.tr("Mỗi dòng một tài liệu, ví dụ: Phụ lục: Danh mục nhiệm vụ được giao")
        )
        layout.addRow(self.tr("Cơ quan ban hành:"), self.body)
        layout.addRow(self.tr("Tên gọi trong lời văn:"), self.voice)
        layout.addRow(self.tr("Tên đầy đủ:"), self.name)
        layout.addRow(self.tr("Cấp giao nhiệm vụ:"), self.authority)
        layout.addRow(self.tr("Địa danh (dòng ngày tháng):"), self.place)
        layout.addRow(self.tr("Hình thức:"), self.form)
        layout.addRow(self.tr("Ngày (bản trình ký):"), self.date)
        layout.addRow(self.tr("Gửi kèm:"), self.attachments)
        self.body.activated.connect(self._chosen)
        editor.directory_changed.connect(self._refresh)
        editor.loaded.connect(self._refresh)
        editor.changed.connect(self._changed)
        self._refresh()

    def _notice(self):
        draft = self.editor.draft
        return draft.notice if draft is not None else None

    def _organizations(self) -> list[OrganizationData]:
        return [o for o in self.editor.organizations if o.type in ISSUING_TYPES]

    def body_for(self, code: str) -> IssuingBody:
        """The body of directory code `code` ("" the profile's), as the directory proposes it."""
        profile = self.editor.profile
        if not code:
            return profile_body(profile)
        orgs = {o.code: o for o in self.editor.organizations}
        org = orgs[code]
        return body_of_organization(org, orgs.get(org.parent_code), profile)

    def _refresh(self) -> None:
        self.body.blockSignals(True)
        self.body.clear()
        profile = self.editor.profile
        self.body.addItem(self.tr("{0} (mặc định)").format(profile.group_name), "")
        for org in self._organizations():
            self.body.addItem(org.name, org.code)
        notice = self._notice()
        index = self.body.findData(notice.issuing_body if notice is not None else "")
        own = notice is not None and (notice.issuer_name.strip() or notice.organ_issuing.strip())
        if own and (index < 0 or not notice.issuing_body):
            # A body written on the notice itself (typed, or from a directory entry since
            # removed): shown as it is, not as the profile's.
            name = notice.issuer_name.strip() or " ".join(notice.organ_issuing.split())
            self.body.addItem(self.tr("{0} (ghi trên thông báo)").format(name), None)
            index = self.body.count() - 1
        self.body.setCurrentIndex(max(index, 0))
        self.body.blockSignals(False)
        self.voice.setPlaceholderText(self.tr("Để trống: {0}").format(profile.voice))
        self.name.setPlaceholderText(self.tr("Để trống: {0}").format(profile.group_name))
        self.authority.setPlaceholderText(self.tr("Để trống: {0}").format(profile.authority))
        self.place.setPlaceholderText(self.tr("Để trống: {0}").format(profile.place_name))
        self._enable()

    def _enable(self) -> None:
        notice = self._notice()
        editable = notice is not None and not notice.issued
        for widget in (self.body, self.form, self.date):
            widget.setEnabled(editable)

    def _changed(self, change: Change) -> None:
        watched = {"issued", "issuing_body", "issuer_name", "organ_issuing"}
        if change.area == "notice" and watched & set(change.fields):
            self._refresh()

    def _chosen(self, index: int) -> None:
        code = self.body.itemData(index)
        if code is not None:  # None: the body the notice already has
            self.choose(code)

    def choose(self, code: str) -> None:
        """Record the body of `code` on the notice, its recipients and signature too when the
        notice still has those of the body it had."""
        draft = self.editor.draft
        if draft is None or draft.notice.issuing_body == code and code:
            return
        notice = draft.notice
        before = issuing_body(draft, self.editor.profile)
        if notice.issuing_body:
            before = self.body_for(notice.issuing_body)
        after = self.body_for(code)
        values = after.notice_fields()
        if not code:  # back to the profile's: the notice keeps nothing of its own
            values = {k: "" for k in values} | {"issuer_code": after.issuer_code}
            values["place"] = after.place
        signature = {k: getattr(notice, k) for k in _preset_values(before)}
        with self.editor.macro(self.tr("Chọn cơ quan ban hành")):
            self.editor.set_fields("notice", notice, values, self.tr("Chọn cơ quan ban hành"))
            recipients = notice.recipients
            unit = draft.unit_name
            lines = follow_defaults(recipients, before.recipients, after.recipients, unit, unit)
            if lines is not None:
                text = self.tr("Nơi nhận")
                self.editor.remove_items("recipients", recipients, range(len(recipients)), text)
                self.editor.insert_items("recipients", recipients, 0, lines, text)
            empty = not any(signature.values())
            if empty or signature == _preset_values(before):
                self.editor.set_fields("notice", notice, _preset_values(after), self.tr("Chữ ký"))
