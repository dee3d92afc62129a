"""The look of the window: one UI font whose size the secretary sets (Ctrl+= / Ctrl+- / Ctrl+0),
one accent colour, amber warnings and red errors, and a style sheet built from them.

Everything is Qt widgets and a style sheet: native controls, no web view, no animation. The
sizes in the sheet are derived from the UI font, so the letter-size setting scales all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 10.0  # readable on a 1366×768 laptop screen for a whole day


@dataclass(frozen=True)
class Palette:
    ink: str = "#1f2937"
    muted: str = "#5b6472"
    line: str = "#d8dee8"
    window: str = "#f3f5f8"
    pane: str = "#ffffff"
    nav: str = "#eaeef4"
    accent: str = "#1f5fa8"
    accent_soft: str = "#dbe8f7"
    warning_bg: str = "#fff3cd"
    warning_ink: str = "#664d03"
    error_ink: str = "#b00020"


COLORS = Palette()
# Status badges by app.notice.forms.NoticeForm: (background, text). Draft amber, for signature
# blue, issued green.
BADGES = {
    "draft": ("#fdf0cf", "#6b4a00"),
    "signature": ("#dde9fa", "#1c4a87"),
    "issued": ("#dcf1e1", "#1c6332"),
}


def color(name: str) -> QColor:
    return QColor(getattr(COLORS, name))


def ui_font(scale: float) -> QFont:
    """The one UI font, `scale` times the normal size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    return font


def style_sheet(scale: float) -> str:
    c = COLORS
    size = BASE_POINT_SIZE * scale
    heading = size * 1.3
    badges = "\n".join(
        f'QLabel[badge="{key}"] {{ background: {bg}; color: {fg}; }}'
        for key, (bg, fg) in BADGES.items()
    )
    return f"""
QMainWindow {{ background: {c.window}; }}
QToolBar {{ background: {c.pane}; border: none; border-bottom: 1px solid {c.line};
    padding: 2px 6px; spacing: 2px; }}
QToolBar QToolButton {{ padding: 3px 6px; border-radius: 4px; color: {c.ink}; }}
QToolBar QToolButton:hover {{ background: {c.accent_soft}; }}
QToolBar QToolButton:checked {{ background: {c.accent_soft}; border: 1px solid {c.accent}; }}
QStatusBar {{ background: {c.pane}; border-top: 1px solid {c.line}; color: {c.muted}; }}
QSplitter::handle {{ background: {c.line}; }}
QWidget#inspectionList {{ background: {c.pane}; }}
QTableView#inspectionTable {{ border: none; background: {c.pane}; outline: 0; }}
QWidget#editorPane {{ background: {c.pane}; }}
QListWidget#pageNav {{ background: {c.nav}; border: none; border-right: 1px solid {c.line};
    padding: 8px 0; outline: 0; }}
QListWidget#pageNav::item {{ padding: 5px 8px; margin: 1px 6px; border-radius: 4px;
    color: {c.ink}; }}
QListWidget#pageNav::item:selected {{ background: {c.pane}; color: {c.accent};
    font-weight: 600; border-left: 3px solid {c.accent}; }}
QListWidget#pageNav::item:hover:!selected {{ background: {c.accent_soft}; }}
QWidget#headerStrip {{ background: {c.pane}; border-bottom: 1px solid {c.line}; }}
QLabel#headerUnit {{ font-size: {heading:.1f}pt; font-weight: 600; color: {c.ink}; }}
QLabel#headerDetail {{ color: {c.muted}; }}
QLabel[badge] {{ border-radius: 9px; padding: 1px 9px; font-weight: 600; }}
{badges}
QLabel#pageHeading {{ font-size: {size * 1.15:.1f}pt; font-weight: 600; color: {c.accent}; }}
QGroupBox {{ font-weight: 600; color: {c.accent}; border: none; border-top: 1px solid {c.line};
    margin-top: {size * 1.2:.0f}px; padding-top: {size * 0.6:.0f}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; padding: 0 4px 0 0; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPlainTextEdit, QGroupBox QComboBox,
QGroupBox QListView, QGroupBox QPushButton {{ font-weight: normal; color: {c.ink}; }}
QTableView {{ gridline-color: #e4e9f0; selection-background-color: {c.accent_soft};
    selection-color: {c.ink}; alternate-background-color: #f7f9fc; }}
QHeaderView::section {{ background: {c.nav}; color: {c.ink}; border: none;
    border-right: 1px solid {c.line}; border-bottom: 1px solid {c.line}; padding: 3px 6px;
    font-weight: 600; }}
QLabel#warningBox {{ background: {c.warning_bg}; color: {c.warning_ink}; padding: 4px 6px;
    border-radius: 4px; }}
QLabel#placeholder {{ color: {c.muted}; font-size: {size * 1.1:.1f}pt; }}
"""


def apply_font(scale: float) -> None:
    """Give the application its UI font at *scale* (before the window is built, so widgets
    are made with it rather than told of a change)."""
    app = QApplication.instance()
    font = ui_font(scale)
    if app.font() != font:
        app.setFont(font)


# Widgets named so get the sheet on themselves (a label, a strip): see apply_look.
STYLED_NAMES = ("pageHeading", "warningBox", "placeholder", "headerStrip", "pageNav", "formGroup")


def styled_parts(window: QWidget) -> list[QWidget]:
    """The widgets the style sheet is set on: the bars, the list, the page list, the header
    strip and the page titles. The pages' own fields keep the native style."""
    parts = [w for w in (getattr(window, "toolbar", None), window.statusBar()) if w is not None]
    inspection_list = getattr(window, "inspection_list", None)
    if inspection_list is not None:
        parts.append(inspection_list)
    parts += [w for w in window.findChildren(QWidget) if w.objectName() in STYLED_NAMES]
    return parts


def paint_pane(widget: QWidget) -> None:
    """A white pane (the list, the page): by palette, so its children stay natively styled."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, color("pane"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def apply_look(window: QWidget, scale: float) -> None:
    """The UI font and the style sheet at *scale*.

    The sheet is set on a few widgets (styled_parts), never on the window or the application:
    a sheet there puts every field of every page under Qt's style-sheet style, which made
    building the window half again as slow, and polishes each widget again whenever it is
    put into a layout.
    """
    apply_font(scale)
    sheet = style_sheet(scale)
    for part in styled_parts(window):
        if part.styleSheet() != sheet:
            part.setStyleSheet(sheet)
