"""Low-level WordprocessingML helpers for the DOCX notice: fonts, rules, borderless tables,
fields and section settings python-docx has no API for."""

from __future__ import annotations

import re

from docx.document import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

FONT = "Times New Roman"
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


# Schema order of the children this module adds (WordprocessingML is order-sensitive).
_ORDER = {
    "w:pPr": (
        "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr "
        "w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap "
        "w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd "
        "w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc "
        "w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr "
        "w:sectPr w:pPrChange"
    ),
    "w:rPr": (
        "w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike w:outline "
        "w:shadow w:emboss w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color "
        "w:spacing w:w w:kern w:position w:sz w:szCs w:highlight w:u w:effect w:bdr w:shd "
        "w:fitText w:vertAlign w:rtl w:cs w:em w:lang w:eastAsianLayout w:specVanish w:oMath"
    ),
    "w:tblPr": (
        "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize "
        "w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd "
        "w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription"
    ),
    "w:trPr": (
        "w:cnfStyle w:divId w:gridBefore w:gridAfter w:wBefore w:wAfter w:cantSplit w:trHeight "
        "w:tblHeader w:tblCellSpacing w:jc w:hidden"
    ),
    "w:tcPr": (
        "w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar "
        "w:textDirection w:tcFitText w:vAlign w:hideMark"
    ),
    "w:sectPr": (
        "w:headerReference w:footerReference w:footnotePr w:endnotePr w:type w:pgSz w:pgMar "
        "w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt w:vAlign w:noEndnote "
        "w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid w:printerSettings"
    ),
    "w:pBdr": "w:top w:left w:bottom w:right w:between w:bar",
    "w:tblBorders": "w:top w:left w:bottom w:right w:insideH w:insideV",
    "w:tblCellMar": "w:top w:left w:bottom w:right",
    "w:tcMar": "w:top w:left w:bottom w:right",
    "w:docDefaults": "w:rPrDefault w:pPrDefault",
}
_SEQUENCES = {qn(parent): [qn(t) for t in tags.split()] for parent, tags in _ORDER.items()}


