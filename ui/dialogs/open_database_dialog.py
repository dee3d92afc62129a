"""When the database cannot be opened at start-up: say why, in Vietnamese, and offer the ways
out (another file, a new database; restoring a backup once the backup work provides it)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    OPEN_OTHER = "open_other"
    CREATE_NEW = "create_new"
    RESTORE = "restore"
    QUIT = "quit"


def ask_what_to_do(
    message: str, missing: bool, can_restore: bool, parent: QWidget | None = None
) -> Choice:
    """Show *message* with the choices; Esc (or closing) quits.

    *missing*: the file does not exist, so «Tạo cơ sở dữ liệu mới» creates it where it was
    expected. *can_restore*: a backup to restore exists (issue 15 provides them).
    """
    box = QMessageBox(QMessageBox.Icon.Warning, box_title(), message, parent=parent)
    box.setObjectName("open_database")
    box.setInformativeText(
        box.tr("Tệp này không bị thay đổi. Chọn cách tiếp tục:")
        if not missing
        else box.tr("Có thể tạo cơ sở dữ liệu mới tại đó, hoặc mở một tệp khác.")
    )
    buttons = {}
    if can_restore:
        buttons[Choice.RESTORE] = box.addButton(
            box.tr("Khôi phục từ bản sao lưu…"), QMessageBox.ButtonRole.AcceptRole
        )
    buttons[Choice.OPEN_OTHER] = box.addButton(
        box.tr("Mở tệp khác…"), QMessageBox.ButtonRole.AcceptRole
    )
    buttons[Choice.CREATE_NEW] = box.addButton(
        box.tr("Tạo cơ sở dữ liệu mới") if missing else box.tr("Tạo cơ sở dữ liệu mới…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    buttons[Choice.QUIT] = box.addButton(box.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[Choice.CREATE_NEW if missing else Choice.OPEN_OTHER])
    box.setEscapeButton(buttons[Choice.QUIT])
    box.exec()
    clicked = box.clickedButton()
    return next((c for c, b in buttons.items() if b is clicked), Choice.QUIT)


def box_title() -> str:
    return "Tổ công tác"
