"""Every QAction of the main window, created in one place from the ActionId enum.

An action gets its icon where the icon is first seen (show_icons): the toolbar's when the
window is built, a menu's when the menu first opens. Each icon is an SVG parsed once
(ui/icons.py); most of the menus' icons are never seen in a session.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.icons import icon


class ActionId(Enum):
    NEW = auto()
    NEW_FROM_PREVIOUS = auto()
    DUPLICATE = auto()
    DELETE = auto()
    TRASH = auto()
    IMPORT_TASKS = auto()
    SEND = auto()
    RECEIVE = auto()
    CONFLICTS = auto()
    EXPORT_NOTICE_PDF = auto()
    EXPORT_NOTICE_DOCX = auto()
    EXPORT_SELECTED_NOTICES = auto()
    EXPORT_TABLES = auto()
    EXPORT_SUMMARY = auto()
    BACKUP_NOW = auto()
    RESTORE_BACKUP = auto()
    BACKUP_FOLDER = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    SAVE = auto()
    FIND = auto()
    SEARCH = auto()
    DIRECTORY = auto()
    INSERT_PHRASE = auto()
    SAVE_PHRASE = auto()
    CAPTURE = auto()
    PREVIEW = auto()
    OPEN_PDF = auto()
    FONT_LARGER = auto()
    FONT_SMALLER = auto()
    FONT_RESET = auto()
    HELP = auto()
    ABOUT = auto()


# Actions that stay pressed while their mode is on.
CHECKABLE = {ActionId.CAPTURE, ActionId.PREVIEW}


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# The dynamic property holding the icon an action has not been given yet (show_icons).
_PENDING_ICON = "pendingIcon"

# (text, shortcuts, icon in resources/icons, status tip)
_SPECS = {
    ActionId.NEW: (
        QT_TRANSLATE_NOOP("actions", "&Mới"),
        ["Ctrl+N"],
        "file-plus",
        QT_TRANSLATE_NOOP("actions", "Tạo cuộc kiểm tra mới"),
    ),
    ActionId.NEW_FROM_PREVIOUS: (
        QT_TRANSLATE_NOOP("actions", "Mới từ &lần trước"),
        ["Ctrl+Shift+N"],
        "file-clock",
        QT_TRANSLATE_NOOP(
            "actions",
            "Tạo cuộc kiểm tra mới cho đơn vị của cuộc đang chọn, kế thừa thành phần, nơi nhận, "
            "chữ ký và các kiến nghị lần trước để theo dõi",
        ),
    ),
    ActionId.DUPLICATE: (
        QT_TRANSLATE_NOOP("actions", "&Nhân bản"),
        ["Ctrl+D"],
        "copy",
        QT_TRANSLATE_NOOP("actions", "Tạo bản sao của cuộc kiểm tra đang chọn (chưa ban hành)"),
    ),
    ActionId.DELETE: (
        QT_TRANSLATE_NOOP("actions", "&Xóa"),
        ["Del"],
        "trash-2",
        QT_TRANSLATE_NOOP("actions", "Chuyển cuộc kiểm tra đang chọn vào thùng rác"),
    ),
    ActionId.TRASH: (
        QT_TRANSLATE_NOOP("actions", "Thùng &rác…"),
        ["Ctrl+Shift+T"],
        "archive-restore",
        QT_TRANSLATE_NOOP("actions", "Xem, khôi phục hoặc dọn sạch những gì đã xóa"),
    ),
    ActionId.IMPORT_TASKS: (
        QT_TRANSLATE_NOOP("actions", "Nhập nhiệm vụ từ &Excel…"),
        [],
        "file-input",
        QT_TRANSLATE_NOOP(
            "actions",
            "Nhập danh mục nhiệm vụ được giao từ tệp Excel (.xlsx) hoặc CSV vào cuộc kiểm tra",
        ),
    ),
    ActionId.SEND: (
        QT_TRANSLATE_NOOP("actions", "&Gửi cho máy khác…"),
        [],
        "file-down",
        QT_TRANSLATE_NOOP(
            "actions", "Ghi các cuộc kiểm tra đã chọn vào một tệp để mang sang máy khác (USB)"
        ),
    ),
    ActionId.RECEIVE: (
        QT_TRANSLATE_NOOP("actions", "Nhận dữ liệu từ máy &khác…"),
        [],
        "file-input",
        QT_TRANSLATE_NOOP(
            "actions", "Gộp tệp gửi từ máy khác vào dữ liệu của máy này, không mất gì"
        ),
    ),
    ActionId.CONFLICTS: (
        QT_TRANSLATE_NOOP("actions", "Xung đột &chưa xử lý…"),
        [],
        "archive-restore",
        QT_TRANSLATE_NOOP("actions", "Xem và chọn lại những gì lần nhận dữ liệu trước chưa lấy"),
    ),
    ActionId.EXPORT_NOTICE_PDF: (
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo &PDF…"),
        ["Ctrl+E"],
        "file-down",
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo kết luận ra tệp PDF"),
    ),
    ActionId.EXPORT_NOTICE_DOCX: (
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo &DOCX…"),
        ["Ctrl+Shift+E"],
        "file-pen",
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo kết luận ra tệp Word (DOCX)"),
    ),
    ActionId.EXPORT_SELECTED_NOTICES: (
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo &các cuộc đã chọn…"),
        ["Ctrl+Alt+E"],
        "folder-down",
        QT_TRANSLATE_NOOP(
            "actions",
            "Xuất thông báo kết luận của mọi cuộc đang chọn trong danh sách vào một thư mục, "
            "mỗi cuộc một tệp (chọn nhiều cuộc: Shift hoặc Ctrl + bấm chuột, Shift + mũi tên)",
        ),
    ),
    ActionId.EXPORT_TABLES: (
        QT_TRANSLATE_NOOP("actions", "Xuất &bảng Excel…"),
        ["Ctrl+Shift+X"],
        "sheet",
        QT_TRANSLATE_NOOP("actions", "Xuất các bảng phụ lục của cuộc kiểm tra ra Excel"),
    ),
    ActionId.EXPORT_SUMMARY: (
        QT_TRANSLATE_NOOP("actions", "Xuất bảng &tổng hợp năm…"),
        [],
        "chart-column",
        QT_TRANSLATE_NOOP("actions", "Xuất bảng tổng hợp cả năm ra Excel"),
    ),
    ActionId.BACKUP_NOW: (
        QT_TRANSLATE_NOOP("actions", "&Sao lưu ngay"),
        [],
        "save",
        QT_TRANSLATE_NOOP(
            "actions", "Sao lưu cơ sở dữ liệu ngay bây giờ (bản sao được kiểm tra trước khi giữ)"
        ),
    ),
    ActionId.RESTORE_BACKUP: (
        QT_TRANSLATE_NOOP("actions", "&Khôi phục từ bản sao lưu…"),
        [],
        "history",
        QT_TRANSLATE_NOOP(
            "actions",
            "Thay dữ liệu hiện tại bằng một bản sao lưu (dữ liệu hiện tại được sao lưu trước)",
        ),
    ),
    ActionId.BACKUP_FOLDER: (
        QT_TRANSLATE_NOOP("actions", "Thư mục sao lưu thứ &hai…"),
        [],
        "external-link",
        QT_TRANSLATE_NOOP(
            "actions", "Chép thêm mỗi bản sao lưu vào một thư mục khác (ổ USB, thư mục mạng)"
        ),
    ),
    ActionId.QUIT: (
        QT_TRANSLATE_NOOP("actions", "&Thoát"),
        ["Ctrl+Q"],
        "log-out",
        QT_TRANSLATE_NOOP("actions", "Đóng"),
    ),
    ActionId.UNDO: (
        QT_TRANSLATE_NOOP("actions", "&Hoàn tác"),
        ["Ctrl+Z"],
        "undo-2",
        QT_TRANSLATE_NOOP("actions", "Hoàn tác thay đổi vừa làm"),
    ),
    ActionId.REDO: (
        QT_TRANSLATE_NOOP("actions", "&Làm lại"),
        ["Ctrl+Y", "Ctrl+Shift+Z"],
        "redo-2",
        QT_TRANSLATE_NOOP("actions", "Làm lại thay đổi vừa hoàn tác"),
    ),
    ActionId.SAVE: (
        QT_TRANSLATE_NOOP("actions", "&Lưu"),
        ["Ctrl+S"],
        "save",
        QT_TRANSLATE_NOOP("actions", "Lưu ngay (mọi thay đổi vẫn được tự động lưu)"),
    ),
    ActionId.FIND: (
        QT_TRANSLATE_NOOP("actions", "&Tìm trong danh sách"),
        ["Ctrl+F"],
        "search",
        QT_TRANSLATE_NOOP(
            "actions", "Tìm cuộc kiểm tra theo đơn vị, số thông báo (không cần gõ dấu)"
        ),
    ),
    ActionId.SEARCH: (
        QT_TRANSLATE_NOOP("actions", "Tìm trong mọi &nội dung…"),
        ["Ctrl+Shift+F"],
        "text-search",
        QT_TRANSLATE_NOOP(
            "actions",
            "Tìm trong mọi cuộc kiểm tra: hạn chế, kiến nghị, nhiệm vụ, chỉ tiêu, thành phần, "
            "thông báo, thư viện câu chữ (không cần gõ dấu)",
        ),
    ),
    ActionId.DIRECTORY: (
        QT_TRANSLATE_NOOP("actions", "&Danh mục…"),
        ["Ctrl+Shift+M"],
        "book-user",
        QT_TRANSLATE_NOOP("actions", "Thông tin cơ quan, đơn vị, Tổ công tác và thành viên"),
    ),
    ActionId.INSERT_PHRASE: (
        QT_TRANSLATE_NOOP("actions", "&Chèn từ thư viện…"),
        ["Ctrl+L"],
        "quote",
        QT_TRANSLATE_NOOP("actions", "Chèn một câu hạn chế hoặc kiến nghị có sẵn trong thư viện"),
    ),
    ActionId.SAVE_PHRASE: (
        QT_TRANSLATE_NOOP("actions", "Lưu &vào thư viện…"),
        ["Ctrl+Shift+L"],
        "bookmark-plus",
        QT_TRANSLATE_NOOP("actions", "Lưu nội dung mục đang gõ vào thư viện câu chữ"),
    ),
    ActionId.CAPTURE: (
        QT_TRANSLATE_NOOP("actions", "&Ghi nhanh"),
        ["F11", "Ctrl+Shift+C"],
        "keyboard",
        QT_TRANSLATE_NOOP(
            "actions", "Chế độ ghi nhanh trong buổi làm việc: chỉ gõ, không cần chuột"
        ),
    ),
    ActionId.PREVIEW: (
        QT_TRANSLATE_NOOP("actions", "&Xem trước"),
        ["Ctrl+Shift+P"],
        "panel-right",
        QT_TRANSLATE_NOOP("actions", "Hiện thông báo như khi in, cập nhật theo từng chữ gõ"),
    ),
    ActionId.OPEN_PDF: (
        QT_TRANSLATE_NOOP("actions", "Mở bản &PDF"),
        ["Ctrl+Shift+O"],
        "external-link",
        QT_TRANSLATE_NOOP("actions", "Tạo bản PDF của thông báo đang soạn và mở để xem"),
    ),
    ActionId.FONT_LARGER: (
        QT_TRANSLATE_NOOP("actions", "Chữ &to hơn"),
        ["Ctrl+=", "Ctrl++"],
        "zoom-in",
        QT_TRANSLATE_NOOP("actions", "Chữ to hơn trong toàn bộ cửa sổ (khi trình chiếu)"),
    ),
    ActionId.FONT_SMALLER: (
        QT_TRANSLATE_NOOP("actions", "Chữ &nhỏ hơn"),
        ["Ctrl+-"],
        "zoom-out",
        QT_TRANSLATE_NOOP("actions", "Chữ nhỏ hơn trong toàn bộ cửa sổ"),
    ),
    ActionId.FONT_RESET: (
        QT_TRANSLATE_NOOP("actions", "Cỡ chữ &bình thường"),
        ["Ctrl+0"],
        "a-large-small",
        QT_TRANSLATE_NOOP("actions", "Trở lại cỡ chữ bình thường"),
    ),
    ActionId.HELP: (
        QT_TRANSLATE_NOOP("actions", "&Hướng dẫn"),
        ["F1"],
        "circle-help",
        QT_TRANSLATE_NOOP("actions", "Các phím tắt và trình tự công việc trong ngày"),
    ),
    ActionId.ABOUT: (
        QT_TRANSLATE_NOOP("actions", "&Giới thiệu"),
        [],
        "info",
        QT_TRANSLATE_NOOP("actions", "Phiên bản và giấy phép của chương trình"),
    ),
}


def shortcut_keys(action_id: ActionId) -> list[QKeySequence]:
    """The keys of an action, written out: the same on every desktop. (Qt's standard keys differ
    by desktop: on KDE and GNOME "Delete" also means Ctrl+D, which is Nhân bản here.)"""
    return [QKeySequence(key) for key in _SPECS[action_id][1]]


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    """All actions, with Vietnamese text, shortcuts shown in menus and in tooltips; their
    icons come with show_icons."""
    actions = {}
    for action_id, (text, _keys, icon_name, tip) in _SPECS.items():
        action = QAction(_t(text), parent)
        action.setProperty(_PENDING_ICON, icon_name)
        action.setShortcuts(shortcut_keys(action_id))
        action.setStatusTip(_t(tip))
        action.setCheckable(action_id in CHECKABLE)
        plain = action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        actions[action_id] = action
    return actions


def show_icons(actions: Iterable[QAction]) -> None:
    """Give *actions* their icons, those that have none yet (a later call costs nothing)."""
    for action in actions:
        name = action.property(_PENDING_ICON)
        if name:
            action.setIcon(icon(name))
            action.setProperty(_PENDING_ICON, None)
