"""Menus and the toolbar, one function each, built from the actions of ui/actions.py.

The toolbar's icons are loaded with it; a menu loads its own the first time it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.actions import ActionId, show_icons

A = ActionId


def _menu(window: QMainWindow, title: str) -> QMenu:
    """A menu of the menu bar, which gives its actions their icons when it first opens."""
    menu = window.menuBar().addMenu(title)
    menu.aboutToShow.connect(lambda: show_icons(menu.actions()))
    return menu


def build_file_menu(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    menu = _menu(window, window.tr("&Tệp"))
    for action_id in (A.NEW, A.NEW_FROM_PREVIOUS, A.DUPLICATE, A.DELETE, A.TRASH):
        menu.addAction(actions[action_id])
    menu.addSeparator()
    menu.addAction(actions[A.IMPORT_TASKS])
    menu.addSeparator()
    menu.addAction(actions[A.SEND])
    menu.addAction(actions[A.RECEIVE])
    menu.addAction(actions[A.CONFLICTS])
    menu.addSeparator()
    for action_id in (
        A.EXPORT_NOTICE_PDF,
        A.EXPORT_NOTICE_DOCX,
        A.EXPORT_SELECTED_NOTICES,
        A.EXPORT_TABLES,
        A.EXPORT_SUMMARY,
    ):
        menu.addAction(actions[action_id])
    menu.addSeparator()
    for action_id in (A.BACKUP_NOW, A.RESTORE_BACKUP, A.BACKUP_FOLDER):
        menu.addAction(actions[action_id])
    menu.addSeparator()
    menu.addAction(actions[A.QUIT])


def build_edit_menu(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    menu = _menu(window, window.tr("&Sửa"))
    for action_id in (A.UNDO, A.REDO):
        menu.addAction(actions[action_id])
    menu.addSeparator()
    menu.addAction(actions[A.INSERT_PHRASE])
    menu.addAction(actions[A.SAVE_PHRASE])
    menu.addSeparator()
    menu.addAction(actions[A.SAVE])
    menu.addAction(actions[A.FIND])
    menu.addAction(actions[A.SEARCH])


def build_view_menu(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    menu = _menu(window, window.tr("&Xem"))
    for action_id in (A.CAPTURE, A.PREVIEW, A.OPEN_PDF):
        menu.addAction(actions[action_id])
    menu.addSeparator()
    for action_id in (A.FONT_LARGER, A.FONT_SMALLER, A.FONT_RESET):
        menu.addAction(actions[action_id])


def build_directory_menu(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    menu = _menu(window, window.tr("&Danh mục"))
    menu.addAction(actions[A.DIRECTORY])


def build_help_menu(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    menu = _menu(window, window.tr("&Trợ giúp"))
    menu.addAction(actions[A.HELP])
    menu.addAction(actions[A.ABOUT])


def build_toolbar(window: QMainWindow, actions: dict[ActionId, QAction]) -> QToolBar:
    bar = QToolBar(window.tr("Thanh công cụ"), window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    groups = (
        (A.NEW, A.DUPLICATE, A.DELETE),
        (A.UNDO, A.REDO, A.SAVE),
        (A.CAPTURE, A.PREVIEW),
        (A.EXPORT_NOTICE_PDF, A.EXPORT_NOTICE_DOCX, A.EXPORT_TABLES),
        (A.SEARCH,),
    )
    # Short words on the buttons (menus and tooltips keep the whole text): every button fits
    # 1366 pixels, with room for a larger font.
    short = {
        A.EXPORT_NOTICE_PDF: window.tr("Xuất PDF"),
        A.EXPORT_NOTICE_DOCX: window.tr("Xuất DOCX"),
        A.EXPORT_TABLES: window.tr("Xuất Excel"),
        A.SEARCH: window.tr("Tìm"),
    }
    for action_id, text in short.items():
        actions[action_id].setIconText(text)
    for i, group in enumerate(groups):
        if i:
            bar.addSeparator()
        for action_id in group:
            bar.addAction(actions[action_id])
    show_icons(bar.actions())
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
