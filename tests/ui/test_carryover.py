"""Mới từ lần trước: last time's recommendations come back as follow-up items to be marked."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.database import open_database
from app.domain.emphasis import plain
from app.dto import FollowupStatus, Section
from app.services.bundle import Services
from tests.ui.conftest import focused, id_of, shortcut, type_keys
from ui.widgets.followup_list import FollowupItem

SOURCE = "54/TB-TCT ngày 11/8/2021"


def _carry_over(qtbot, window):
    previous_id = id_of(window, "54/TB-TCT")
    window.inspection_list.select_id(previous_id)
    previous = window.editor.draft
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+Shift+N")
    assert window.editor.draft.id != previous_id
    return previous, window.editor.draft


def test_the_recommendations_of_54_come_back_to_be_followed_up(qtbot, demo_window, db_path):
    previous, draft = _carry_over(qtbot, demo_window)
    recommendations = [e.text for e in previous.section(Section.RECOMMENDATION)]
    followups = draft.section(Section.FOLLOWUP)
    assert [e.text for e in followups] == recommendations and len(followups) == 7
    assert {e.source for e in followups} == {SOURCE}
    assert draft.unit_name == previous.unit_name
    assert draft.notice.recipients == previous.notice.recipients
    assert draft.notice.signer_name == previous.notice.signer_name
    assert demo_window.inspection_list.current_id() == draft.id

    # The editor opens on Kiến nghị lần trước, the cursor on the first status.
    view = demo_window.editor_view
    assert view.current_key() == "followup"
    page = view.pages["followup"]
    assert len(page.list.items) == 7
    assert page.list.source.text() == f"Kiến nghị tại Thông báo số {SOURCE}"
    assert focused() is page.list.items[0].status

    # Mark each item from the keyboard, write a note, undo one mark.
    marks = [
        FollowupStatus.DA_THUC_HIEN,
        FollowupStatus.DANG_THUC_HIEN,
        FollowupStatus.CHUA_THUC_HIEN,
        FollowupStatus.KHONG_THUC_HIEN_DUOC,
    ]
    for item, status in zip(page.list.items, marks, strict=False):
        item.status.setFocus()
        item.status.setCurrentIndex(item.status.findData(str(status)))
    third: FollowupItem = page.list.items[2]
    third.note.setFocus()
    type_keys(third.note, "Đang chờ phân bổ vốn")
    page.list.items[4].status.setCurrentIndex(1)
    shortcut(demo_window, "Ctrl+Z")
    assert followups[4].followup_status == FollowupStatus.NONE
    assert [e.followup_status for e in followups[:4]] == marks
    assert followups[2].followup_note == "Đang chờ phân bổ vốn"

    # The preview reports them under the heading of last time's notice.
    demo_window.workspace.show_preview(True)
    preview = demo_window.workspace.preview
    heading = f"Kết quả thực hiện kiến nghị tại Thông báo số {SOURCE}"
    qtbot.waitUntil(lambda: heading in preview.text(), timeout=3000)
    assert f"{plain(recommendations[0]).rstrip('.;')}: đã thực hiện" in preview.text()

    if demo_window.editor.dirty:
        with qtbot.waitSignal(demo_window.editor.saved, timeout=2000):
            pass
    db = open_database(db_path)
    try:
        stored = Services(db).inspections.get(draft.id)
    finally:
        db.close()
    stored_followups = stored.section(Section.FOLLOWUP)
    assert [e.followup_status for e in stored_followups[:5]] == [*marks, ""]
    assert stored_followups[2].followup_note == "Đang chờ phân bổ vốn"


def test_capture_mode_lists_the_followups_and_ctrl_5_reaches_them(qtbot, demo_window):
    _previous, draft = _carry_over(qtbot, demo_window)
    shortcut(demo_window, "F11")
    capture = demo_window.workspace.capture
    assert capture.followups.isVisible() and len(capture.followups.items) == 7
    shortcut(demo_window, "Ctrl+5")
    item = capture.followups.items[0]
    assert focused() is item.status
    item.status.setCurrentIndex(item.status.findData(str(FollowupStatus.DA_THUC_HIEN)))
    page_item = demo_window.editor_view.pages["followup"].list.items[0]
    assert page_item.status.currentData() == FollowupStatus.DA_THUC_HIEN  # one draft, two views
    assert draft.section(Section.FOLLOWUP)[0].followup_status == FollowupStatus.DA_THUC_HIEN


def test_the_followup_page_is_listed_only_when_there_are_followups(qtbot, demo_window):
    view = demo_window.editor_view
    row = [view.nav.item(i).data(256) for i in range(view.nav.count())].index("followup")
    demo_window.inspection_list.select_id(id_of(demo_window, "54/TB-TCT"))
    assert view.nav.isRowHidden(row)
    _carry_over(qtbot, demo_window)
    assert not view.nav.isRowHidden(row)
    assert view.nav.item(row).text() == "10. Kiến nghị lần trước (7)"
    assert "Alt+0" in view.nav.item(row).toolTip()


def test_a_supervision_without_content_cannot_be_carried_over(qtbot, window):
    window.new_inspection()
    general = window.editor_view.pages["general"]
    general.kind.setCurrentIndex(general.kind.findData("giam_sat"))
    before = len(window.services.inspections.list_rows())
    window.new_from_previous()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_box") is not None)
    assert len(window.services.inspections.list_rows()) == before
