"""Autosave: within a second of an edit, at once on page or selection change and on close."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import shortcut, stored, type_keys
from ui.main_window import MainWindow
from ui.settings import UiSettings


@pytest.fixture
def opened(window):
    window.new_inspection()
    return window


def test_an_edit_is_in_the_database_within_a_second(qtbot, opened, db_path):
    editor = opened.editor
    place = opened.editor_view.pages["general"].place
    started = time.monotonic()
    with qtbot.waitSignal(editor.saved, timeout=1000):
        type_keys(place, "Hội trường UBND thành phố")
    assert time.monotonic() - started < 1.0
    assert stored(db_path, editor.draft.id).place == "Hội trường UBND thành phố"


def test_typing_without_pause_is_still_saved_every_half_second(qtbot, opened, db_path):
    """The timer is not restarted by each keystroke, so a long burst cannot postpone saving."""
    editor = opened.editor
    place = opened.editor_view.pages["general"].place
    saves = []
    editor.saved.connect(lambda _row: saves.append(time.monotonic()))
    end = time.monotonic() + 1.3
    while time.monotonic() < end:
        type_keys(place, "a")
        qtbot.wait(20)
    assert len(saves) >= 2


def test_title_and_status_show_the_save_state(qtbot, opened):
    editor = opened.editor
    assert opened.save_label.text() == "Đã lưu"
    type_keys(opened.editor_view.pages["general"].place, "Nhà văn hóa")
    assert opened.isWindowModified()
    assert opened.save_label.text() == "Chưa lưu"
    assert "[*]" in opened.windowTitle()
    qtbot.waitSignal(editor.saved, timeout=1000).wait()
    assert not opened.isWindowModified()
    assert opened.save_label.text() == "Đã lưu"


def test_ctrl_s_saves_at_once_and_says_so(qtbot, opened, db_path):
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    place = opened.editor_view.pages["general"].place
    place.setFocus()
    type_keys(place, "Trụ sở Huyện ủy")
    shortcut(opened, "Ctrl+S")
    assert not opened.editor.dirty
    assert opened.statusBar().currentMessage() == "Đã lưu"
    assert stored(db_path, opened.editor.draft.id).place == "Trụ sở Huyện ủy"


def test_changing_page_saves_before_the_timer(opened, db_path):
    type_keys(opened.editor_view.pages["general"].place, "Phòng họp số 2")
    opened.editor_view.show_page("tasks")
    assert not opened.editor.dirty
    assert stored(db_path, opened.editor.draft.id).place == "Phòng họp số 2"


def test_selecting_another_inspection_saves_the_first(opened, db_path):
    first = opened.editor.draft.id
    type_keys(opened.editor_view.pages["general"].place, "Xã Mai Pha")
    opened.new_inspection()
    assert opened.editor.draft.id != first
    assert stored(db_path, first).place == "Xã Mai Pha"
    opened.inspection_list.select_id(first)
    assert opened.editor.draft.place == "Xã Mai Pha"


def test_closing_the_window_saves_what_is_pending(qtbot, services, ui_settings, db_path):
    win = MainWindow(services, ui_settings)
    qtbot.addWidget(win)
    win.show()
    win.new_inspection()
    inspection_id = win.editor.draft.id
    type_keys(win.editor_view.pages["general"].place, "Hội trường tầng 3")
    assert win.editor.dirty
    win.close()
    assert stored(db_path, inspection_id).place == "Hội trường tầng 3"


def test_quitting_the_application_saves_what_is_pending(qtbot, opened, db_path):
    """run_gui connects aboutToQuit to the window's flush; the same connection here."""
    app = QApplication.instance()
    app.aboutToQuit.connect(opened.flush)
    try:
        type_keys(opened.editor_view.pages["general"].place, "Nhà khách tỉnh")
        app.aboutToQuit.emit()
    finally:
        app.aboutToQuit.disconnect(opened.flush)
    assert stored(db_path, opened.editor.draft.id).place == "Nhà khách tỉnh"


def test_undoing_is_saved_too(qtbot, opened, db_path):
    editor = opened.editor
    place = opened.editor_view.pages["general"].place
    with qtbot.waitSignal(editor.saved, timeout=1000):
        type_keys(place, "Phòng A")
    with qtbot.waitSignal(editor.saved, timeout=1000):
        editor.undo()
    assert place.text() == ""
    assert stored(db_path, editor.draft.id).place == ""
    with qtbot.waitSignal(editor.saved, timeout=1000):
        editor.redo()
    assert stored(db_path, editor.draft.id).place == "Phòng A"


def test_geometry_and_splitter_are_remembered(qtbot, services, ui_settings, tmp_path):
    first = MainWindow(services, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1010, 640)
    first.splitter.setSizes([300, 710])
    state = first.splitter.saveState()
    first.close()
    assert UiSettings(tmp_path / "ui.ini").splitter_state == state
    second = MainWindow(services, ui_settings)
    qtbot.addWidget(second)
    second.show()
    fresh = MainWindow(services, UiSettings(tmp_path / "other.ini"))
    qtbot.addWidget(fresh)
    fresh.show()
    # The offscreen screen is only 800 px wide: restoring clamps the width, not the height.
    assert second.height() == 640 != fresh.height()
    assert second.splitter.sizes()[0] <= 300 < fresh.splitter.sizes()[0]


def test_a_failed_save_keeps_the_draft_and_says_why(qtbot, opened):
    """The file goes away under the editor: the draft stays, the status bar explains."""
    editor = opened.editor
    type_keys(opened.editor_view.pages["general"].place, "Hội trường")
    real_id = editor.draft.id
    editor.draft.id = 999_999
    with qtbot.waitSignal(editor.save_failed, timeout=1000) as failed:
        editor.save()
    assert "999999" in failed.args[0]
    assert editor.dirty
    assert opened.save_label.text() == "Chưa lưu"
    editor.draft.id = real_id
    assert editor.flush()
    assert opened.save_label.text() == "Đã lưu"


def test_an_inspection_that_cannot_be_saved_is_not_left(qtbot, opened):
    first = opened.editor.draft
    opened.new_inspection()
    second = opened.editor.draft
    type_keys(opened.editor_view.pages["general"].place, "Chưa lưu được")
    real_id, second.id = second.id, 999_999
    opened.inspection_list.select_id(first.id)
    assert opened.editor.draft is second and opened.editor.dirty
    assert opened.editor.draft.place == "Chưa lưu được"
    second.id = real_id
    opened.inspection_list.select_id(first.id)
    assert opened.editor.draft.id == first.id
