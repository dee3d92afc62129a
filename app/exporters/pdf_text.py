"""User text made safe for ReportLab paragraphs: escaped, never interpreted as markup, and drawable
by the registered font (a missing glyph becomes a visible placeholder instead of a silent ■)."""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from app.domain.emphasis import Rich
from app.exporters import fonts

_LINE_BREAKS = {"\n", "\u2028", "\u2029"}


@cache
def _drawable() -> frozenset[str]:
    """The characters all four registered faces have a glyph for, plus tab and line breaks."""
    faces = [pdfmetrics.getFont(style).face.charToGlyph for style in fonts.STYLES]
    common = set(faces[0]).intersection(*faces[1:])
    return frozenset(chr(code) for code in common) | _LINE_BREAKS | {"\t"}


def drawable_text(text: str) -> str:
    """`text` with characters the font cannot draw replaced by fonts.PLACEHOLDER; invisible
    format characters (zero-width space, BOM, joiners) without a glyph are dropped."""
    drawable = _drawable()
    if drawable.issuperset(text):
        return text
    out = []
    for ch in text:
        if ch in drawable:
            out.append(ch)
        elif unicodedata.category(ch) != "Cf":
            out.append(fonts.PLACEHOLDER)
    return "".join(out)


def markup(text: str) -> str:
    """Paragraph markup that prints exactly `text`: XML-escaped, line breaks as <br/>, tabs as
    spaces, undrawable characters replaced."""
    safe = escape(drawable_text(text).replace("\t", " "))
    for br in _LINE_BREAKS:
        safe = safe.replace(br, "<br/>")
    return safe


def rich_markup(rich: Rich) -> str:
    """Paragraph markup of styled spans: each span's text escaped as by `markup`, then wrapped
    in <b>/<i> (the font family is registered, so these pick the bold and italic faces)."""
    out = []
    for span in rich:
        text = markup(span.text)
        if span.italic:
            text = f"<i>{text}</i>"
        if span.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)
