"""Message boxes with Vietnamese buttons (Qt has no Vietnamese translation of its own)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("messages", "Đồng ý"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("messages", "Hủy"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("messages", "Đóng"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("messages", "Lưu"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("messages", "Có"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("messages", "Không"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def translate_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give a dialog button box's standard buttons their Vietnamese text."""
    for which, text in _BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(_t(text))
    return box


def accept_buttons(dialog: QDialog, accept: str, cancel: str) -> QDialogButtonBox:
    """The dialog's two buttons, *accept* (the default) and *cancel* (also Esc), wired to its
    accept() and reject()."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(accept)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def show_error(parent: QWidget, message: str, title: str = "") -> QMessageBox:
    """An error box that does not block (window-modal, closed with «Đóng»)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title or _t("Có lỗi"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(_t("Đóng"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("error_box")
    box.open()
    return box
