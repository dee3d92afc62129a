"""The preview pane: the notice as it will read, following the typing, and the real PDF."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.notice import plain_text as pt
from app.notice.builder import build_notice
from tests.ui.conftest import id_of, shortcut, type_keys
from ui.actions import ActionId
from ui.preview import preview_pane


@pytest.fixture
def previewing(qtbot, window):
    window.new_inspection()
    window.actions[ActionId.PREVIEW].trigger()
    preview = window.workspace.preview
    qtbot.waitUntil(preview.isVisible)
    return window, preview


def test_the_toggle_shows_and_hides_the_pane(qtbot, window):
    action = window.actions[ActionId.PREVIEW]
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+Shift+P")
    assert window.workspace.dock.isVisible() and action.isChecked()
    window.workspace.dock.close()  # its own close button
    assert not action.isChecked()
    action.trigger()
    assert window.workspace.dock.isVisible()


def test_the_preview_reads_as_the_notice_document(previewing):
    window, preview = previewing
    doc = build_notice(window.editor.draft, window.editor.profile)
    assert preview.text() == pt.plain_text(doc)
    assert preview.state.text() == "Bản dự thảo"


def test_typing_updates_the_preview_after_a_pause_not_on_every_key(qtbot, previewing):
    window, preview = previewing
    page = window.editor_view.pages["limitation"]
    window.editor_view.show_page("limitation")
    page.add_entry()
    updates = []
    preview.updated.connect(lambda: updates.append(1))
    text = "Công tác cải cách hành chính còn chậm"
    type_keys(page.text, text)
    assert text not in preview.text().splitlines()
    qtbot.waitUntil(lambda: text in preview.text().splitlines(), timeout=2000)
    assert len(updates) <= 2


def test_a_long_burst_of_typing_still_updates_within_the_maximum_wait(qtbot, previewing):
    window, preview = previewing
    page = window.editor_view.pages["limitation"]
    window.editor_view.show_page("limitation")
    page.add_entry()
    seen = []
    preview.updated.connect(lambda: seen.append(preview.text()))
    for _ in range(12):  # a key every 150 ms: never a 300 ms pause
        type_keys(page.text, "a")
        qtbot.wait(150)
    assert seen, "no update during 1.8 s of typing"


def test_an_edit_in_place_patches_the_changed_line_only(qtbot, previewing):
    window, preview = previewing
    page = window.editor_view.pages["limitation"]
    window.editor_view.show_page("limitation")
    page.add_entry()
    type_keys(page.text, "Một")
    preview.update_now()
    document = preview.view.document()
    first = document.firstBlock()
    count = document.blockCount()
    type_keys(page.text, " hai")
    preview.update_now()
    assert document.blockCount() == count and document.firstBlock() == first
    assert "Một hai" in preview.text().splitlines()


def test_the_pane_does_no_work_while_hidden(qtbot, window):
    window.new_inspection()
    preview = window.workspace.preview
    updates = []
    preview.updated.connect(lambda: updates.append(1))
    type_keys(window.editor_view.pages["general"].unit, "Sở Nội vụ")
    qtbot.wait(400)
    assert updates == []
    window.actions[ActionId.PREVIEW].trigger()
    qtbot.waitUntil(lambda: bool(updates))
    assert "Sở Nội vụ" in preview.text()


def test_open_pdf_writes_the_notice_and_hands_it_to_the_viewer(qtbot, demo_window, tmp_path):
    demo_window.inspection_list.select_id(id_of(demo_window, "54/TB-TCT"))
    demo_window.actions[ActionId.PREVIEW].trigger()
    preview = demo_window.workspace.preview
    preview.folder = tmp_path / "xem-truoc"
    old = preview.folder / "thong-bao-cu.pdf"
    preview.folder.mkdir()
    old.write_bytes(b"%PDF")
    os.utime(old, (0, 0))
    opened = []
    preview.opener = opened.append
    with qtbot.waitSignal(preview.pdf_written, timeout=10000):
        qtbot.mouseClick(preview.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    path = opened[0]
    assert path.parent == preview.folder and path.stat().st_size > 1000
    assert not old.exists()  # yesterday's previews are cleared away
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Số: 54/TB-TCT" in pdf
    for line in preview.text().splitlines():
        if line.startswith(("a) ", "b) ", "g) ")):
            assert " ".join(line.split())[:60] in pdf


def test_the_default_opener_never_launches_a_viewer_offscreen(tmp_path, qapp):
    assert QApplication.platformName() == "offscreen"
    preview_pane.open_with_system(tmp_path / "x.pdf")  # logs and returns


def test_a_supervision_has_no_notice_to_preview(qtbot, previewing):
    window, preview = previewing
    general = window.editor_view.pages["general"]
    general.kind.setCurrentIndex(general.kind.findData("giam_sat"))
    qtbot.waitUntil(lambda: "giám sát" in preview.text(), timeout=2000)
    assert not preview.pdf_button.isEnabled()
