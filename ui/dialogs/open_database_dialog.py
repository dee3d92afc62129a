"""When the database cannot be opened at start-up: say why, in Vietnamese, and offer the ways
out (the newest good backup, saying what would be lost; another file; a new database)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.backups import BackupInfo


class Choice(Enum):
    OPEN_OTHER = "open_other"
    CREATE_NEW = "create_new"
    RESTORE = "restore"
    QUIT = "quit"


@dataclass(frozen=True)
class Offer:
    """The newest good backup of the refused file, and where that file would be kept."""

    backup: BackupInfo
    aside: Path | None  # None: there is no file to keep (it is missing)


def ask_what_to_do(
    message: str, missing: bool, offer: Offer | None = None, parent: QWidget | None = None
) -> Choice:
    """Show *message* with the choices; Esc (or closing) quits.

    *missing*: the file does not exist, so «Tạo cơ sở dữ liệu mới» creates it where it was
    expected. *offer*: a backup that can take the file's place (the default choice then).
    """
    box = QMessageBox(QMessageBox.Icon.Warning, box_title(), message, parent=parent)
    box.setObjectName("open_database")
    if offer is not None:
        box.setInformativeText(offer_text(box, offer))
    else:
        box.setInformativeText(
            box.tr("Tệp này không bị thay đổi. Chọn cách tiếp tục:")
            if not missing
            else box.tr("Có thể tạo cơ sở dữ liệu mới tại đó, hoặc mở một tệp khác.")
        )
    buttons = {}
    if offer is not None:
        buttons[Choice.RESTORE] = box.addButton(
            box.tr("Khôi phục bản sao lưu"), QMessageBox.ButtonRole.AcceptRole
        )
    buttons[Choice.OPEN_OTHER] = box.addButton(
        box.tr("Mở tệp khác…"), QMessageBox.ButtonRole.AcceptRole
    )
    buttons[Choice.CREATE_NEW] = box.addButton(
        box.tr("Tạo cơ sở dữ liệu mới") if missing else box.tr("Tạo cơ sở dữ liệu mới…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    buttons[Choice.QUIT] = box.addButton(box.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    default = Choice.CREATE_NEW if missing else Choice.OPEN_OTHER
    box.setDefaultButton(buttons[Choice.RESTORE if offer is not None else default])
    box.setEscapeButton(buttons[Choice.QUIT])
    box.exec()
    clicked = box.clickedButton()
    return next((c for c, b in buttons.items() if b is clicked), Choice.QUIT)


def offer_text(box: QMessageBox, offer: Offer) -> str:
    backup = offer.backup
    when = backup.created.strftime("%d/%m/%Y lúc %H:%M")
    found = box.tr("Có bản sao lưu tốt mới nhất ngày {0} ({1} cuộc kiểm tra, {2}).").format(
        when, backup.inspections, backup.size_text.replace(" ", "\u00a0")
    )
    lost = box.tr("Nếu khôi phục bản này, những gì ghi sau {0} sẽ không có trong dữ liệu").format(
        when
    )
    if offer.aside is None:
        return f"{found}\n{lost}."
    kept = box.tr("tệp hỏng được giữ nguyên bên cạnh, với tên «{0}».").format(offer.aside.name)
    return f"{found}\n{lost}; {kept}"


def box_title() -> str:
    return "Tổ công tác"
