"""The preview document after partial updates is the document a full rebuild gives."""

from __future__ import annotations

from functools import cache

import pytest
from PySide6.QtGui import QTextDocument

from app.notice import plain_text as pt
from app.notice.plain_text import PreviewLine
from ui.preview.preview_document import PreviewDocument

BASE = [
    PreviewLine.plain(pt.ORGAN, "UBND TỈNH LẠNG SƠN"),
    PreviewLine.plain(pt.DOC_NAME, "THÔNG BÁO"),
    PreviewLine.plain(pt.HEADING, "1. Hạn chế, vướng mắc"),
    PreviewLine.plain(pt.PARAGRAPH, "Một"),
    PreviewLine.plain(pt.PARAGRAPH, "Hai"),
    PreviewLine.plain(pt.HEADING, "2. Kiến nghị"),
    PreviewLine.plain(pt.ITEM, "a) Ba;"),
    PreviewLine.plain(pt.ITEM, "b) Bốn."),
    PreviewLine.plain(pt.SIGNATURE, "TỔ TRƯỞNG"),
    PreviewLine.plain(pt.SIGNER, "Lương Đức An"),
]


def _shape(document: QTextDocument) -> list[tuple]:
    shape = []
    block = document.firstBlock()
    while block.isValid():
        char = block.charFormat() if not block.text() else block.begin().fragment().charFormat()
        fmt = block.blockFormat()
        shape.append((block.text(), int(fmt.alignment()), fmt.topMargin(), char.font().bold()))
        block = block.next()
    return shape


@cache
def _fresh(lines: tuple[PreviewLine, ...]) -> list[tuple]:
    """The document a full build of `lines` gives."""
    document = QTextDocument()
    PreviewDocument(document).show(list(lines))
    return _shape(document)


CHANGES = {
    "typing": BASE[:3] + [PreviewLine.plain(pt.PARAGRAPH, "Một hai")] + BASE[4:],
    "enter": BASE[:5] + [PreviewLine.plain(pt.PARAGRAPH, "Mới")] + BASE[5:],
    "backspace": BASE[:4] + BASE[5:],
    "relettered": BASE[:6]
    + [PreviewLine.plain(pt.ITEM, "a) Ba;"), PreviewLine.plain(pt.ITEM, "b) Chen;")]
    + [PreviewLine.plain(pt.ITEM, "c) Bốn.")]
    + BASE[8:],
    "section gone": BASE[:2] + BASE[5:],
    "header": [PreviewLine.plain(pt.ORGAN, "UBND TỈNH CAO BẰNG")] + BASE[1:],
    "signer line": BASE[:8] + [PreviewLine.plain(pt.SIGNATURE, "TỔ TRƯỞNG")] + [BASE[9]],
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_partial_update_equals_a_rebuild(qapp, name):
    document = QTextDocument()
    preview = PreviewDocument(document)
    preview.show(BASE)
    preview.show(CHANGES[name])
    assert document.toPlainText() == "\n".join(line.text for line in CHANGES[name])
    assert _shape(document) == _fresh(tuple(CHANGES[name]))
    preview.show(BASE)  # and back
    assert _shape(document) == _fresh(tuple(BASE))


def test_typing_keeps_the_blocks_that_did_not_change(qapp):
    document = QTextDocument()
    preview = PreviewDocument(document)
    preview.show(BASE)
    kept = document.findBlockByNumber(6)
    preview.show(CHANGES["typing"])
    preview.show(CHANGES["enter"])
    assert document.findBlockByNumber(7) == kept or document.findBlockByNumber(6) == kept
