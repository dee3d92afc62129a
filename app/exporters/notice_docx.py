"""The notice as DOCX (python-docx), in the Decree 30/2020 layout; draws a NoticeDocument with the
same measures as the PDF (app.exporters.pdf_styles)."""

from __future__ import annotations

import io
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import BinaryIO

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.section import WD_SECTION_START as WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.paragraph import CT_P
from docx.shared import Mm, Twips
from docx.text.paragraph import Paragraph

from app.domain.emphasis import Rich
from app.exporters import docx_xml as dx
from app.exporters import fonts
from app.exporters import pdf_styles as ps
from app.exporters.layout import balanced_lines, text_width
from app.notice.model import Appendix, NoticeDocument

CENTER, JUSTIFY, LEFT = "center", "both", "left"  # w:jc values
# A font's baseline sits its ascent (0.891 em in Times metrics) below the top of a single-spaced
# line: the smaller of two texts on one baseline gets the difference as space before.
_ASCENT = 0.891


def _para(
    container,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    align: str = CENTER,
    before: float = 0,
    first_line: float = 0,
) -> Paragraph:
    """Append one single-spaced paragraph of one run to `container` (the document body or a
    table cell)."""
    p = deepcopy(_prototype(size, bold, italic, align, before, first_line))
    if text:
        dx.set_run_text(p.r_lst[0], text)
    return _append(container, p)


def _rich_para(
    container, runs: Rich, size: float, *, align: str, before: float, first_line: float
) -> Paragraph:
    """Append a paragraph of styled spans: one run per span, bold and italic as the span says."""
    p = deepcopy(_prototype(size, False, False, align, before, first_line))
    p.remove(p.r_lst[0])
    for span in runs:
        r = deepcopy(_prototype(size, span.bold, span.italic, align, before, first_line).r_lst[0])
        dx.set_run_text(r, span.text)
        p.append(r)
    return _append(container, p)


def _append(container, p: CT_P) -> Paragraph:
    parent = container.element.body if isinstance(container, DocxDocument) else container._element
    body_end = parent.find(qn("w:sectPr"))
    if body_end is not None:
        body_end.addprevious(p)
    else:
        parent.append(p)
    return Paragraph(p, container)


@cache
def _prototype(size, bold, italic, align, before, first_line) -> CT_P:
    """The formatted empty paragraph that _para copies (building it once is much faster than
    setting the same properties through python-docx for every paragraph)."""
    spacing = f'w:before="{round(before * 20)}" w:after="0" w:line="240" w:lineRule="auto"'
    indent = f'<w:ind w:firstLine="{dx.twips(first_line)}"/>' if first_line else ""
    weight = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    fonts_ = " ".join(f'w:{a}="{dx.FONT}"' for a in ("ascii", "hAnsi", "eastAsia", "cs"))
    half_points = round(size * 2)
    return parse_xml(
        f"<w:p {nsdecls('w')}><w:pPr><w:widowControl/><w:spacing {spacing}/>{indent}"
        f'<w:jc w:val="{align}"/></w:pPr><w:r><w:rPr><w:rFonts {fonts_}/>{weight}'
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr></w:r></w:p>'
    )


