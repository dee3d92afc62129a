"""Opening a written file in the user's own program, and saying so when there is none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs.messages import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("opener", text)


def open_or_offer_folder(parent: QWidget, path: Path) -> bool:
    """Open *path* with the system's viewer; without one, say so and offer its folder (the
    box is named "no_viewer_box")."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    folder = path.parent
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Chưa mở được tệp"),
        _tr(
            "Máy này chưa có chương trình xem tệp PDF, nên chưa mở được «{0}».\n"
            "Tệp đã được ghi trong thư mục:\n{1}"
        ).format(path.name, folder),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("no_viewer_box")
    box.button(QMessageBox.StandardButton.Open).setText(_tr("Mở thư mục"))
    box.button(QMessageBox.StandardButton.Close).setText(_tr("Đóng"))
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Open:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            show_error(
                parent, _tr("Không mở được thư mục. Đường dẫn của tệp là:\n{0}").format(path)
            )

    box.buttonClicked.connect(answered)
    box.open()  # window-modal, not blocking: this runs when a background export has finished
    return False
