"""Builds the QApplication, opens the database and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from app.database import open_database
from app.paths import default_db_path
from app.services.bundle import Services
from ui.background import wait_for_background
from ui.fonts import ensure_vietnamese_font
from ui.main_window import MainWindow
from ui.settings import UiSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def run_gui(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Tổ công tác")
    app.setOrganizationName("tocongtac")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ensure_vietnamese_font(app)
    path = db_path or default_db_path()
    try:
        db = open_database(path)
    except Exception as error:  # noqa: BLE001 - shown to the user, then exit
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("Tổ công tác"), "")
        box.setText(_tr("Không mở được cơ sở dữ liệu {0}:\n{1}").format(path, error))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(_tr("Đóng"))
        box.exec()
        return 1
    window = MainWindow(Services(db), UiSettings())
    app.aboutToQuit.connect(window.flush)
    window.show()
    code = app.exec()
    wait_for_background()
    db.close()
    return code
