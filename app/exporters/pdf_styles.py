"""Every measure, font size and paragraph style of the PDF notice (ND30 Phụ lục I, nd30-format.md
§1–§5, size profile 13/14/14), in one place. The DOCX renderer reads the same measures."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.exporters import fonts

PAGE = A4
APPENDIX_PAGE = landscape(A4)

# Margins in mm: ND30 ranges top/bottom 20–25, left 30–35, right 15–20.
MARGIN_TOP = 20.0
MARGIN_BOTTOM = 20.0
MARGIN_LEFT = 30.0
MARGIN_RIGHT = 15.0
APPENDIX_MARGINS = (20.0, 20.0, 20.0, 20.0)  # top, bottom, left, right of the landscape pages
TEXT_WIDTH = 210.0 - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm

HEADER_COLUMNS = (65.0, 100.0)  # organ | Quốc hiệu (nd30-format §3)
SIGNATURE_COLUMNS = (63.0, 102.0)  # Nơi nhận | signature (§5)
CELL_PADDING = 1.5  # mm, left and right

SIZE_ORGAN = 13
SIZE_NATIONAL = 13
SIZE_MOTTO = 14
SIZE_NUMBER = 13
SIZE_DATE = 14
SIZE_DOC_NAME = 14
SIZE_TITLE = 14
SIZE_BODY = 14
SIZE_SIGNATURE = 14
SIZE_RECIPIENTS_LABEL = 12
SIZE_RECIPIENTS = 11
SIZE_PAGE_NUMBER = 14
SIZE_TABLE = 12

# Single line spacing as Word computes it for Times New Roman (ascent + descent + gap = 1.149 em);
# the DOCX uses Word's own single spacing, so both formats break pages alike.
SINGLE = 1.149
BODY_LEADING = round(14 * SINGLE, 2)
BODY_SPACE_BEFORE = 6.0
FIRST_LINE_INDENT = 10.0  # mm
RULE_WIDTH = 0.6  # pt
ORGAN_RULE_RATIO = 0.45  # of the longest issuing-organ line: within ND30's 1/3–1/2
TITLE_RULE_RATIO = 0.4  # of the longest trích yếu line
HEADING_KEEP_LINES = 3  # lines of a section that must fit under its heading on the same page
SIGNATURE_GAP = 25.0  # mm of room for the signature and the seal
PAGE_NUMBER_BASELINE = 12.0  # mm below the top edge, inside the top margin
DRAFT_MARK_TOP = 8.0  # mm below the top edge: the boxed "DỰ THẢO" of a draft


@dataclass(frozen=True)
class Styles:
    organ_parent: ParagraphStyle
    organ_issuing: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    date: ParagraphStyle
    doc_name: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    recipients_label: ParagraphStyle
    recipient: ParagraphStyle
    signature: ParagraphStyle
    appendix_label: ParagraphStyle
    appendix_title: ParagraphStyle
    appendix_reference: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle


def _style(name: str, font: str, size: float, align: int = TA_CENTER, **kw) -> ParagraphStyle:
    kw.setdefault("leading", round(size * SINGLE, 2))
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align, **kw)


@cache
def styles() -> Styles:
    """The paragraph styles, after the fonts are registered."""
    fonts.register_fonts()
    r, b, i, bi = fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC
    body = _style(
        "body",
        r,
        SIZE_BODY,
        TA_JUSTIFY,
        leading=BODY_LEADING,
        spaceBefore=BODY_SPACE_BEFORE,
        firstLineIndent=FIRST_LINE_INDENT * mm,
    )
    return Styles(
        organ_parent=_style("organ_parent", r, SIZE_ORGAN),
        organ_issuing=_style("organ_issuing", b, SIZE_ORGAN),
        national=_style("national", b, SIZE_NATIONAL),
        motto=_style("motto", b, SIZE_MOTTO),
        number=_style("number", r, SIZE_NUMBER),
        date=_style("date", i, SIZE_DATE),
        doc_name=_style("doc_name", b, SIZE_DOC_NAME, spaceBefore=24),
        title=_style("title", b, SIZE_TITLE),
        body=body,
        recipients_label=_style("recipients_label", bi, SIZE_RECIPIENTS_LABEL, TA_LEFT),
        recipient=_style("recipient", r, SIZE_RECIPIENTS, TA_LEFT),
        signature=_style("signature", b, SIZE_SIGNATURE),
        appendix_label=_style("appendix_label", b, 14),
        appendix_title=_style("appendix_title", b, 14),
        appendix_reference=_style("appendix_reference", i, 14, spaceAfter=12),
        cell=_style("cell", r, SIZE_TABLE, TA_LEFT),
        cell_center=_style("cell_center", r, SIZE_TABLE),
        cell_head=_style("cell_head", b, SIZE_TABLE),
    )
