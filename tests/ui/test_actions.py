"""Menus, toolbar and shortcuts; Mới, Nhân bản, Xóa; exports off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.dto import Section
from tests.ui.conftest import shortcut, task_rows, tsv, type_keys
from ui.actions import ActionId
from ui.background import wait_for_background

A = ActionId


def test_menus_and_toolbar_show_the_shortcuts(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Sửa", "&Xem", "&Danh mục", "&Trợ giúp"]
    expected = {
        A.NEW: "Ctrl+N",
        A.SAVE: "Ctrl+S",
        A.UNDO: "Ctrl+Z",
        A.REDO: "Ctrl+Y",
        A.DELETE: "Del",
        A.EXPORT_NOTICE_PDF: "Ctrl+E",
        A.CAPTURE: "F11",
        A.PREVIEW: "Ctrl+Shift+P",
        A.INSERT_PHRASE: "Ctrl+L",
        A.NEW_FROM_PREVIOUS: "Ctrl+Shift+N",
        A.FONT_LARGER: "Ctrl+=",
    }
    for action_id, keys in expected.items():
        action = window.actions[action_id]
        assert action.shortcut().toString() == keys
        assert f"({keys})" in action.toolTip()
    redo_keys = [k.toString() for k in window.actions[A.REDO].shortcuts()]
    assert redo_keys == ["Ctrl+Y", "Ctrl+Shift+Z"]
    on_toolbar = set(window.toolbar.actions())
    for action_id in (A.NEW, A.DUPLICATE, A.DELETE, A.UNDO, A.REDO, A.EXPORT_NOTICE_PDF):
        assert window.actions[action_id] in on_toolbar


def test_the_toolbar_has_its_icons_at_once_a_menu_gets_its_own_when_it_first_opens(qtbot, window):
    on_toolbar, in_the_file_menu = window.actions[A.NEW], window.actions[A.TRASH]
    assert not on_toolbar.icon().isNull()
    assert in_the_file_menu.icon().isNull()  # not seen yet: its SVG not parsed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.inspection_list.view.setFocus()
    file_menu = window.menuBar().actions()[0].menu()
    shortcut(window, "Alt+T")
    qtbot.waitUntil(file_menu.isVisible)
    assert not in_the_file_menu.icon().isNull()
    assert window.actions[A.HELP].icon().isNull()  # the help menu has not opened
    qtbot.keyClick(file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible())


def test_actions_need_an_open_inspection(window):
    assert not window.actions[A.EXPORT_NOTICE_PDF].isEnabled()
    window.new_inspection()
    assert window.actions[A.EXPORT_NOTICE_PDF].isEnabled()


def test_new_creates_and_selects_a_saved_inspection(window, services):
    window.new_inspection()
    rows = services.inspections.list_rows()
    assert [r.id for r in rows] == [window.editor.draft.id]
    assert window.inspection_list.current_id() == rows[0].id
    assert window.editor.draft.notice.recipients  # the profile's default recipients
    assert window.editor_view.current_key() == "general"


def test_duplicate_copies_the_content_but_not_the_number(qtbot, window, services):
    window.new_inspection()
    editor = window.editor
    window.editor_view.pages["tasks"].paste(tsv(task_rows(4)))
    window.editor_view.pages["limitation"].add_entry()
    type_keys(window.editor_view.pages["limitation"].text, "Còn chậm")
    editor.issue(7, editor.draft.date)
    original = editor.draft
    window.actions[A.DUPLICATE].trigger()
    copy = editor.draft
    assert copy.id != original.id and copy.uuid != original.uuid
    assert len(copy.tasks) == 4 and [e.text for e in copy.section(Section.LIMITATION)] == [
        "Còn chậm"
    ]
    assert not copy.notice.issued and copy.notice.number == ""
    assert copy.status == "chuan_bi"
    assert len(services.inspections.list_rows()) == 2


def test_delete_key_on_the_list_moves_to_the_trash(qtbot, window, services):
    window.new_inspection()
    inspection_id = window.editor.draft.id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.inspection_list.view.setFocus()
    qtbot.keyClick(window.inspection_list.view, Qt.Key.Key_Delete)
    assert window.editor.draft is None
    assert services.inspections.list_rows() == []
    assert [r.id for r in services.inspections.list_rows(trashed=True)] == [inspection_id]
    assert window.statusBar().currentMessage() == "Đã chuyển vào thùng rác"


def test_delete_key_in_a_text_field_deletes_text_not_the_inspection(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    place = window.editor_view.pages["general"].place
    place.setFocus()
    type_keys(place, "Phòng họp")
    place.setCursorPosition(0)
    shortcut(window, "Del")
    assert window.editor.draft is not None
    assert window.editor.draft.place == "hòng họp"


@pytest.mark.parametrize(
    ("kind", "suffix", "magic"),
    [("notice-pdf", ".pdf", b"%PDF"), ("notice-docx", ".docx", b"PK"), ("tables", ".xlsx", b"PK")],
)
def test_exports_write_the_file_off_the_ui_thread(qtbot, window, tmp_path, kind, suffix, magic):
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, "UBND thành phố Lạng Sơn")
    window.editor_view.pages["tasks"].paste(tsv(task_rows(5)))
    path = tmp_path / f"out{suffix}"
    with qtbot.waitSignal(window.exports.finished, timeout=20000) as done:
        assert window.export(kind, path)
    assert done.args == [str(path)]
    assert path.read_bytes().startswith(magic)
    assert window.statusBar().currentMessage().startswith("Đã xuất")


def test_the_proposed_file_name_says_draft_until_issued(window):
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, "UBND thành phố Lạng Sơn")
    draft = window.editor.draft
    name = window.exports.suggested_name("notice-pdf", draft)
    assert name == f"Du-thao-TB-TCT-TP-Lang-Son-{draft.date:%d-%m-%Y}.pdf"
    window.editor.issue(54, draft.date)
    name = window.exports.suggested_name("notice-docx", window.editor.draft)
    assert name == f"TB-54-TCT-{draft.date.year}-TP-Lang-Son.docx"


def test_year_summary_export(qtbot, window, tmp_path):
    window.new_inspection()
    window.editor_view.pages["tasks"].paste(tsv(task_rows(5)))
    path = tmp_path / "tong-hop.xlsx"
    year = window.editor.draft.date.year
    with qtbot.waitSignal(window.exports.finished, timeout=20000):
        window.export_summary(year, path)
    assert path.read_bytes().startswith(b"PK")


def test_a_failed_export_says_why_in_vietnamese(qtbot, window, tmp_path):
    window.new_inspection()
    path = tmp_path / "khong-co-thu-muc" / "x.pdf"
    with qtbot.waitSignal(window.exports.failed, timeout=20000) as failure:
        window.export("notice-pdf", path)
    wait_for_background()
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert box.text() == failure.args[0]
    assert failure.args[0] == f"Thư mục «{path.parent}» không tồn tại."
    assert box.button(QMessageBox.StandardButton.Close).text() == "Đóng"
    assert not path.exists()


def test_a_year_without_inspections_is_explained(qtbot, window, tmp_path):
    window.new_inspection()
    with qtbot.waitSignal(window.exports.failed, timeout=20000) as failure:
        window.export_summary(1999, tmp_path / "x.xlsx")
    assert failure.args[0] == "Năm 1999 không có cuộc kiểm tra nào để tổng hợp."
