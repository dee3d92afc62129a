"""User text into Excel cells, always as text.

openpyxl turns any string starting with "=" into a live formula, and Excel itself re-reads a
cell starting with "=", "+", "-" or "@" as a formula as soon as the user edits it. A cell built from
user text is therefore written with data type "s" and, when it starts with one of those
characters, with the quotePrefix flag (Excel's leading apostrophe), so it stays text for good.
Control characters are removed (they are illegal in the file's XML) and text longer than Excel's
cell limit is cut with a visible mark instead of making Excel refuse the file.
"""

from __future__ import annotations

import re
from copy import copy
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.text import nfc

MAX_CELL_CHARS = 32_767
CUT_MARK = "… [đã cắt bớt]"
FORMULA_STARTS = ("=", "+", "-", "@")

# nfc() already drops C0/C1 controls except tab and newline; these are also illegal in XML 1.0.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_STYLE_ARRAYS: WeakKeyDictionary = WeakKeyDictionary()


def safe_text(value: str | None) -> str:
    """NFC text without control characters, cut to Excel's limit with a visible mark."""
    text = _NOT_XML.sub("", nfc(value or ""))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(CUT_MARK)] + CUT_MARK
    return text


def put_text(ws: Worksheet, row: int, column: int, value: str | None, style: str) -> Cell:
    """Write user text into one cell as a string that can never become a formula."""
    cell = ws.cell(row=row, column=column)
    text = safe_text(value)
    apply_style(cell, style)
    if not text:
        cell.value = None
        return cell
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def apply_style(cell: Cell, name: str) -> Cell:
    """`cell.style = name`, minus openpyxl's search of the workbook's named styles on every call
    (toolchain pitfall 12): the style's array is found once per workbook, then copied."""
    arrays = _STYLE_ARRAYS.setdefault(cell.parent.parent, {})
    array = arrays.get(name)
    if array is None:
        cell.style = name
        arrays[name] = copy(cell._style)
    else:
        cell._style = copy(array)
    return cell
