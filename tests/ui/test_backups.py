"""Backups in the window: Tệp → Sao lưu ngay, Khôi phục từ bản sao lưu… (by keys), the second
folder, the daily backup; at start-up a damaged file is offered its newest good backup and kept
aside, never changed."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.backups import Kind, list_backups, make_backup
from app.database import open_database
from app.datafile.demo import load_demo
from app.preferences import load_preferences
from app.services.bundle import Services
from tests.backup_files import all_rows, cut_in_half, overwrite_page_of
from tests.ui.conftest import answer_dialog, press, shortcut, type_keys, when_modal
from ui.actions import ActionId
from ui.application import open_for_window
from ui.background import wait_for_background
from ui.dialogs.backup_folder_dialog import BackupFolderDialog
from ui.dialogs.restore_dialog import RestoreDialog


def _demo_database(path: Path) -> Path:
    db = open_database(path)
    content = load_demo()
    Services(db).transfer.import_inspections(content.organizations, content.inspections)
    db.close()
    return path


def _never() -> Path | None:
    raise AssertionError("no file dialog expected")


def test_restore_from_the_menu_by_keys_reopens_the_window_on_the_backup(
    qtbot, tmp_path, ui_settings
):
    from ui.main_window import MainWindow

    path = _demo_database(tmp_path / "du-lieu.sqlite")
    older = make_backup(path, Kind.DAILY, now=dt.datetime(2026, 11, 30, 17))
    newest = make_backup(path, Kind.AT_QUIT, now=dt.datetime(2026, 12, 1, 17))
    db = open_database(path)
    Services(db).inspections.delete(1)  # after the backups: the restore undoes it
    Services(db).inspections.delete(2)
    window = MainWindow(Services(db), ui_settings)
    window.show()
    assert window.inspection_list.model.rowCount() == 3
    replaced: list = []
    window.replaced.connect(replaced.append)
    seen: list[list[str]] = []

    def choose(dialog: RestoreDialog) -> None:
        model = dialog.model
        seen.append([model.index(r, 0).data() for r in range(model.rowCount())])
        press(dialog.table, Qt.Key.Key_Down)  # the newest is first; the older one below
        press(dialog.table, Qt.Key.Key_Return)

    timer = when_modal(choose, RestoreDialog)
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    timer.stop()
    assert seen == [["01/12/2026 17:00", "30/11/2026 17:00"]]
    (new_window,) = replaced
    qtbot.addWidget(new_window)
    assert new_window.isVisible() and new_window.services.db.path == path
    assert new_window.inspection_list.model.rowCount() == 5
    assert all_rows(path) == all_rows(older.path)
    assert "Đã khôi phục từ «" + older.path.name in new_window.statusBar().currentMessage()
    # the state it replaced was backed up first: the two deletions are in that copy
    (before,) = [b for b in list_backups(path) if b.kind is Kind.BEFORE_RESTORE]
    with closing(sqlite3.connect(before.path)) as raw:
        trashed = raw.execute("SELECT id FROM inspection WHERE deleted_at IS NOT NULL")
        assert [row[0] for row in trashed] == [1, 2]
    assert newest.path.is_file()
    new_window.close()
    new_window.services.db.close()


def test_the_restore_dialog_can_be_left_with_escape(qtbot, window):
    make_backup(window.services.db.path, Kind.MANUAL)
    before = all_rows(window.services.db.path)
    replaced: list = []
    window.replaced.connect(replaced.append)
    timer = when_modal(lambda d: press(d.table, Qt.Key.Key_Escape), RestoreDialog)
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    timer.stop()
    assert replaced == [] and all_rows(window.services.db.path) == before


def test_backup_now_and_the_daily_backup(qtbot, window):
    path = window.services.db.path
    window.backups.backup_if_due()
    wait_for_background()
    qtbot.waitUntil(lambda: not window.backups.running)
    (daily,) = list_backups(path)
    assert daily.kind is Kind.DAILY
    window.backups.backup_if_due()  # one a day
    qtbot.waitUntil(lambda: not window.backups.running)
    assert len(list_backups(path)) == 1
    window.actions[ActionId.BACKUP_NOW].trigger()
    qtbot.waitUntil(lambda: "Đã sao lưu và kiểm tra" in window.statusBar().currentMessage())
    # one a day is kept by the rotation: the newest of the day
    assert [b.kind for b in list_backups(path)] == [Kind.MANUAL]
    assert not daily.path.exists()
    window.backups.backup_at_quit()
    assert [b.kind for b in list_backups(path)] == [Kind.AT_QUIT]


def test_the_second_folder_is_chosen_by_keys_and_never_the_databases_own(qtbot, window, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    errors: list[str] = []
    timers = []

    def refused_then_chosen(dialog: BackupFolderDialog) -> None:  # the dialog, shown again
        errors.append(dialog.error.text())
        field = dialog.path_edit
        field.setFocus()
        shortcut(dialog, "Ctrl+A")
        type_keys(field, str(usb))
        press(field, Qt.Key.Key_Return)

    def answer(dialog: BackupFolderDialog) -> None:
        field = dialog.path_edit
        field.setFocus()
        type_keys(field, str(window.services.db.path.parent))  # where the database lives
        timers.append(when_modal(refused_then_chosen, BackupFolderDialog))
        press(field, Qt.Key.Key_Return)

    timer = when_modal(answer, BackupFolderDialog)
    window.actions[ActionId.BACKUP_FOLDER].trigger()
    timer.stop()
    assert "đang chứa cơ sở dữ liệu đang dùng" in errors[0]
    assert load_preferences().second_backup_dir == usb
    info = make_backup(window.services.db.path, Kind.MANUAL)
    assert info.second_copy == usb / info.path.name and info.second_copy.is_file()


DAMAGE = {"page overwritten": lambda p: overwrite_page_of(p, "entry"), "truncated": cut_in_half}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_at_start_up_is_offered_its_newest_good_backup(qtbot, tmp_path, damage):
    path = _demo_database(tmp_path / "du-lieu.sqlite")
    make_backup(path, Kind.DAILY, now=dt.datetime(2026, 11, 29, 16, 45))
    newest = make_backup(path, Kind.AT_QUIT, now=dt.datetime(2026, 11, 30, 17, 20))
    good = all_rows(newest.path)
    DAMAGE[damage](path)
    damaged, files = path.read_bytes(), sorted(os.listdir(tmp_path))

    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Escape, seen)  # «Thoát»: nothing is touched
    assert open_for_window(path, ask_open=_never, ask_new=_never) is None
    assert "bị hỏng" in seen[0]
    assert "bản sao lưu tốt mới nhất ngày 30/11/2026 lúc 17:20 (5 cuộc kiểm tra" in seen[0]
    assert "những gì ghi sau 30/11/2026 lúc 17:20 sẽ không có" in seen[0]
    assert path.read_bytes() == damaged and sorted(os.listdir(tmp_path)) == files

    answer_dialog(Qt.Key.Key_Return, seen)  # «Khôi phục bản sao lưu» is the default
    db = open_for_window(path, ask_open=_never, ask_new=_never)
    try:
        assert db is not None and db.path == path
        assert len(Services(db).inspections.list_rows()) == 5
    finally:
        db.close()
    assert all_rows(path) == good
    (aside,) = tmp_path.glob("du-lieu-hong-*.sqlite")
    assert aside.read_bytes() == damaged
    assert f"với tên «{aside.name}»" in seen[1]


def test_a_damaged_file_without_a_backup_is_only_explained(qtbot, tmp_path):
    path = _demo_database(tmp_path / "du-lieu.sqlite")
    overwrite_page_of(path, "entry")
    damaged = path.read_bytes()
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Escape, seen)
    assert open_for_window(path, ask_open=_never, ask_new=_never) is None
    assert "bị hỏng" in seen[0] and "Tệp này không bị thay đổi" in seen[0]
    assert path.read_bytes() == damaged


def test_a_refused_restore_leaves_the_window_on_its_data(qtbot, opened, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = opened
    path = window.services.db.path
    inspection_id = window.editor.inspection_id
    foreign = tmp_path / "khac.sqlite"
    foreign.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = all_rows(path)
    assert window.backups.restore(foreign) is None
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and "không khôi phục" in box.text()
    box.close()
    assert all_rows(path) == before
    assert window.editor.inspection_id == inspection_id  # open again, and still saving
    window.editor_view.show_page("general", focus=True)
    type_keys(window.editor_view.pages["general"].place, "Hội trường")
    assert window.editor.flush()
    assert window.services.inspections.get(inspection_id).place == "Hội trường"
