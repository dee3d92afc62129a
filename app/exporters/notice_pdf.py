"""The notice as PDF (ReportLab platypus), in the Decree 30/2020 layout; draws a NoticeDocument."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.exporters import fonts
from app.exporters import pdf_styles as ps
from app.exporters.layout import balanced_lines
from app.exporters.pdf_text import drawable_text, markup, rich_markup
from app.notice.model import Appendix, Block, NoticeDocument

# Binary (zlib only) streams: smaller files and a faster save than ReportLab's default ASCII85
# wrapping, which only 7-bit mail transports needed. ReportLab reads this global when saving.
rl_config.useA85 = 0


class RuledParagraph(Flowable):
    """A centred paragraph with a centred rule under it, `ratio` × its longest line long."""

    def __init__(self, para: Paragraph, ratio: float, gap: float = 4.0):
        super().__init__()
        self.para, self.ratio, self.gap = para, ratio, gap

    def wrap(self, aw, ah):
        _, h = self.para.wrap(aw, ah)
        self.width, self.height = aw, h + self.gap + ps.RULE_WIDTH
        return self.width, self.height

    def split(self, aw, ah):
        """A paragraph taller than the page continues on the next; the rule goes under its end."""
        parts = self.para.split(aw, ah)
        if len(parts) < 2:
            return []
        return [*parts[:-1], RuledParagraph(parts[-1], self.ratio, self.gap)]

    def draw(self):
        self.para.drawOn(self.canv, 0, self.height - self.para.height)
        length = self.ratio * max(self.para.getActualLineWidths0() or [0])
        x = (self.width - length) / 2
        self.canv.setLineWidth(ps.RULE_WIDTH)
        self.canv.line(x, ps.RULE_WIDTH / 2, x + length, ps.RULE_WIDTH / 2)


def _p(text: str, style) -> Paragraph:
    return Paragraph(markup(text), style)


def _table(rows, widths_mm, extra=(), **kw) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths_mm], splitInRow=1, **kw)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), ps.CELL_PADDING * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), ps.CELL_PADDING * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def _header(doc: NoticeDocument, st: ps.Styles) -> list[Flowable]:
    left: list[Flowable] = [_p(line, st.organ_parent) for line in doc.organ_parent]
    if doc.organ_issuing:
        issuing = _p("\n".join(doc.organ_issuing), st.organ_issuing)
        left.append(RuledParagraph(issuing, ps.ORGAN_RULE_RATIO))
    right = [_p(doc.national_name, st.national), RuledParagraph(_p(doc.motto, st.motto), 1.0)]
    number = _p(doc.number_line, st.number)
    date = _p(doc.date_line, st.date)
    # Row 2 holds Số and the date on one baseline: a paragraph's first baseline sits one font
    # size below its top, so the smaller Số gets the difference as extra top padding.
    lift = ps.SIZE_DATE - ps.SIZE_NUMBER
    extra = [("TOPPADDING", (0, 1), (-1, 1), 8), ("TOPPADDING", (0, 1), (0, 1), 8 + lift)]
    header = _table([[left, right], [number, date]], ps.HEADER_COLUMNS, extra)
    lines = balanced_lines(doc.title, fonts.BOLD, ps.SIZE_TITLE, ps.TEXT_WIDTH * mm)
    title = RuledParagraph(_p("\n".join(lines), st.title), ps.TITLE_RULE_RATIO, gap=6)
    # one empty line between the trích yếu rule and the body, as in the official template
    return [header, _p(doc.doc_name, st.doc_name), title, Spacer(1, ps.BODY_LEADING)]


def _block(block: Block, st: ps.Styles) -> list[Flowable]:
    """A block; a heading starts a new page unless a few lines of its section fit under it."""
    paragraph = Paragraph(rich_markup(block.runs()), st.body)
    if block.heading:
        room = st.body.spaceBefore + (1 + ps.HEADING_KEEP_LINES) * st.body.leading
        return [CondPageBreak(room), paragraph]
    return [paragraph]


def _signature(doc: NoticeDocument, st: ps.Styles) -> Table:
    left: list[Flowable] = []
    if doc.recipients:
        left.append(_p(doc.recipients_label, st.recipients_label))
        left += [_p(r, st.recipient) for r in doc.recipients]
    sig = doc.signature
    right: list[Flowable] = [_p(line, st.signature) for line in sig.upper_lines]
    right.append(Spacer(1, ps.SIGNATURE_GAP * mm))
    right += [_p(line, st.signature) for line in sig.lower_lines]
    # "Nơi nhận:" (12 pt) shares the baseline of the first signer line (14 pt) and starts, with
    # its list, at the left margin itself.
    lift = ps.SIZE_SIGNATURE - ps.SIZE_RECIPIENTS_LABEL
    extra = [("TOPPADDING", (0, 0), (0, 0), lift), ("LEFTPADDING", (0, 0), (0, 0), 0)]
    return _table([[left, right]], ps.SIGNATURE_COLUMNS, extra)


def _appendix(appx: Appendix, st: ps.Styles) -> list[Flowable]:
    head = [_p(c, st.cell_head) for c in appx.columns]
    rows = [
        [
            _p(cell, st.cell_center if centred else st.cell)
            for cell, centred in zip(row, appx.centred, strict=True)
        ]
        for row in appx.rows
    ]
    grid = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    grid += [("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    story: list[Flowable] = [
        NextPageTemplate("appendix_first"),
        PageBreak(),
        _p(appx.label, st.appendix_label),
        _p(appx.title, st.appendix_title),
        _p(appx.reference, st.appendix_reference),
        _table([head, *rows], appx.widths_mm, grid, repeatRows=1),
    ]
    if appx.summary:
        story.append(_p(appx.summary, st.body))
    return story


class _PageDecor:
    """Page furniture: the draft mark on page 1, page numbers from page 2 (none on page 1), and
    the appendix numbering its own pages from 1."""

    def __init__(self, doc: NoticeDocument):
        self.doc = doc
        self.appendix_start = 0

    def first(self, canvas, pdf) -> None:
        if self.doc.draft:
            self._draft_mark(canvas, pdf.pageTemplate.pagesize)

    def later(self, canvas, pdf) -> None:
        self._number(canvas, pdf.pageTemplate, canvas.getPageNumber())

    def appendix_first(self, canvas, pdf) -> None:
        self.appendix_start = canvas.getPageNumber()

    def appendix_later(self, canvas, pdf) -> None:
        self._number(canvas, pdf.pageTemplate, canvas.getPageNumber() - self.appendix_start + 1)

    @staticmethod
    def _number(canvas, template, number: int) -> None:
        _, height = template.pagesize
        frame = template.frames[0]
        canvas.setFont(fonts.REGULAR, ps.SIZE_PAGE_NUMBER)
        canvas.setFillGray(0)
        centre = frame._x1 + frame._width / 2
        canvas.drawCentredString(centre, height - ps.PAGE_NUMBER_BASELINE * mm, str(number))

    def _draft_mark(self, canvas, pagesize) -> None:
        width, height = pagesize
        text = drawable_text(self.doc.draft_mark)
        canvas.setFont(fonts.BOLD, 14)
        text_width = canvas.stringWidth(text, fonts.BOLD, 14)
        pad = 2 * mm
        right = width - ps.MARGIN_RIGHT * mm
        top = height - ps.DRAFT_MARK_TOP * mm
        box_h = 14 + 2 * pad
        canvas.setLineWidth(1)
        canvas.rect(right - text_width - 2 * pad, top - box_h, text_width + 2 * pad, box_h)
        canvas.drawString(right - text_width - pad, top - pad - 11, text)


def _frame(pagesize, margins: tuple[float, float, float, float]) -> Frame:
    top, bottom, left, right = (m * mm for m in margins)
    width, height = pagesize
    return Frame(
        left, bottom, width - left - right, height - top - bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip


def _templates(doc: NoticeDocument) -> list[PageTemplate]:
    decor = _PageDecor(doc)
    margins = (ps.MARGIN_TOP, ps.MARGIN_BOTTOM, ps.MARGIN_LEFT, ps.MARGIN_RIGHT)
    portrait = _frame(ps.PAGE, margins)
    wide = _frame(ps.APPENDIX_PAGE, ps.APPENDIX_MARGINS)

    def template(name, frame, on_page, pagesize, after):
        return PageTemplate(
            name, [frame], onPage=on_page, pagesize=pagesize, autoNextPageTemplate=after
        )

    return [
        template("first", portrait, decor.first, ps.PAGE, "later"),
        template("later", _frame(ps.PAGE, margins), decor.later, ps.PAGE, "later"),
        template("appendix_first", wide, decor.appendix_first, ps.APPENDIX_PAGE, "appendix_later"),
        template(
            "appendix_later",
            _frame(ps.APPENDIX_PAGE, ps.APPENDIX_MARGINS),
            decor.appendix_later,
            ps.APPENDIX_PAGE,
            "appendix_later",
        ),
    ]


def story(doc: NoticeDocument) -> list[Flowable]:
    st = ps.styles()
    flowables = _header(doc, st)
    body = [f for b in doc.blocks for f in _block(b, st)]
    last = [body.pop()] if body else []
    flowables += body
    # The last paragraph moves with the signature block so the signature never stands alone.
    flowables.append(KeepTogether([*last, Spacer(1, 12), _signature(doc, st)]))
    if doc.appendix is not None:
        flowables += _appendix(doc.appendix, st)
    return flowables


def write_notice_pdf(doc: NoticeDocument, path: str | Path | BinaryIO) -> None:
    """Write `doc` as an A4 PDF with embedded Times New Roman (or Liberation Serif 2)."""
    ps.styles()
    target = str(path) if isinstance(path, Path) else path
    pdf = BaseDocTemplate(
        target,
        pagesize=ps.PAGE,
        pageTemplates=_templates(doc),
        title=doc.title,
        author=" ".join(doc.organ_issuing),
        subject=f"{doc.doc_name} {doc.number_line}",
        creator="Tổ công tác",
        initialFontName=fonts.REGULAR,
        initialFontSize=ps.SIZE_BODY,
        initialLeading=ps.BODY_LEADING,
    )
    pdf.build(story(doc))
