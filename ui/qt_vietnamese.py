"""Vietnamese for the words Qt itself shows: the file dialog, its overwrite question, standard
buttons and the right-click menu of text fields.

Qt ships no Vietnamese translation of its own (PySide6 has no qtbase_vi.qm), so the few dozen
strings a secretary meets are translated here, through Qt's ordinary translator mechanism:
anything not listed keeps Qt's text. The save dialogs are Qt's own (non-native) dialog, so these
words are what she reads on every system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_EDIT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Sao chép",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
    "Copy &Link Location": "Sao chép địa chỉ &liên kết",
}

TRANSLATIONS: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "&Look in:": "&Thư mục:",
        "Look in:": "Thư mục:",
        "Back": "Quay lại",
        "Go back": "Quay lại thư mục trước",
        "Forward": "Tiếp",
        "Go forward": "Tới thư mục sau",
        "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục chứa thư mục này",
        "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo một thư mục mới",
        "List View": "Dạng danh sách",
        "Change to list view mode": "Xem dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "Change to detail view mode": "Xem dạng chi tiết",
        "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Các nơi hay dùng",
        "Files": "Tệp",
        "Files of &type:": "&Loại tệp:",
        "Files of type:": "Loại tệp:",
        "File &name:": "&Tên tệp:",
        "File name:": "Tên tệp:",
        "&Open": "&Mở",
        "&Save": "&Lưu",
        "&Choose": "&Chọn",
        "Save As": "Lưu thành",
        "Open": "Mở",
        "All Files (*)": "Mọi tệp (*)",
        "&Rename": "Đổi &tên",
        "&Delete": "&Xóa",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "&New Folder": "Thư mục &mới",
        "New Folder": "Thư mục mới",
        "Directory:": "Thư mục:",
        "Directories": "Thư mục",
        "%1 already exists.\nDo you want to replace it?": (
            "Tệp %1 đã có.\nGhi đè lên tệp đó bằng tệp mới?"
        ),
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."
        ),
        "Are you sure you want to delete '%1'?": "Xóa «%1»?",
        "Could not delete directory.": "Không xóa được thư mục.",
        "Recent Places": "Nơi dùng gần đây",
        "My Computer": "Máy tính",
        "Computer": "Máy tính",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Cỡ",
        "Type": "Loại",
        "Kind": "Loại",
        "Date Modified": "Ngày sửa",
        "Computer": "Máy tính",
        "My Computer": "Máy tính",
    },
    "QAbstractFileIconProvider": {"Drive": "Ổ đĩa", "Folder": "Thư mục", "File": "Tệp"},
    "QPlatformTheme": {
        "OK": "Đồng ý",
        "Save": "Lưu",
        "Save All": "Lưu tất cả",
        "Open": "Mở",
        "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả",
        "&No": "&Không",
        "N&o to All": "Không với t&ất cả",
        "Abort": "Dừng",
        "Retry": "Thử lại",
        "Ignore": "Bỏ qua",
        "Close": "Đóng",
        "Cancel": "Hủy",
        "Discard": "Bỏ",
        "Help": "Trợ giúp",
        "Apply": "Áp dụng",
        "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
    "QMessageBox": {"Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…"},
}


class QtVietnamese(QTranslator):
    """A translator holding TRANSLATIONS (no .qm file to build or ship)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        table = TRANSLATIONS.get(context)
        return table.get(source_text) if table is not None else None

    def isEmpty(self) -> bool:
        return False


def install_qt_vietnamese() -> None:
    """Install the translator on the running application, once."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(QtVietnamese) is None:
        app.installTranslator(QtVietnamese(app))
