"""The official look of every workbook: fonts, borders, number formats, title block, print setup.

Everything visual lives here so the two workbooks look alike. Cells get their look from named
styles (one lookup per cell, no per-cell Font/Border objects: pitfall 12 of the toolchain notes);
the only per-cell extra is a number format where a column needs one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.chart import BarChart
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
)
from openpyxl.drawing.text import Font as DrawingFont
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.exporters.xlsx_text import apply_style, put_text

FONT_NAME = "Times New Roman"
BODY_SIZE = 12
LINE_HEIGHT = 16.0  # points per line of 12 pt Times New Roman
RATE_FORMAT = "0.00"
COUNT_FORMAT = "0"
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"

# named styles
TEXT = "tct_text"
CENTER = "tct_center"
COUNT = "tct_count"
RATE = "tct_rate"
NUMBER = "tct_number"
HEADER = "tct_header"
GROUP = "tct_group"
TOTAL_LABEL = "tct_total_label"
TOTAL_COUNT = "tct_total_count"
TOTAL_RATE = "tct_total_rate"
OVERDUE = "tct_overdue"
ORGAN = "tct_organ"
ORGAN_BOLD = "tct_organ_bold"
MOTTO = "tct_motto"
TITLE = "tct_title"
SUBTITLE = "tct_subtitle"
PLAIN = "tct_plain"

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_LEFT = Alignment(wrap_text=True, vertical="center")
_WRAP_CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
_OVERDUE_FILL = PatternFill("solid", start_color="FCE4E4", end_color="FCE4E4")


def _font(size: int = BODY_SIZE, **kwargs) -> Font:
    return Font(name=FONT_NAME, size=size, **kwargs)


def _named(name, font, alignment, border=None, number_format="General", fill=None) -> NamedStyle:
    style = NamedStyle(name=name, font=font, alignment=alignment, number_format=number_format)
    if border is not None:
        style.border = border
    if fill is not None:
        style.fill = fill
    return style


def register_styles(wb: Workbook) -> None:
    """Add the named styles to a new workbook (each workbook needs its own instances)."""
    for style in (
        _named(TEXT, _font(), _WRAP_LEFT, _BOX),
        _named(CENTER, _font(), _WRAP_CENTER, _BOX),
        _named(COUNT, _font(), _WRAP_CENTER, _BOX, COUNT_FORMAT),
        _named(RATE, _font(), _WRAP_CENTER, _BOX, RATE_FORMAT),
        _named(NUMBER, _font(), Alignment(horizontal="right", vertical="center"), _BOX),
        _named(HEADER, _font(bold=True), _WRAP_CENTER, _BOX),
        _named(GROUP, _font(bold=True), Alignment(wrap_text=True, vertical="center"), _BOX),
        _named(TOTAL_LABEL, _font(bold=True), _WRAP_CENTER, _BOX),
        _named(TOTAL_COUNT, _font(bold=True), _WRAP_CENTER, _BOX, COUNT_FORMAT),
        _named(TOTAL_RATE, _font(bold=True), _WRAP_CENTER, _BOX, RATE_FORMAT),
        _named(OVERDUE, _font(bold=True, color="C00000"), _WRAP_CENTER, _BOX, fill=_OVERDUE_FILL),
        _named(ORGAN, _font(13), _WRAP_CENTER),
        _named(ORGAN_BOLD, _font(13, bold=True), _WRAP_CENTER),
        _named(MOTTO, _font(13, bold=True, underline="single"), _WRAP_CENTER),
        _named(TITLE, _font(14, bold=True), _WRAP_CENTER),
        _named(SUBTITLE, _font(13, italic=True), _WRAP_CENTER),
        _named(PLAIN, _font(), _WRAP_LEFT),
    ):
        wb.add_named_style(style)


def new_workbook() -> Workbook:
    """An empty workbook with the named styles and recalculation of formulas on opening."""
    wb = Workbook()
    wb.remove(wb.active)
    register_styles(wb)
    wb.calculation.fullCalcOnLoad = True
    return wb


@dataclass(frozen=True)
class Letterhead:
    """The left block of the title: organ lines, the last one (the issuing organ) in bold."""

    parent_lines: tuple[str, ...]
    issuing_lines: tuple[str, ...]


def letterhead(parent_organ: str, issuing_organ: str) -> Letterhead:
    return Letterhead(_lines(parent_organ), _lines(issuing_organ))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def merge(ws: Worksheet, row: int, col: int, rows: int = 1, cols: int = 1, style: str = "") -> None:
    """Merge a block; with a style, every cell of the block gets it (so the borders are whole)."""
    if style:
        for r in range(row, row + rows):
            for c in range(col, col + cols):
                apply_style(ws.cell(row=r, column=c), style)
    if rows > 1 or cols > 1:
        ws.merge_cells(
            start_row=row, start_column=col, end_row=row + rows - 1, end_column=col + cols - 1
        )


def text_block(ws: Worksheet, row: int, col: int, text: str, style: str, cols: int = 1) -> None:
    """User or generated text in a block of *cols* merged cells on one row."""
    merge(ws, row, col, 1, cols, style)
    put_text(ws, row, col, text, style)


def write_title_block(
    ws: Worksheet,
    head: Letterhead,
    widths: Sequence[float],
    title_lines: Sequence[str],
    subtitle_lines: Sequence[str] = (),
) -> int:
    """The letterhead (left), the national name and motto (right), then the title lines in bold
    and the subtitle lines in italic, centred across the table. Returns the next free row."""
    ncols = len(widths)
    split = _left_columns(widths)
    left = [(line, ORGAN) for line in head.parent_lines]
    left += [(line, ORGAN_BOLD) for line in head.issuing_lines]
    right = [(NATIONAL_NAME, ORGAN_BOLD), (NATIONAL_MOTTO, MOTTO)]
    row = 1
    for i in range(max(len(left), len(right))):
        if i < len(left):
            text_block(ws, row, 1, left[i][0], left[i][1], split)
        if i < len(right):
            text_block(ws, row, split + 1, right[i][0], right[i][1], ncols - split)
        ws.row_dimensions[row].height = LINE_HEIGHT + 2
        row += 1
    row += 1
    for lines, style in ((title_lines, TITLE), (subtitle_lines, SUBTITLE)):
        for line in lines:
            text_block(ws, row, 1, line, style, ncols)
            ws.row_dimensions[row].height = fit_height([(line, sum(widths) * 0.85)], 18.0)
            row += 1
    return row + 1


def _left_columns(widths: Sequence[float]) -> int:
    """How many columns the letterhead takes: about 40% of the table's width, at least one."""
    total, running = sum(widths), 0.0
    for index, width in enumerate(widths, start=1):
        running += width
        if running >= 0.4 * total:
            return min(index, len(widths) - 1)
    return 1


