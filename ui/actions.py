"""Every QAction of the main window, created in one place from the ActionId enum."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

StandardKey = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


class ActionId(Enum):
    NEW = auto()
    DUPLICATE = auto()
    DELETE = auto()
    EXPORT_NOTICE_PDF = auto()
    EXPORT_NOTICE_DOCX = auto()
    EXPORT_TABLES = auto()
    EXPORT_SUMMARY = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    SAVE = auto()
    FIND = auto()
    DIRECTORY = auto()


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# (text, shortcuts, theme icon, fallback standard icon, status tip)
_SPECS = {
    ActionId.NEW: (
        QT_TRANSLATE_NOOP("actions", "&Mới"),
        [StandardKey.New],
        "document-new",
        SP.SP_FileIcon,
        QT_TRANSLATE_NOOP("actions", "Tạo cuộc kiểm tra mới"),
    ),
    ActionId.DUPLICATE: (
        QT_TRANSLATE_NOOP("actions", "&Nhân bản"),
        ["Ctrl+D"],
        "edit-copy",
        SP.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("actions", "Tạo bản sao của cuộc kiểm tra đang chọn (chưa ban hành)"),
    ),
    ActionId.DELETE: (
        QT_TRANSLATE_NOOP("actions", "&Xóa"),
        [StandardKey.Delete],
        "edit-delete",
        SP.SP_TrashIcon,
        QT_TRANSLATE_NOOP("actions", "Chuyển cuộc kiểm tra đang chọn vào thùng rác"),
    ),
    ActionId.EXPORT_NOTICE_PDF: (
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo &PDF…"),
        ["Ctrl+E"],
        "document-export",
        SP.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo kết luận ra tệp PDF"),
    ),
    ActionId.EXPORT_NOTICE_DOCX: (
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo &DOCX…"),
        ["Ctrl+Shift+E"],
        "x-office-document",
        SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("actions", "Xuất thông báo kết luận ra tệp Word (DOCX)"),
    ),
    ActionId.EXPORT_TABLES: (
        QT_TRANSLATE_NOOP("actions", "Xuất &bảng Excel…"),
        ["Ctrl+Shift+X"],
        "x-office-spreadsheet",
        SP.SP_FileDialogListView,
        QT_TRANSLATE_NOOP("actions", "Xuất các bảng phụ lục của cuộc kiểm tra ra Excel"),
    ),
    ActionId.EXPORT_SUMMARY: (
        QT_TRANSLATE_NOOP("actions", "Xuất bảng &tổng hợp năm…"),
        [],
        "x-office-spreadsheet",
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("actions", "Xuất bảng tổng hợp cả năm ra Excel"),
    ),
    ActionId.QUIT: (
        QT_TRANSLATE_NOOP("actions", "&Thoát"),
        [StandardKey.Quit, "Ctrl+Q"],
        "application-exit",
        None,
        QT_TRANSLATE_NOOP("actions", "Đóng"),
    ),
    ActionId.UNDO: (
        QT_TRANSLATE_NOOP("actions", "&Hoàn tác"),
        [StandardKey.Undo],
        "edit-undo",
        SP.SP_ArrowBack,
        QT_TRANSLATE_NOOP("actions", "Hoàn tác thay đổi vừa làm"),
    ),
    ActionId.REDO: (
        QT_TRANSLATE_NOOP("actions", "&Làm lại"),
        ["Ctrl+Y", "Ctrl+Shift+Z"],
        "edit-redo",
        SP.SP_ArrowForward,
        QT_TRANSLATE_NOOP("actions", "Làm lại thay đổi vừa hoàn tác"),
    ),
    ActionId.SAVE: (
        QT_TRANSLATE_NOOP("actions", "&Lưu"),
        [StandardKey.Save],
        "document-save",
        SP.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("actions", "Lưu ngay (mọi thay đổi vẫn được tự động lưu)"),
    ),
    ActionId.FIND: (
        QT_TRANSLATE_NOOP("actions", "&Tìm trong danh sách"),
        [StandardKey.Find],
        "edit-find",
        None,
        QT_TRANSLATE_NOOP(
            "actions", "Tìm cuộc kiểm tra theo đơn vị, số thông báo (không cần gõ dấu)"
        ),
    ),
    ActionId.DIRECTORY: (
        QT_TRANSLATE_NOOP("actions", "&Danh mục…"),
        ["Ctrl+Shift+M"],
        "x-office-address-book",
        SP.SP_DirHomeIcon,
        QT_TRANSLATE_NOOP("actions", "Thông tin cơ quan, đơn vị, Tổ công tác và thành viên"),
    ),
}


def _shortcuts(specs) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for spec in specs:
        if isinstance(spec, StandardKey):
            keys.extend(QKeySequence.keyBindings(spec))
        else:
            keys.append(QKeySequence(spec))
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    """All actions, with Vietnamese text, shortcuts shown in menus and in tooltips."""
    style = QApplication.style()
    actions = {}
    for action_id, (text, keys, theme, fallback, tip) in _SPECS.items():
        icon = QIcon.fromTheme(theme)
        if icon.isNull() and fallback is not None:
            icon = style.standardIcon(fallback)
        action = QAction(icon, _t(text), parent)
        action.setShortcuts(_shortcuts(keys))
        action.setStatusTip(_t(tip))
        plain = action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        actions[action_id] = action
    return actions
