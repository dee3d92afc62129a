"""One click, one transaction: «Mới» and saving Danh mục (issue 12 item 6)."""

from __future__ import annotations

from tests.services.test_units_of_work import counted
from tests.ui.test_directory import _edit


def test_a_new_inspection_click_is_one_transaction(window, services):
    with counted(services.db.engine) as seen:
        window.new_inspection()
    assert seen["commits"] == 1
    assert window.editor.draft.notice.recipients == services.profile.get().default_recipients


def test_saving_the_directory_is_one_transaction(window, services):
    dialog = window.directory_dialog()
    dialog.place_name.setText("Đồng Đăng")
    for row, (code, name, parent) in enumerate(
        [
            ("ORG-VP", "Văn phòng HĐND và UBND thành phố", "ORG-TP"),
            ("ORG-TP", "UBND thành phố Đồi Thông", "TINH"),
            ("TINH", "UBND tỉnh Lạng Sơn", ""),
        ]
    ):
        dialog.organizations.add()
        _edit(dialog.organizations, row, "code", code)
        _edit(dialog.organizations, row, "name", name)
        _edit(dialog.organizations, row, "parent_code", parent)
    with counted(services.db.engine) as seen:
        assert window.apply_directory(dialog)
    assert seen["commits"] == 1
    assert services.profile.organization("ORG-VP").parent_code == "ORG-TP"
    assert services.profile.organization("ORG-TP").parent_code == "TINH"


def test_a_refused_directory_save_keeps_the_old_data_and_says_why(window, services):
    dialog = window.directory_dialog()
    dialog.organizations.add()
    _edit(dialog.organizations, 0, "code", "ORG-MX")
    _edit(dialog.organizations, 0, "name", "UBND huyện Mây Xanh")
    assert window.apply_directory(dialog)
    services.inspections.create_new(unit_code="ORG-MX", unit_name="UBND huyện Mây Xanh")

    dialog = window.directory_dialog()
    dialog.place_name.setText("Hữu Lũng")
    dialog.organizations.table.setCurrentIndex(dialog.organizations.model.index(0, 0))
    dialog.organizations.delete()
    assert not window.apply_directory(dialog)
    assert dialog.error.text() == "Không xóa được «UBND huyện Mây Xanh»: đơn vị này đang được dùng."
    assert services.profile.get().place_name == "Lạng Sơn"  # nothing of the refused save
    assert services.profile.organization("ORG-MX") is not None
