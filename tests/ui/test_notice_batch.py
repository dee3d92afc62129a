"""Tệp → Xuất thông báo các cuộc đã chọn… (issue 16.3): several inspections selected in the list
with the keyboard, a folder and a format chosen, one notice each under the name the save dialog
proposes, a progress dialog whose «Hủy» stops after the file being written."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from app.notice.builder import NO_NOTICE
from tests.ui.conftest import answer_dialog, press, shortcut, type_keys, when_modal
from ui.actions import ActionId
from ui.background import wait_for_background
from ui.models.inspection_table_model import COL_UNIT

A = ActionId


def _click_row(qtbot, window, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = window.inspection_list.view
    rect = view.visualRect(view.model().index(row, COL_UNIT))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    qtbot.waitUntil(view.hasFocus)


def _choose_folder_and_format(window, folder, format_downs: int = 0) -> list:
    """Answer the folder dialog (opened on *folder*'s parent: its name typed, «Chọn») and the
    format question (Down *format_downs* times from PDF, Enter); returns the timers."""
    window.settings.export_dir = str(folder.parent)

    def folder_dialog(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.windowTitle() == "Chọn thư mục để lưu các thông báo"
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        name.selectAll()
        type_keys(name, folder.name)
        choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Chọn")
        choose.setFocus()  # the name's completer may be open and keep the Enter key
        press(choose, Qt.Key.Key_Space)

    def format_dialog(dialog: QInputDialog) -> None:
        inside = dialog.focusWidget() or dialog
        for _ in range(format_downs):
            press(inside, Qt.Key.Key_Down)
        press(inside, Qt.Key.Key_Return)

    return [when_modal(folder_dialog, QFileDialog), when_modal(format_dialog, QInputDialog)]


def _select_three_from_the_top(qtbot, window) -> list[int]:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _click_row(qtbot, window, 0)
    view = window.inspection_list.view
    press(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    return window.inspection_list.selected_ids()


def test_three_selected_with_the_keyboard_are_exported(qtbot, demo_window, tmp_path):
    window = demo_window
    rows = {r.id: r for r in window.services.inspections.list_rows()}
    newest = sorted(rows, key=lambda i: rows[i].date, reverse=True)[:3]
    assert not window.actions[A.EXPORT_SELECTED_NOTICES].isEnabled()
    chosen = _select_three_from_the_top(qtbot, window)
    assert chosen == newest
    # the editor still follows the current row (the last one the arrow reached)
    assert window.inspection_list.current_id() == newest[-1]
    assert window.editor.draft.id == newest[-1]
    action = window.actions[A.EXPORT_SELECTED_NOTICES]
    assert action.isEnabled() and action in window.inspection_list.context_menu.actions()
    assert action in window.menuBar().actions()[0].menu().actions()

    folder = tmp_path / "thong-bao"
    folder.mkdir()
    timers = _choose_folder_and_format(window, folder)
    with qtbot.waitSignal(window.notice_batch.finished, timeout=30000) as done:
        shortcut(window, "Ctrl+Alt+E")
    report = done.args[0]
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)  # «Đóng», the default button
    qtbot.waitUntil(lambda: bool(seen))
    del timers
    wait_for_background()

    names = [window.exports.suggested_name("notice-pdf", window.services.inspections.get(i))
             for i in newest]  # fmt: skip
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert all((folder / n).read_bytes().startswith(b"%PDF-") for n in names)
    assert report.written == [folder / n for n in names] and not report.skipped
    assert seen[0].startswith(f"Đã xuất 3 tệp vào thư mục «{folder}».")
    assert window.settings.export_dir == str(folder)
    assert window.settings.notice_formats == "pdf"


def test_a_supervision_among_them_is_skipped_and_said(qtbot, demo_window, tmp_path):
    window = demo_window
    services = window.services
    supervision = services.inspections.create(
        services.inspections.new(kind="giam_sat", unit_name="UBND huyện Khe Đá", year=2024)
    )
    window.refresh()
    view = window.inspection_list.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Ctrl+click adds rows one by one; the supervision has no date, so it is listed last
    last = view.model().rowCount() - 1
    _click_row(qtbot, window, 0)
    _click_row(qtbot, window, last, Qt.KeyboardModifier.ControlModifier)
    chosen = window.inspection_list.selected_ids()
    assert len(chosen) == 2 and supervision in chosen

    folder = tmp_path / "thong-bao"
    folder.mkdir()
    timers = _choose_folder_and_format(window, folder, format_downs=2)  # PDF và Word (DOCX)
    with qtbot.waitSignal(window.notice_batch.finished, timeout=30000) as done:
        window.actions[A.EXPORT_SELECTED_NOTICES].trigger()
    report = done.args[0]
    box = window.findChild(QMessageBox, "notice_batch_report")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Đã xuất 2 tệp" in box.text()
    assert box.informativeText() == (
        f"Bỏ qua 1 cuộc:\n• Buổi giám sát UBND huyện Khe Đá (mã số {supervision}): {NO_NOTICE}"
    )
    answer_dialog(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notice_batch_report") is None)
    del timers
    other = next(i for i in chosen if i != supervision)
    stem = window.exports.suggested_name("notice-pdf", services.inspections.get(other))[:-4]
    assert sorted(p.name for p in folder.iterdir()) == [f"{stem}.docx", f"{stem}.pdf"]
    assert [s.inspection_id for s in report.skipped] == [supervision]
    assert window.settings.notice_formats == "pdf,docx"


def test_cancel_stops_after_the_current_file_and_keeps_it(
    qtbot, demo_window, tmp_path, monkeypatch
):
    from app.exporters import notice_pdf

    window = demo_window
    # The first PDF is held until «Hủy» has been clicked: the cancel lands during a file.
    release, real = threading.Event(), notice_pdf.write_notice_pdf

    def held(document, path):
        release.wait(20)
        real(document, path)

    monkeypatch.setattr(notice_pdf, "write_notice_pdf", held)
    chosen = _select_three_from_the_top(qtbot, window)
    assert len(chosen) == 3
    seen_progress: list[str] = []

    def cancel(dialog: QProgressDialog) -> None:
        seen_progress.append(dialog.labelText())
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hủy")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        release.set()

    folder = tmp_path / "thong-bao"
    folder.mkdir()
    timers = [*_choose_folder_and_format(window, folder), when_modal(cancel, QProgressDialog)]
    with qtbot.waitSignal(window.notice_batch.finished, timeout=30000) as done:
        window.actions[A.EXPORT_SELECTED_NOTICES].trigger()
    report = done.args[0]
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)
    qtbot.waitUntil(lambda: bool(seen))
    del timers
    wait_for_background()

    newest = window.services.inspections.get(chosen[0])
    assert seen_progress == [
        f"Đang xuất 1 / 3:\ncuộc kiểm tra {newest.unit_name} ngày {newest.date:%d/%m/%Y}"
        f" (mã số {chosen[0]})"
    ]
    assert report.cancelled and not report.skipped
    first = window.exports.suggested_name("notice-pdf", window.services.inspections.get(chosen[0]))
    assert [p.name for p in folder.iterdir()] == [first]  # the whole file, nothing else
    assert report.written == [folder / first]
    assert (folder / first).read_bytes().rstrip().endswith(b"%%EOF")
    assert seen[0] == (
        f"Đã xuất 1 tệp vào thư mục «{folder}».\n"
        "Đã dừng theo yêu cầu: 2 cuộc chưa xuất; các tệp đã xuất vẫn giữ nguyên.\n"
    )
    assert window.notice_batch.batch is None  # a new batch can start


def test_ctrl_a_selects_every_listed_inspection(qtbot, demo_window):
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _click_row(qtbot, window, 1)
    opened = window.editor.draft.id
    shortcut(window, "Ctrl+A")
    listed = window.inspection_list.view.model().rowCount()
    assert len(window.inspection_list.selected_ids()) == listed == 5
    assert window.editor.draft.id == opened  # the open inspection stays open
