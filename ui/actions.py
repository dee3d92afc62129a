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
    NEW_FROM_PREVIOUS = auto()
    DUPLICATE = auto()
    DELETE = auto()
    TRASH = auto()
    IMPORT_TASKS = auto()
    EXPORT_NOTICE_PDF = auto()
    EXPORT_NOTICE_DOCX = auto()
    EXPORT_TABLES = auto()
    EXPORT_SUMMARY = auto()
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


# Actions that stay pressed while their mode is on.
CHECKABLE = {ActionId.CAPTURE, ActionId.PREVIEW}


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
    ActionId.NEW_FROM_PREVIOUS: (
        QT_TRANSLATE_NOOP("actions", "Mới từ &lần trước"),
        ["Ctrl+Shift+N"],
        "document-new",
        SP.SP_FileLinkIcon,
        QT_TRANSLATE_NOOP(
            "actions",
            "Tạo cuộc kiểm tra mới cho đơn vị của cuộc đang chọn, kế thừa thành phần, nơi nhận, "
            "chữ ký và các kiến nghị lần trước để theo dõi",
        ),
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
    ActionId.TRASH: (
        QT_TRANSLATE_NOOP("actions", "Thùng &rác…"),
        ["Ctrl+Shift+T"],
        "user-trash",
        SP.SP_TrashIcon,
        QT_TRANSLATE_NOOP("actions", "Xem, khôi phục hoặc dọn sạch những gì đã xóa"),
    ),
    ActionId.IMPORT_TASKS: (
        QT_TRANSLATE_NOOP("actions", "Nhập nhiệm vụ từ &Excel…"),
        [],
        "document-import",
        SP.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP(
            "actions",
            "Nhập danh mục nhiệm vụ được giao từ tệp Excel (.xlsx) hoặc CSV vào cuộc kiểm tra",
        ),
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
    ActionId.SEARCH: (
        QT_TRANSLATE_NOOP("actions", "Tìm trong mọi &nội dung…"),
        ["Ctrl+Shift+F"],
        "system-search",
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP(
            "actions",
            "Tìm trong mọi cuộc kiểm tra: hạn chế, kiến nghị, nhiệm vụ, chỉ tiêu, thành phần, "
            "thông báo, thư viện câu chữ (không cần gõ dấu)",
        ),
    ),
    ActionId.DIRECTORY: (
        QT_TRANSLATE_NOOP("actions", "&Danh mục…"),
        ["Ctrl+Shift+M"],
        "x-office-address-book",
        SP.SP_DirHomeIcon,
        QT_TRANSLATE_NOOP("actions", "Thông tin cơ quan, đơn vị, Tổ công tác và thành viên"),
    ),
    ActionId.INSERT_PHRASE: (
        QT_TRANSLATE_NOOP("actions", "&Chèn từ thư viện…"),
        ["Ctrl+L"],
        "insert-text",
        None,
        QT_TRANSLATE_NOOP("actions", "Chèn một câu hạn chế hoặc kiến nghị có sẵn trong thư viện"),
    ),
    ActionId.SAVE_PHRASE: (
        QT_TRANSLATE_NOOP("actions", "Lưu &vào thư viện…"),
        ["Ctrl+Shift+L"],
        "bookmark-new",
        None,
        QT_TRANSLATE_NOOP("actions", "Lưu nội dung mục đang gõ vào thư viện câu chữ"),
    ),
    ActionId.CAPTURE: (
        QT_TRANSLATE_NOOP("actions", "&Ghi nhanh"),
        ["F11", "Ctrl+Shift+C"],
        "accessories-text-editor",
        SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP(
            "actions", "Chế độ ghi nhanh trong buổi làm việc: chỉ gõ, không cần chuột"
        ),
    ),
    ActionId.PREVIEW: (
        QT_TRANSLATE_NOOP("actions", "&Xem trước"),
        ["Ctrl+Shift+P"],
        "document-print-preview",
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("actions", "Hiện thông báo như khi in, cập nhật theo từng chữ gõ"),
    ),
    ActionId.OPEN_PDF: (
        QT_TRANSLATE_NOOP("actions", "Mở bản &PDF"),
        ["Ctrl+Shift+O"],
        "application-pdf",
        None,
        QT_TRANSLATE_NOOP("actions", "Tạo bản PDF của thông báo đang soạn và mở để xem"),
    ),
    ActionId.FONT_LARGER: (
        QT_TRANSLATE_NOOP("actions", "Chữ &to hơn"),
        ["Ctrl+=", StandardKey.ZoomIn],
        "zoom-in",
        None,
        QT_TRANSLATE_NOOP("actions", "Chữ to hơn khi ghi nhanh và xem trước (máy chiếu)"),
    ),
    ActionId.FONT_SMALLER: (
        QT_TRANSLATE_NOOP("actions", "Chữ &nhỏ hơn"),
        [StandardKey.ZoomOut],
        "zoom-out",
        None,
        QT_TRANSLATE_NOOP("actions", "Chữ nhỏ hơn khi ghi nhanh và xem trước"),
    ),
    ActionId.FONT_RESET: (
        QT_TRANSLATE_NOOP("actions", "Cỡ chữ &bình thường"),
        ["Ctrl+0"],
        "zoom-original",
        None,
        QT_TRANSLATE_NOOP("actions", "Trở lại cỡ chữ bình thường"),
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
        action.setCheckable(action_id in CHECKABLE)
        plain = action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        actions[action_id] = action
    return actions
