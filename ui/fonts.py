"""The interface font on a machine that has none drawing Vietnamese.

A bare Linux, or the frozen bundle started where no system font is visible, would draw every label
as empty boxes; there the bundled Liberation Serif (full Vietnamese) becomes the interface font.
Where the system font draws Vietnamese (Windows, a desktop Linux) nothing changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.preview.preview_document import serif_family

# A letter with two marks: a font that has it has the whole Vietnamese alphabet in practice.
_PROBE = "ệ"


def draws_vietnamese(font) -> bool:
    return QFontMetrics(font).inFontUcs4(ord(_PROBE))


def ensure_vietnamese_font(app: QApplication) -> None:
    font = app.font()
    if draws_vietnamese(font):
        return
    font.setFamily(serif_family())
    app.setFont(font)
