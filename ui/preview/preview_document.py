"""The preview's text document: one block per line of the notice, styled like the notice.

`PreviewDocument.show()` rewrites only what changed (the text of the entry being typed, the
entry added or removed), so a long notice is not laid out again on each update.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.notice import plain_text as pt
from app.notice.plain_text import PreviewLine
from app.paths import resources_dir

A = Qt.AlignmentFlag
# (alignment, bold, italic, relative size, space above in points, first-line indent in points)
_STYLES: dict[str, tuple[A, bool, bool, float, float, float]] = {
    pt.ORGAN: (A.AlignHCenter, False, False, 0.93, 0, 0),
    pt.ORGAN_ISSUING: (A.AlignHCenter, True, False, 0.93, 0, 0),
    pt.NATIONAL: (A.AlignHCenter, True, False, 0.93, 8, 0),
    pt.MOTTO: (A.AlignHCenter, True, False, 1.0, 0, 0),
    pt.NUMBER: (A.AlignLeft, False, False, 0.93, 8, 0),
    pt.DATE: (A.AlignRight, False, True, 1.0, 0, 0),
    pt.DRAFT_MARK: (A.AlignRight, True, False, 1.0, 4, 0),
    pt.DOC_NAME: (A.AlignHCenter, True, False, 1.0, 14, 0),
    pt.TITLE: (A.AlignHCenter, True, False, 1.0, 0, 0),
    pt.HEADING: (A.AlignJustify, True, False, 1.0, 8, 20),
    pt.PARAGRAPH: (A.AlignJustify, False, False, 1.0, 4, 20),
    pt.ITEM: (A.AlignJustify, False, False, 1.0, 4, 20),
    pt.SIGNATURE: (A.AlignRight, True, False, 1.0, 0, 0),
    pt.SIGNER: (A.AlignRight, True, False, 1.0, 0, 0),
    pt.RECIPIENTS_LABEL: (A.AlignLeft, True, True, 0.86, 16, 0),
    pt.RECIPIENT: (A.AlignLeft, False, False, 0.79, 0, 0),
    pt.APPENDIX: (A.AlignLeft, False, True, 0.93, 16, 0),
}
_SIGNATURE_GAP = 36  # points of space where the signature goes


@cache
def serif_family() -> str:
    """The family of the bundled Liberation Serif (full Vietnamese), added to Qt once."""
    family = ""
    for path in sorted((resources_dir() / "fonts").glob("LiberationSerif-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or "Serif"


@cache
def _formats(style: str, gap: bool, point_size: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The formats of a style; `gap`: the signature space above it (the signer's lines)."""
    align, bold, italic, size, above, indent = _STYLES[style]
    block = QTextBlockFormat()
    block.setAlignment(align)
    block.setTopMargin(_SIGNATURE_GAP if gap else above)
    block.setTextIndent(indent)
    return block, _char_format(style, point_size, bold, italic)


@cache
def _char_format(style: str, point_size: float, bold: bool, italic: bool) -> QTextCharFormat:
    """The letters of a style, bold or italic where the style or the span says so."""
    _, style_bold, style_italic, size, _, _ = _STYLES[style]
    char = QTextCharFormat()
    font = QFont(serif_family())
    font.setPointSizeF(point_size * size)
    font.setBold(bold or style_bold)
    font.setItalic(italic or style_italic)
    char.setFont(font)
    return char


class PreviewDocument:
    def __init__(self, document: QTextDocument, point_size: float = 12.0):
        self.document = document
        self.lines: list[PreviewLine] = []
        self.point_size = point_size

    def set_point_size(self, size: float) -> None:
        self.point_size = size
        lines, self.lines = self.lines, []
        self.show(lines)

    def _format(self, style: str, gap: bool) -> tuple[QTextBlockFormat, QTextCharFormat]:
        return _formats(style, gap, self.point_size)

    def _insert_runs(self, cursor: QTextCursor, line: PreviewLine) -> None:
        """The line's spans, each bold or italic as the notice prints it."""
        for span in line.runs:
            char = _char_format(line.style, self.point_size, span.bold, span.italic)
            cursor.insertText(span.text, char)

    def show(self, lines: list[PreviewLine]) -> None:
        """Show `lines`, rewriting only what differs from the lines shown: the changed text of
        a line in place, or the blocks between the unchanged beginning and end."""
        old, lines = self.lines, list(lines)
        if not old or not lines:
            self._rebuild(lines)
            self.lines = lines
            return
        shortest = min(len(old), len(lines))
        head = 0
        while head < shortest and old[head] == lines[head]:
            head += 1
        if head == len(old) == len(lines):
            return
        tail = 0
        while tail < shortest - head and old[-1 - tail] == lines[-1 - tail]:
            tail += 1
        old_middle = old[head : len(old) - tail]
        new_middle = lines[head : len(lines) - tail]
        if [a.style for a in old_middle] == [b.style for b in new_middle]:
            self._patch(head, new_middle)
        elif head == 0:
            self._rebuild(lines)
        else:
            self._splice(head, len(old_middle), new_middle, lines[head - 1].style)
        self.lines = lines

    def _patch(self, start: int, lines: list[PreviewLine]) -> None:
        """New text for lines of unchanged styles, block by block."""
        for i, line in enumerate(lines, start=start):
            block = self.document.findBlockByNumber(i)
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            self._insert_runs(cursor, line)

    def _splice(self, start: int, count: int, lines: list[PreviewLine], previous: str) -> None:
        """Replace `count` blocks from block `start` (> 0) by `lines`."""
        document = self.document
        before = document.findBlockByNumber(start - 1)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.setPosition(before.position() + before.length() - 1)
        if count:
            last = document.findBlockByNumber(start + count - 1)
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        for line in lines:
            gap = line.style == pt.SIGNER and previous == pt.SIGNATURE
            block, char = self._format(line.style, gap)
            cursor.insertBlock(block, char)
            self._insert_runs(cursor, line)
            previous = line.style
        cursor.endEditBlock()

    def _rebuild(self, lines: list[PreviewLine]) -> None:
        self.document.clear()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        previous = ""
        for i, line in enumerate(lines):
            gap = line.style == pt.SIGNER and previous == pt.SIGNATURE
            block, char = self._format(line.style, gap)
            if i:
                cursor.insertBlock(block, char)
            else:
                cursor.setBlockFormat(block)
                cursor.setBlockCharFormat(char)
            self._insert_runs(cursor, line)
            previous = line.style
        cursor.endEditBlock()

    def text(self) -> str:
        return self.document.toPlainText()