def _setup_section(section, landscape: bool = False) -> None:
    width, height = (297, 210) if landscape else (210, 297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    top, bottom, left, right = (
        ps.APPENDIX_MARGINS
        if landscape
        else (ps.MARGIN_TOP, ps.MARGIN_BOTTOM, ps.MARGIN_LEFT, ps.MARGIN_RIGHT)
    )
    section.top_margin, section.bottom_margin = Twips(dx.twips(top)), Twips(dx.twips(bottom))
    section.left_margin, section.right_margin = Twips(dx.twips(left)), Twips(dx.twips(right))
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dx.page_field(number, ps.SIZE_PAGE_NUMBER)


def _draft_mark(section, doc: NoticeDocument) -> None:
    """The boxed "DỰ THẢO" at the right of page 1's top margin (first-page header only)."""
    paragraph = section.first_page_header.paragraphs[0]
    run = paragraph.add_run(doc.draft_mark)
    dx.run_font(run, 14, bold=True)
    fmt = paragraph.paragraph_format
    box = text_width(doc.draft_mark, fonts.BOLD, 14) / 72 * 25.4 + 4
    fmt.left_indent = Twips(dx.twips(ps.TEXT_WIDTH - box))
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dx.paragraph_border(paragraph, ("top", "left", "bottom", "right"), size_eighths=8)


def _header(document, doc: NoticeDocument) -> None:
    widths = tuple(dx.twips(w) for w in ps.HEADER_COLUMNS)
    inner = tuple(w - 2 * dx.twips(ps.CELL_PADDING) for w in widths)
    table = document.add_table(rows=2, cols=2)
    dx.table_layout(table, widths)
    left, right = table.rows[0].cells
    left._tc.remove(left.paragraphs[0]._p)
    right._tc.remove(right.paragraphs[0]._p)
    for line in doc.organ_parent:
        _para(left, line, ps.SIZE_ORGAN)
    for line in doc.organ_issuing:
        _para(left, line, ps.SIZE_ORGAN, bold=True)
    if doc.organ_issuing:
        longest = max(text_width(line, fonts.BOLD, ps.SIZE_ORGAN) for line in doc.organ_issuing)
        length = min(longest * 20, inner[0]) * ps.ORGAN_RULE_RATIO
        dx.rule(left, inner[0], round(length))
    _para(right, doc.national_name, ps.SIZE_NATIONAL, bold=True)
    _para(right, doc.motto, ps.SIZE_MOTTO, bold=True)
    dx.rule(right, inner[1], round(text_width(doc.motto, fonts.BOLD, ps.SIZE_MOTTO) * 20))
    number, date = table.rows[1].cells
    lift = (ps.SIZE_DATE - ps.SIZE_NUMBER) * _ASCENT
    _fill(number, doc.number_line, ps.SIZE_NUMBER, before=8 + lift)
    _fill(date, doc.date_line, ps.SIZE_DATE, italic=True, before=8)


def _fill(cell, text: str, size: float, **kw) -> Paragraph:
    """Replace the empty paragraph of a new table cell with one of `text`."""
    for p in cell._element.findall(qn("w:p")):
        cell._element.remove(p)
    return _para(cell, text, size, **kw)


def _title(document, doc: NoticeDocument) -> None:
    _para(document, doc.doc_name, ps.SIZE_DOC_NAME, bold=True, before=24)
    lines = balanced_lines(doc.title, fonts.BOLD, ps.SIZE_TITLE, ps.TEXT_WIDTH / 25.4 * 72)
    _para(document, "\n".join(lines), ps.SIZE_TITLE, bold=True)
    longest = max(text_width(line, fonts.BOLD, ps.SIZE_TITLE) for line in lines) * 20
    text_twips = dx.twips(ps.TEXT_WIDTH)
    dx.rule(document, text_twips, round(min(longest, text_twips) * ps.TITLE_RULE_RATIO))
    _para(document, "", ps.SIZE_BODY)  # one empty line before the body


def _body(document, doc: NoticeDocument):
    last = None
    for block in doc.blocks:
        last = _rich_para(
            document,
            block.runs(),
            ps.SIZE_BODY,
            align=JUSTIFY,
            before=ps.BODY_SPACE_BEFORE,
            first_line=ps.FIRST_LINE_INDENT,
        )
        last.paragraph_format.keep_with_next = block.heading or None
    return last


def _signature(document, doc: NoticeDocument) -> None:
    widths = tuple(dx.twips(w) for w in ps.SIGNATURE_COLUMNS)
    _para(document, "", ps.SIZE_BODY, before=6).paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=2)
    dx.table_layout(table, widths)
    dx.keep_row_together(table)
    left, right = table.rows[0].cells
    left._tc.remove(left.paragraphs[0]._p)
    right._tc.remove(right.paragraphs[0]._p)
    dx.set_cell_margin(left, "left", 0)  # "Nơi nhận:" starts at the left margin itself
    if doc.recipients:
        lift = (ps.SIZE_SIGNATURE - ps.SIZE_RECIPIENTS_LABEL) * _ASCENT
        label = _para(left, doc.recipients_label, ps.SIZE_RECIPIENTS_LABEL, bold=True,
                      italic=True, align=LEFT, before=lift)  # fmt: skip
        label.paragraph_format.keep_with_next = True
        for recipient in doc.recipients:
            _para(left, recipient, ps.SIZE_RECIPIENTS, align=LEFT)
    else:
        _para(left, "", ps.SIZE_RECIPIENTS)
    sig = doc.signature
    for line in sig.upper_lines:
        _para(right, line, ps.SIZE_SIGNATURE, bold=True).paragraph_format.keep_with_next = True
    below = list(sig.lower_lines) or [""]
    for i, line in enumerate(below):
        gap = ps.SIGNATURE_GAP / 25.4 * 72 if i == 0 else 0
        _para(right, line, ps.SIZE_SIGNATURE, bold=True, before=gap)


