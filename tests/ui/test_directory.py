"""Danh mục: profile, organizations, the working group; used by the editor, nothing hard-coded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.dto import AttendeeSide
from app.services.directory import DirectoryService
from tests.ui.conftest import type_keys


def _edit(panel, row: int, field: str, value) -> bool:
    model = panel.model
    index = model.index(row, next(i for i, c in enumerate(model.columns) if c.field == field))
    return model.setData(index, value)


def test_the_dialog_has_vietnamese_buttons(window):
    dialog = window.directory_dialog()
    buttons = dialog.findChild(QDialogButtonBox)
    texts = sorted(b.text() for b in buttons.buttons())
    assert texts == ["Hủy", "Lưu"]


def test_profile_organizations_and_group_are_saved_and_used(qtbot, window, services):
    dialog = window.directory_dialog()
    dialog.place_name.setText("Đồng Đăng")
    dialog.recipients.setPlainText("Thường trực Tỉnh ủy;\nLưu: VT, KT.")
    dialog.organizations.add()
    _edit(dialog.organizations, 0, "code", "ORG-DT")
    _edit(dialog.organizations, 0, "name", "UBND thành phố Đồi Thông")
    _edit(dialog.organizations, 0, "short_name", "Đồi Thông")
    _edit(dialog.organizations, 0, "valid_to", "30/6/2025")
    dialog.decision.setPlainText("Quyết định số 1234/QĐ-UBND ngày 06/02/2024")
    dialog.members.add()
    _edit(dialog.members, 0, "person_name", "Lương Đức An")
    _edit(dialog.members, 0, "role", "Tổ trưởng")
    _edit(dialog.members, 0, "title", "Chánh Văn phòng UBND tỉnh")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.apply_directory(dialog)

    profile = services.profile.get()
    assert profile.place_name == "Đồng Đăng"
    assert profile.default_recipients == ["Thường trực Tỉnh ủy;", "Lưu: VT, KT."]
    org = services.profile.organization("ORG-DT")
    assert org.name == "UBND thành phố Đồi Thông" and org.valid_to == dt.date(2025, 6, 30)
    group = DirectoryService(services.db.sessions).working_group()
    assert group.decision_text.startswith("Quyết định số 1234")
    assert [(m.person_name, m.role) for m in group.members] == [("Lương Đức An", "Tổ trưởng")]

    # The editor completes the unit from the organizations and adds the group's members.
    window.new_inspection()
    general = window.editor_view.pages["general"]
    assert "UBND thành phố Đồi Thông" in general._unit_names.stringList()
    type_keys(general.unit, "UBND thành phố Đồi Thông")
    assert window.editor.draft.unit_code == "ORG-DT"
    window.editor_view.show_page("attendees")
    attendees = window.editor_view.pages["attendees"]
    attendees.add_group_members()
    added = window.editor.draft.attendees
    assert [(a.side, a.person_name, a.person_title) for a in added] == [
        (AttendeeSide.TO_CONG_TAC, "Lương Đức An", "Chánh Văn phòng UBND tỉnh")
    ]
    attendees.add_group_members()
    assert len(window.editor.draft.attendees) == 1
    assert attendees.message.text() == (
        "Mọi thành viên Tổ công tác trong Danh mục đã có trong danh sách."
    )


def test_what_cannot_be_saved_is_said_in_the_dialog(window):
    dialog = window.directory_dialog()
    dialog.organizations.add()
    _edit(dialog.organizations, 0, "code", "X")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "Có cơ quan, đơn vị chưa nhập tên."
    assert dialog.tabs.currentIndex() == 1
    assert not _edit(dialog.organizations, 0, "valid_from", "31/02/2024")
    assert dialog.organizations.message.text() == (
        "Dòng 1, cột «Hiệu lực từ»: Ngày «31/02/2024» không tồn tại"
    )


def test_an_organization_in_use_is_not_deleted(window, services):
    dialog = window.directory_dialog()
    dialog.organizations.add()
    _edit(dialog.organizations, 0, "code", "ORG-MX")
    _edit(dialog.organizations, 0, "name", "UBND huyện Mây Xanh")
    dialog.accept()
    window.apply_directory(dialog)
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, "UBND huyện Mây Xanh")
    window.editor.flush()
    dialog = window.directory_dialog()
    dialog.organizations.table.setCurrentIndex(dialog.organizations.model.index(0, 0))
    dialog.organizations.delete()
    dialog.accept()
    assert not window.apply_directory(dialog)
    assert services.profile.organization("ORG-MX") is not None
    QApplication.processEvents()


def test_signature_presets_and_default_recipients_on_the_issue_page(window, services):
    window.new_inspection()
    window.editor_view.show_page("issue")
    issue = window.editor_view.pages["issue"]
    notice = window.editor.draft.notice
    signature = issue.signature
    signature.preset.setCurrentIndex(signature.preset.findText("TL. + KT."))
    signature.apply_preset()
    assert notice.authority_lines == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]
    assert notice.signer_capacity == "PHÓ CHÁNH VĂN PHÒNG"
    assert signature.authority.toPlainText() == "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG"
    window.editor.undo()
    assert notice.authority_lines == [] and signature.authority.toPlainText() == ""

    issue.recipients.view.setCurrentIndex(issue.recipients.model.index(0))
    issue.recipients.delete_line()
    assert len(notice.recipients) == len(services.profile.get().default_recipients) - 1
    issue.default_recipients.click()
    assert notice.recipients == services.profile.get().default_recipients
    window.editor.undo()
    assert len(notice.recipients) == len(services.profile.get().default_recipients) - 1
