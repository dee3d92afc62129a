"""Start-up with a database that cannot be opened: a Vietnamese question, the file untouched;
a database that cannot be written: the window opens read-only and says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.database import open_database
from app.services.bundle import Services
from tests.frozen import frozen
from tests.ui.conftest import answer_dialog, type_keys
from ui.application import open_for_window


def _never() -> Path | None:
    raise AssertionError("no file dialog expected")


def test_a_garbage_file_is_explained_and_left_alone(qtbot, tmp_path):
    path = tmp_path / "hong.sqlite"
    path.write_bytes(b"\x00garbage" * 100)
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Escape, seen)  # «Thoát»
    assert open_for_window(path, ask_open=_never, ask_new=_never) is None
    assert "không phải cơ sở dữ liệu của Tổ công tác; tệp được giữ nguyên" in seen[0]
    assert "Tệp này không bị thay đổi" in seen[0]
    assert path.read_bytes() == b"\x00garbage" * 100


def test_another_file_can_be_chosen_instead(qtbot, tmp_path):
    good = tmp_path / "tot.sqlite"
    open_database(good).close()
    path = tmp_path / "hong.sqlite"
    path.write_bytes(b"")
    answer_dialog(Qt.Key.Key_Return)  # «Mở tệp khác…» is the default
    db = open_for_window(path, ask_open=lambda: good, ask_new=_never)
    try:
        assert db is not None and db.path == good
    finally:
        db.close()
    assert path.read_bytes() == b""


def test_a_missing_file_is_created_only_when_the_user_says_so(qtbot, tmp_path):
    path = tmp_path / "moi.sqlite"
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Escape, seen)
    assert open_for_window(path, ask_open=_never, ask_new=_never) is None
    assert not path.exists()
    assert "Không có tệp cơ sở dữ liệu" in seen[0]
    answer_dialog(Qt.Key.Key_Return)  # «Tạo cơ sở dữ liệu mới» is the default here
    db = open_for_window(path, ask_open=_never, ask_new=_never)
    try:
        assert db is not None and path.is_file()
    finally:
        db.close()


def test_a_read_only_database_opens_read_only_and_says_why(qtbot, tmp_path, ui_settings):
    from ui.actions import ActionId
    from ui.main_window import MainWindow

    path = tmp_path / "du-lieu.sqlite"
    db = open_database(path)
    inspection_id = Services(db).inspections.create(Services(db).inspections.new())
    db.close()
    before = path.read_bytes()
    with frozen(path):
        db = open_database(path, create=False)
        try:
            window = MainWindow(Services(db), ui_settings)
            qtbot.addWidget(window)
            window.show()
            window.inspection_list.select_id(inspection_id)
            editor = window.editor
            assert editor.draft is not None and editor.read_only
            assert "đang mở ở chế độ chỉ đọc (tệp chỉ cho phép đọc)" in editor.read_only_reason()
            assert window.save_label.text() == "Chỉ đọc — không lưu được"
            assert "chỉ đọc" in window.statusBar().currentMessage()
            assert not window.actions[ActionId.NEW].isEnabled()
            place = window.editor_view.pages["general"].place
            window.editor_view.show_page("general", focus=True)
            type_keys(place, "Hội trường")
            assert place.text() == "" and not editor.dirty
            assert window.editor_view.banner.isVisible()
            assert not window.editor_view.banner.amend_button.isVisible()
            window.close()
        finally:
            db.close()
    assert path.read_bytes() == before


def test_an_error_no_handler_caught_goes_to_a_log_and_one_line(qtbot, window, monkeypatch):
    import os

    from ui.application import _log_unexpected

    try:
        raise RuntimeError("hỏng trong cửa sổ")
    except RuntimeError as error:
        window.activateWindow()
        monkeypatch.setattr("PySide6.QtWidgets.QApplication.activeWindow", lambda: window)
        _log_unexpected(type(error), error, error.__traceback__)
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "error_box")
    assert box is not None
    text = box.text()
    assert text.startswith("Lỗi không mong đợi. Chi tiết đã ghi vào ") and "\n" not in text
    log = text.rsplit(" ", 1)[1]
    assert os.path.isfile(log)
    assert "RuntimeError: hỏng trong cửa sổ" in open(log, encoding="utf-8").read()
