"""A second writer (the command line, another window) never has its work undone by the open
window: the window reloads, merges what was typed, and says so; an issued notice turns the
window read-only and what was typed stays visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.database import open_database
from app.dto import Section
from app.services.bundle import Services
from tests.ui.conftest import stored, type_keys


def save_elsewhere(db_path, inspection_id, edit) -> None:
    """Another window on the same file reads the inspection, changes it and saves it."""
    other = open_database(db_path)
    try:
        services = Services(other)
        elsewhere = services.inspections.get(inspection_id)
        edit(elsewhere)
        services.inspections.save(elsewhere)
    finally:
        other.close()


@pytest.fixture
def typing(qtbot, window):
    """A saved inspection with two saved limitations, open on the Hạn chế page."""
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, "UBND huyện Mây Xanh")
    window.editor_view.show_page("limitation")
    page = window.editor_view.pages["limitation"]
    for text in ("Hạn chế một", "Hạn chế hai"):
        page.add_entry()
        type_keys(page.text, text)
    assert window.editor.flush()
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    return window, page


def test_an_issue_from_the_command_line_is_not_undone_by_the_open_window(
    qtbot, typing, db_path, capsys
):
    from main import main

    window, page = typing
    editor = window.editor
    inspection_id = editor.draft.id
    assert main(["--db", str(db_path), "issue", str(inspection_id)]) == 0
    assert capsys.readouterr().out.strip() == "01/TB-TCT"

    with qtbot.waitSignal(editor.saved, timeout=3000, raising=False):
        type_keys(page.text, " thêm")  # six characters, then the autosave
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)

    data = stored(db_path, inspection_id)
    assert data.notice.issued and data.notice.number == "1" and data.status == "da_ban_hanh"
    assert [e.text for e in data.section(Section.LIMITATION)] == ["Hạn chế một", "Hạn chế hai"]
    # The window now shows the issued inspection, read-only, and keeps what was typed.
    assert editor.draft.notice.issued and editor.read_only
    banner = window.editor_view.banner
    assert banner.isVisible()
    assert "vừa được ban hành ở nơi khác (số 01/TB-TCT)" in banner.message.text()
    assert "Hạn chế, vướng mắc 1: Hạn chế một thêm" in banner.kept.toPlainText()
    assert window.save_label.text() == "Đã ban hành — chỉ xem"
    assert page.text.isReadOnly()
    type_keys(page.text, "xyz")
    assert page.text.toPlainText() == "Hạn chế một"
    assert not editor.dirty

    # Issuing again takes nothing from the register: the number stays the one the CLI took.
    assert main(["--db", str(db_path), "issue", str(inspection_id)]) == 2
    assert "đã được ban hành với số 01/TB-TCT" in capsys.readouterr().err


def test_what_was_written_elsewhere_is_merged_with_what_is_typed_here(qtbot, typing, db_path):
    window, page = typing
    editor = window.editor

    def edit(elsewhere):
        elsewhere.place = "Hội trường UBND huyện"
        elsewhere.section(Section.LIMITATION)[1].text = "Hạn chế hai, sửa ở cửa sổ khác"

    save_elsewhere(db_path, editor.draft.id, edit)

    with qtbot.waitSignal(editor.conflict, timeout=3000) as reported:
        type_keys(page.text, " đã gõ")
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
    data = stored(db_path, editor.draft.id)
    assert data.place == "Hội trường UBND huyện"
    assert [e.text for e in data.section(Section.LIMITATION)] == [
        "Hạn chế một đã gõ",
        "Hạn chế hai, sửa ở cửa sổ khác",
    ]
    assert reported.args[0].kept == []  # nothing clashed
    assert "đã tải lại những thay đổi đó và giữ những gì bạn vừa gõ" in (
        window.editor_view.banner.message.text()
    )
    assert window.editor_view.pages["general"].place.text() == "Hội trường UBND huyện"


def test_the_same_field_changed_in_both_keeps_theirs_and_shows_mine(qtbot, typing, db_path):
    window, page = typing
    editor = window.editor

    def edit(elsewhere):
        elsewhere.section(Section.LIMITATION)[0].text = "Bản ở cửa sổ khác"

    save_elsewhere(db_path, editor.draft.id, edit)

    with qtbot.waitSignal(editor.conflict, timeout=3000):
        type_keys(page.text, " của tôi")
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
    data = stored(db_path, editor.draft.id)
    assert data.section(Section.LIMITATION)[0].text == "Bản ở cửa sổ khác"  # not overwritten
    banner = window.editor_view.banner
    assert banner.kept.toPlainText() == "Hạn chế, vướng mắc 1: Hạn chế một của tôi"
    QTest.keyClick(banner.copy_button, Qt.Key.Key_Space)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "Hạn chế, vướng mắc 1: Hạn chế một của tôi"
    QTest.keyClick(banner.close_button, Qt.Key.Key_Space)
    assert not banner.isVisible()