def header_cell(ws: Worksheet, row: int, col: int, text: str, rows: int = 1, cols: int = 1):
    merge(ws, row, col, rows, cols, HEADER)
    ws.cell(row=row, column=col).value = text


def fit_height(cells: Sequence[tuple[str, float]], line_height: float = LINE_HEIGHT) -> float:
    """A row height that shows every (text, column width) pair whole when wrapped.

    Neither Excel nor LibreOffice fits merged cells, and Excel does not refit rows written by
    openpyxl; so the height is estimated by wrapping words at the width's character count.
    """
    lines = 1
    for text, width in cells:
        lines = max(lines, _wrapped_lines(text, width))
    return round(lines * line_height + 4, 1)


def _wrapped_lines(text: str, width: float) -> int:
    per_line = max(1, int(width * 1.15) - 1)  # characters of 12 pt Times per width unit
    count = 0
    for paragraph in (text or "").split("\n"):
        if len(paragraph) <= per_line:
            count += 1
            continue
        used = 0
        lines = 1
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > per_line:
                lines += 1
                used = 0
            if size > per_line:
                lines += math.ceil(size / per_line) - 1
                used = size % per_line
            else:
                used += size + (1 if used else 0)
        count += lines
    return count


def setup_page(ws: Worksheet, header_rows: tuple[int, int], freeze: str) -> None:
    """A4 landscape, fit to one page wide, header rows on every page, panes frozen under them,
    page numbers from page 2 on (ND30: the first page shows none), each sheet counting from 1."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 0.79
    ws.page_margins.right = 0.59
    ws.page_margins.top = 0.79
    ws.page_margins.bottom = 0.59
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    ws.freeze_panes = freeze
    ws.page_setup.firstPageNumber = 1
    ws.page_setup.useFirstPageNumber = True
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{FONT_NAME},Regular"
    ws.oddHeader.center.size = 13


def _chart_font(size: int, bold: bool = False) -> CharacterProperties:
    return CharacterProperties(latin=DrawingFont(typeface=FONT_NAME), sz=size, b=bold)


def chart_text(size: int = 1100) -> RichText:
    """Text properties for chart labels (size in hundredths of a point)."""
    props = _chart_font(size)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def chart_title(text: str) -> Title:
    props = _chart_font(1300, bold=True)
    paragraph = Paragraph(
        pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)]
    )
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def style_bar_axes(chart: BarChart, maximum: float) -> None:
    """Visible axes in Times New Roman, values from 0 to *maximum*, first category on top."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.crosses = "max"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = maximum
    chart.y_axis.majorUnit = 20
    chart.y_axis.number_format = "0"
    chart.x_axis.txPr = chart_text(1100)
    chart.y_axis.txPr = chart_text(1000)
