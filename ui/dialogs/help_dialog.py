"""Trợ giúp: "Hướng dẫn" (the day's flow and every shortcut) and "Giới thiệu"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.actions import ActionId
from ui.dialogs.messages import translate_buttons


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


DAY = (
    "Trước buổi làm việc: <b>Mới</b> (Ctrl+N) hoặc <b>Mới từ lần trước</b> (Ctrl+Shift+N); "
    "trang 1 <b>Thông tin chung</b>: đơn vị, ngày, căn cứ, phạm vi.",
    "Trang 2 <b>Thành phần</b>: <b>Thêm thành viên Tổ công tác</b>, rồi dán (Ctrl+V) hoặc "
    "thêm (Ctrl+Insert) người của đơn vị.",
    "Trang 3 <b>Nhiệm vụ</b>: sao chép danh mục nhiệm vụ trong Excel rồi dán (Ctrl+V); "
    "trang 4 <b>Chỉ tiêu</b>.",
    "Trong buổi làm việc: <b>Ghi nhanh</b> (F11): gõ hạn chế, kiến nghị, đề xuất; "
    "Enter mở mục mới; Esc trở lại.",
    "Sau buổi làm việc: <b>Xem trước</b> (Ctrl+Shift+P), rồi xuất PDF (Ctrl+E), DOCX "
    "(Ctrl+Shift+E) và bảng Excel (Ctrl+Shift+X).",
    "Trang 9 <b>Ban hành</b>: số, ngày ban hành, nơi nhận, người ký; <b>Ban hành thông báo</b>.",
    "Mọi thay đổi được tự động lưu trong vòng một giây; Ctrl+Z hoàn tác, Ctrl+Y làm lại.",
)
MORE_KEYS = (
    ("Alt+1 … Alt+9", "Chuyển đến trang 1 … 9 của cuộc kiểm tra (từ bất kỳ đâu trong cửa sổ)"),
    ("Tab / Shift+Tab", "Sang ô nhập sau / trước (ra khỏi bảng cũng vậy)"),
    ("Ctrl+Insert / Ctrl+Delete", "Thêm dòng / xóa dòng trong bảng hoặc danh sách"),
    ("Ctrl+↑ / Ctrl+↓", "Đưa dòng đang chọn lên / xuống"),
    ("Ctrl+V", "Dán từ Excel vào Nhiệm vụ, dán danh sách người vào Thành phần"),
    (
        "Shift+↑ / Shift+↓, Ctrl+A, Ctrl+bấm chuột",
        "Chọn nhiều cuộc trong danh sách (để xuất thông báo các cuộc đã chọn: Ctrl+Alt+E)",
    ),
    ("F2", "Sửa ô hoặc dòng đang chọn"),
    ("Enter / Shift+Enter", "Khi ghi nhanh: mục mới / xuống dòng trong mục"),
    ("Alt+↑ / Alt+↓", "Khi ghi nhanh: sang mục trước / sau"),
    ("Esc", "Thoát ghi nhanh"),
)


def help_html(actions: dict[ActionId, QAction]) -> str:
    """The page of the Hướng dẫn dialog, its shortcut table read from the actions themselves."""
    rows = []
    for action in actions.values():
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    rows += [(_tr(keys), _tr(text)) for keys, text in MORE_KEYS]
    table = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>"
        for k, t in rows
    )
    steps = "".join(f"<li style='margin-bottom:4px'>{_tr(step)}</li>" for step in DAY)
    return (
        f"<h2>{_tr('Một ngày làm việc')}</h2><ol>{steps}</ol>"
        f"<h2>{_tr('Phím tắt')}</h2><table>{table}</table>"
    )


class HelpDialog(QDialog):
    def __init__(self, actions: dict[ActionId, QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("Hướng dẫn — Tổ công tác"))
        self.resize(720, 600)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(help_html(actions))
        buttons = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> QMessageBox:
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("tocongtac")
    except PackageNotFoundError:
        number = ""
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(_tr("Giới thiệu"))
    box.setText(
        _tr(
            "<b>Tổ công tác</b> {0}<br>Chuẩn bị cuộc kiểm tra, ghi kết luận trong buổi làm việc "
            "và ban hành thông báo kết luận đúng thể thức Nghị định 30/2020/NĐ-CP."
            "<br><br>Phông chữ Liberation Serif (giấy phép SIL OFL); biểu tượng Lucide "
            "(giấy phép ISC)."
        ).format(escape(number))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(_tr("Đóng"))
    box.open()
    return box