def _appendix(document, appx: Appendix) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _setup_section(section, landscape=True)
    dx.restart_page_numbers(section)
    _para(document, appx.label, 14, bold=True)
    _para(document, appx.title, 14, bold=True)
    _para(document, appx.reference, 14, italic=True)
    _para(document, "", 12)
    widths = tuple(dx.twips(w) for w in appx.widths_mm)
    table = document.add_table(rows=1 + len(appx.rows), cols=len(appx.columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    dx.table_layout(table, widths, borders=True, cell_margin=dx.twips(ps.CELL_PADDING))
    dx.keep_row_together(table, repeat_first=True)
    for cell, text in zip(table.rows[0].cells, appx.columns, strict=True):
        _fill(cell, text, ps.SIZE_TABLE, bold=True, before=3)
        dx.cell_valign(cell, "center")
    for row, values in zip(table.rows[1:], appx.rows, strict=True):
        for cell, text, centred in zip(row.cells, values, appx.centred, strict=True):
            _fill(cell, text, ps.SIZE_TABLE, align=CENTER if centred else LEFT, before=3)
            dx.cell_valign(cell, "center")
    if appx.summary:
        _para(document, appx.summary, ps.SIZE_BODY, align=JUSTIFY, before=6,
              first_line=ps.FIRST_LINE_INDENT)  # fmt: skip


@cache
def _template() -> bytes:
    """python-docx's blank document with Times New Roman defaults and nothing a notice does not
    use, saved once per process: opening it is much cheaper than the full template."""
    document = docx.Document()
    dx.normalise_fonts(document, ps.SIZE_BODY)
    dx.slim(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_notice_docx(doc: NoticeDocument, path: str | Path | BinaryIO) -> None:
    """Write `doc` as DOCX: A4, ND30 margins, Times New Roman throughout, page numbers from 2."""
    document = docx.Document(io.BytesIO(_template()))
    props = document.core_properties
    # core properties are limited to 255 characters
    props.title, props.author = doc.title[:255], " ".join(doc.organ_issuing)[:255]
    props.comments = ""
    props.last_modified_by = ""
    section = document.sections[0]
    _setup_section(section)
    if doc.draft:
        _draft_mark(section, doc)
    _header(document, doc)
    _title(document, doc)
    last = _body(document, doc)
    if last is not None:
        last.paragraph_format.keep_with_next = True  # the last paragraph moves with the signature
    _signature(document, doc)
    if doc.appendix is not None:
        _appendix(document, doc.appendix)
    document.save(str(path) if isinstance(path, Path) else path)
