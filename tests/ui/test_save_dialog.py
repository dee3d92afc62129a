"""The save dialog and its overwrite question are Vietnamese; the proposed name says what the
file is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from tests.ui.conftest import id_of, press, shortcut, type_keys, when_modal


def test_the_save_dialog_speaks_vietnamese_and_asks_before_overwriting(
    qtbot, demo_window, tmp_path
):
    window = demo_window
    window.settings.export_dir = str(tmp_path)
    existing = tmp_path / "cu.pdf"
    existing.write_bytes(b"%PDF-1.4 an older notice")  # a PDF: overwriting it is asked
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    window.inspection_list.view.setFocus()
    seen: dict[str, object] = {}
    timers = []

    def overwrite(box):
        seen["question"] = box.text()
        seen["answers"] = sorted(b.text() for b in box.findChildren(QPushButton))
        yes = next(b for b in box.findChildren(QPushButton) if b.text() == "&Có")
        yes.setFocus()
        press(yes, Qt.Key.Key_Space)

    def dialog(save):
        labels = {w.objectName(): w.text() for w in save.findChildren(QLabel) if w.objectName()}
        seen["labels"] = labels
        seen["buttons"] = sorted(b.text() for b in save.findChildren(QPushButton))
        name = save.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text()
        name.selectAll()
        type_keys(name, existing.name)
        timers.append(when_modal(overwrite, QMessageBox))
        save_button = next(b for b in save.findChildren(QPushButton) if b.text() == "&Lưu")
        save_button.setFocus()  # Tab order of Qt's dialog; the name's completer may be open
        press(save_button, Qt.Key.Key_Space)

    timers.append(when_modal(dialog))
    with qtbot.waitSignal(window.exports.finished, timeout=20000):
        shortcut(window, "Ctrl+E")
    assert seen["name"] == "TB-54-TCT-2021-TP-Lang-Son.pdf"
    assert seen["labels"]["fileNameLabel"] == "&Tên tệp:"
    assert seen["labels"]["fileTypeLabel"] == "&Loại tệp:"
    assert seen["labels"]["lookInLabel"] == "&Thư mục:"
    assert "&Lưu" in seen["buttons"] and "Hủy" in seen["buttons"]
    assert seen["question"] == "Tệp cu.pdf đã có.\nGhi đè lên tệp đó bằng tệp mới?"
    assert seen["answers"] == ["&Có", "&Không"]
    assert existing.read_bytes().startswith(b"%PDF")
