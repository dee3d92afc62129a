"""An issued notice is read-only until «Sửa đổi văn bản đã ban hành» (with a reason, kept and
shown later); «Ban hành thông báo» asks once, showing number, date and signer. All with keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import answer_dialog, stored, type_keys


@pytest.fixture
def ready(qtbot, window):
    """A new inspection with a signer, open on the Ban hành page, number 57 typed."""
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, "UBND huyện Mây Xanh")
    window.editor.set_field("notice", window.editor.draft.notice, "signer_name", "Hoàng Văn A")
    window.editor.set_field("notice", window.editor.draft.notice, "signer_capacity", "TỔ TRƯỞNG")
    assert window.editor.flush()
    window.editor_view.show_page("issue")
    issue = window.editor_view.pages["issue"]
    issue.number.setFocus()
    type_keys(issue.number, "57")
    issue.date.line.selectAll()
    type_keys(issue.date.line, "15/11/2024")
    issue.number.setFocus()
    return window, issue


def test_issuing_asks_once_with_number_date_and_signer(qtbot, ready, db_path):
    window, issue = ready
    editor = window.editor
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Escape, seen)
    QTest.keyClick(issue.number, Qt.Key.Key_Return)
    assert seen == [
        "Ban hành thông báo số 57/TB-TCT ngày 15/11/2024?\n"
        "Người ký: TỔ TRƯỞNG Hoàng Văn A.\nSau khi ban hành, thông báo chỉ sửa được qua "
        "«Sửa đổi văn bản đã ban hành» (có ghi lý do)."
    ]
    assert not editor.draft.notice.issued
    assert not stored(db_path, editor.draft.id).notice.issued

    answer_dialog(Qt.Key.Key_Return, seen)
    QTest.keyClick(issue.number, Qt.Key.Key_Return)
    assert len(seen) == 2  # asked once more, not twice
    assert editor.draft.notice.issued
    data = stored(db_path, editor.draft.id)
    assert data.notice.issued and data.notice.number == "57"
    assert data.notice.date == dt.date(2024, 11, 15)


def test_an_empty_number_asks_with_the_next_number_of_the_register(qtbot, ready):
    window, issue = ready
    issue.number.selectAll()
    QTest.keyClick(issue.number, Qt.Key.Key_Delete)
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)
    QTest.keyClick(issue.number, Qt.Key.Key_Return)
    assert seen[0].startswith("Ban hành thông báo số 01/TB-TCT ngày 15/11/2024?")
    assert window.editor.draft.notice.number == "1"


@pytest.fixture
def issued(qtbot, ready):
    window, issue = ready
    answer_dialog()
    QTest.keyClick(issue.number, Qt.Key.Key_Return)
    assert window.editor.draft.notice.issued
    return window


def test_an_issued_inspection_is_read_only(qtbot, issued, db_path):
    editor = issued.editor
    general = issued.editor_view.pages["general"]
    issued.editor_view.show_page("general", focus=True)
    assert editor.read_only
    assert general.place.isReadOnly()
    type_keys(general.place, "Hội trường")
    assert general.place.text() == ""
    assert not editor.dirty
    banner = issued.editor_view.banner
    assert banner.isVisible() and banner.amend_button.isVisible()
    assert "Thông báo 57/TB-TCT đã ban hành nên chỉ được xem" in banner.message.text()
    assert issued.save_label.text() == "Đã ban hành — chỉ xem"
    # Edits that do not come from a text field are refused too, with the reason.
    with qtbot.waitSignal(editor.edit_refused, timeout=1000):
        editor.set_field("inspection", editor.draft, "place", "X")
    assert editor.draft.place == ""
    # The service refuses a save of an issued notice outside an amendment.
    data = stored(db_path, editor.draft.id)
    data.place = "Y"
    from app.domain.errors import LockedError

    with pytest.raises(LockedError):
        issued.services.inspections.save(data)


def test_an_amendment_needs_a_reason_which_is_kept_and_shown(qtbot, issued, db_path):
    editor = issued.editor
    banner = issued.editor_view.banner
    banner.amend_button.setFocus()
    answer_dialog(Qt.Key.Key_Escape)  # changed her mind
    QTest.keyClick(banner.amend_button, Qt.Key.Key_Space)
    assert editor.read_only

    answer_dialog(Qt.Key.Key_Return, typed="Đính chính tên đơn vị")
    QTest.keyClick(banner.amend_button, Qt.Key.Key_Space)
    assert not editor.read_only and editor.amending
    assert issued.save_label.text() == "Đã lưu"
    general = issued.editor_view.pages["general"]
    issued.editor_view.show_page("general", focus=True)
    assert not general.place.isReadOnly()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        type_keys(general.place, "Hội trường")
    data = stored(db_path, editor.draft.id)
    assert data.place == "Hội trường" and data.notice.issued and data.notice.number == "57"
    (amendment,) = issued.services.inspections.amendments(editor.draft.id)
    assert amendment.reason == "Đính chính tên đơn vị"
    page = issued.editor_view.pages["issue"]
    assert page.amendments.text().endswith("— Đính chính tên đơn vị")
    assert "Đang sửa đổi văn bản đã ban hành" in banner.message.text()

    # Opened again later: read-only again, the amendment still listed.
    inspection_id = editor.draft.id
    editor.load(None)
    editor.load(inspection_id)
    assert editor.read_only and not editor.amending
    assert page.amendments.text().endswith("— Đính chính tên đơn vị")


def test_an_empty_reason_cannot_open_an_amendment(qtbot, issued):
    from app.domain.errors import InputError
    from ui.dialogs.amend_dialog import AmendDialog

    dialog = AmendDialog("57/TB-TCT")
    qtbot.addWidget(dialog)
    type_keys(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()  # «Mở để sửa» waits for a reason
    type_keys(dialog.reason, "x")
    assert dialog.ok.isEnabled()
    with pytest.raises(InputError, match="Cần ghi lý do"):
        issued.editor.amend("   ")
    assert issued.editor.read_only
