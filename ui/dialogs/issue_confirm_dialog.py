"""«Ban hành thông báo» asks once, showing what will be issued: number, date and signer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import dto
from app.domain.dates import inline_date
from app.domain.numbers import number_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("issue_confirm", text)


def signer_text(notice: dto.NoticeData) -> str:
    """The signature block on one line: "TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN
    PHÒNG Dương Văn Chiền" (a comma between the block's lines, as they would run together)."""
    block = ", ".join(p for p in [*notice.authority_lines, notice.signer_capacity] if p)
    text = " ".join(p for p in (block, notice.signer_name) if p)
    return text or _tr("(chưa ghi người ký)")


def issue_question(notice: dto.NoticeData, number: int, date: dt.date) -> QMessageBox:
    """The confirmation box (not shown): «Ban hành» is the default, Esc cancels."""
    line = number_line(str(number), notice.doc_type, notice.issuer_code).removeprefix("Số: ")
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Ban hành thông báo"), "")
    box.setObjectName("issue_confirm")
    box.setText(_tr("Ban hành thông báo số {0} ngày {1}?").format(line, inline_date(date)))
    box.setInformativeText(
        _tr(
            "Người ký: {0}.\nSau khi ban hành, thông báo chỉ sửa được qua «Sửa đổi văn bản đã "
            "ban hành» (có ghi lý do)."
        ).format(signer_text(notice))
    )
    issue = box.addButton(_tr("Ban hành"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(issue)
    box.setEscapeButton(cancel)
    return box


def confirm_issue(parent: QWidget, notice: dto.NoticeData, number: int, date: dt.date) -> bool:
    box = issue_question(notice, number, date)
    box.setParent(parent, box.windowFlags())
    box.exec()
    return box.clickedButton() is box.defaultButton()