def _child(parent, tag: str):
    """The first `tag` child of `parent`, created at its schema position when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    sequence = _SEQUENCES.get(parent.tag, [])
    later = set(sequence[sequence.index(qn(tag)) + 1 :]) if qn(tag) in sequence else set()
    anchor = next((c for c in parent if c.tag in later), None)
    if anchor is not None:
        anchor.addprevious(found)
    else:
        parent.append(found)
    return found


def set_fonts(rfonts) -> None:
    """Times New Roman for every script, no theme font."""
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        rfonts.set(qn(attr), FONT)


def run_font(run: Run, size: float, bold: bool = False, italic: bool = False) -> None:
    rpr = run._r.get_or_add_rPr()
    set_fonts(_child(rpr, "w:rFonts"))
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None


def set_run_text(r, text: str) -> None:
    """Append `text` to the run element `r`: line breaks as <w:br/>, tabs as <w:tab/>."""
    for piece in re.split(r"(\n|\t)", text):
        if piece == "\n":
            r.append(OxmlElement("w:br"))
        elif piece == "\t":
            r.append(OxmlElement("w:tab"))
        elif piece:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            r.append(t)


def normalise_fonts(document: Document, size: float) -> None:
    """Times New Roman of `size` pt, single-spaced without space after, in docDefaults (what
    Word uses for text the secretary adds), and Times New Roman in every rFonts of the styles;
    Word 2010's stylesWithEffects copy (theme fonts only) is dropped. (slim() drops numbering.)"""
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.rels.pop(rel_id)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    _child(rpr, "w:rFonts")
    for tag in ("w:sz", "w:szCs"):
        _child(rpr, tag).set(qn("w:val"), str(round(size * 2)))
    _child(rpr, "w:lang").set(qn("w:val"), "vi-VN")
    spacing = _child(_child(_child(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing")
    for attr, value in (("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")):
        spacing.set(qn(attr), value)
    for rfonts in styles.iter(qn("w:rFonts")):
        set_fonts(rfonts)


_KEPT_STYLES = {
    "Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Header", "HeaderChar",
    "Footer", "FooterChar",
}  # fmt: skip
_DROPPED_PARTS = ("/customXml", "/numbering", "/webSettings", "/theme", "/thumbnail")


def slim(document: Document) -> None:
    """Drop what a notice never uses from python-docx's template: the styles it does not apply,
    the latent-style table, numbering, theme, web settings, custom XML and the thumbnail. The
    file gets smaller and faster to write, and no theme font can creep back in."""
    for owner in (document.part, document.part.package):
        for rel_id, rel in list(owner.rels.items()):
            if rel.reltype.endswith(_DROPPED_PARTS):
                owner.rels.pop(rel_id)
    styles = document.styles.element
    for child in list(styles):
        if child.tag == qn("w:latentStyles"):
            styles.remove(child)
        elif child.tag == qn("w:style") and child.get(qn("w:styleId")) not in _KEPT_STYLES:
            styles.remove(child)


def paragraph_border(paragraph: Paragraph, sides: tuple[str, ...], size_eighths: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = _child(ppr, "w:pBdr")
    for side in sides:
        edge = _child(borders, f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size_eighths))
        edge.set(qn("w:space"), "1")
        edge.set(qn("w:color"), "000000")


def rule(cell_or_doc, width_twips: int, length_twips: int) -> Paragraph:
    """A centred horizontal rule of `length_twips` in a space `width_twips` wide: an empty
    paragraph with a bottom border and equal side indents."""
    paragraph = cell_or_doc.add_paragraph()
    fmt = paragraph.paragraph_format
    side = max(0, (width_twips - length_twips) // 2)
    fmt.left_indent = fmt.right_indent = Twips(side)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(3)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    mark = _child(paragraph._p.get_or_add_pPr(), "w:rPr")
    size = _child(mark, "w:sz")
    size.set(qn("w:val"), "4")
    set_fonts(_child(mark, "w:rFonts"))
    paragraph_border(paragraph, ("bottom",))
    return paragraph


def table_layout(
    table: Table, widths_twips: tuple[int, ...], borders: bool = False, cell_margin: int = 85
) -> None:
    """Fixed column widths, borders on or off, and `cell_margin` left and right in every cell.

    The table's own default cell margins stay 0: Word and LibreOffice shift a table left by its
    default left cell margin (older compatibility modes), so only per-cell margins keep the table
    edge exactly on the page margin whatever program opens the file.
    """
    tbl = table._tbl
    tblpr = tbl.tblPr
    width = _child(tblpr, "w:tblW")
    width.set(qn("w:w"), str(sum(widths_twips)))
    width.set(qn("w:type"), "dxa")
    indent = _child(tblpr, "w:tblInd")
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    edges = _child(tblpr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = _child(edges, f"w:{side}")
        edge.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
    _child(tblpr, "w:tblLayout").set(qn("w:type"), "fixed")
    margins = _child(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        edge = _child(margins, f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_twips, strict=True):
        col.set(qn("w:w"), str(w))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_twips, strict=True):
            cell.width = Twips(w)
            set_cell_margin(cell, "left", cell_margin)
            set_cell_margin(cell, "right", cell_margin)


def keep_row_together(table: Table, repeat_first: bool = False) -> None:
    for i, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        _child(trpr, "w:cantSplit")
        if repeat_first and i == 0:
            _child(trpr, "w:tblHeader")


def set_cell_margin(cell: _Cell, side: str, twips_: int) -> None:
    """Override one margin of one cell ("left", "right", …)."""
    margins = _child(cell._tc.get_or_add_tcPr(), "w:tcMar")
    edge = _child(margins, f"w:{side}")
    edge.set(qn("w:w"), str(twips_))
    edge.set(qn("w:type"), "dxa")


def cell_valign(cell: _Cell, value: str) -> None:
    _child(cell._tc.get_or_add_tcPr(), "w:vAlign").set(qn("w:val"), value)


def page_field(paragraph: Paragraph, size: float, placeholder: str = "2") -> None:
    """A PAGE field: the page number, updated by Word when it lays out the document."""
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "")):
        run = paragraph.add_run()
        run_font(run, size)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = placeholder
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    end = paragraph.add_run()
    run_font(end, size)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def restart_page_numbers(section) -> None:
    sectpr = section._sectPr
    _child(sectpr, "w:pgNumType").set(qn("w:start"), "1")
