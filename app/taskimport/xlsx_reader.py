"""Reading a .xlsx workbook with openpyxl in read-only mode: cached values only, never a formula.

A formula cell is read for the value Excel cached when it last saved the file; one without a
cached value (a workbook written by a program that does not calculate) is reported, as is a
cell showing an Excel error (#REF!, #VALUE!, …). Hidden sheets, columns and rows are marked:
openpyxl's read-only sheets do not expose them, so they are read from the sheet's XML.
"""

from __future__ import annotations

import warnings
import zipfile
from itertools import zip_longest
from pathlib import Path
from xml.etree.ElementTree import iterparse

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from app.domain.errors import InputError
from app.taskimport.files import not_a_workbook
from app.taskimport.sheet import MAX_ROWS, CellValue, Row, Sheet, Unreadable

MAX_COLUMNS = 60
_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_xlsx(path: Path) -> list[Sheet]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
            with path.open("rb") as values_file, path.open("rb") as formulas_file:
                values = load_workbook(values_file, read_only=True, data_only=True)
                formulas = load_workbook(formulas_file, read_only=True, data_only=False)
                with zipfile.ZipFile(path) as archive:
                    return [
                        _sheet(archive, ws, formulas[ws.title])
                        for ws in values.worksheets
                        if hasattr(ws, "_worksheet_path")  # chartsheets have no cells
                    ]
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - any failure to parse means: not a workbook we can read
        raise not_a_workbook(path.name) from None


def _sheet(archive: zipfile.ZipFile, ws, formula_ws) -> Sheet:
    hidden_columns, hidden_rows, merges = _extras(archive, ws._worksheet_path)  # noqa: SLF001
    # The dimension a file states can be wrong (some writers put "A1"): read what is there.
    ws.reset_dimensions()
    formula_ws.reset_dimensions()
    rows = []
    too_long = False
    pairs = zip_longest(
        ws.iter_rows(max_col=MAX_COLUMNS, values_only=True),
        formula_ws.iter_rows(max_col=MAX_COLUMNS, values_only=True),
        fillvalue=(),
    )
    for number, (cells, formula_cells) in enumerate(pairs, start=1):
        if number > MAX_ROWS:
            too_long = any(v is not None for v in cells)
            if too_long:
                break
            continue
        read = tuple(_cell(v, f) for v, f in zip_longest(cells, formula_cells))
        while read and read[-1] is None:
            read = read[:-1]
        if read:
            rows.append(Row(number, read, hidden=number in hidden_rows))
    return Sheet(
        ws.title,
        _fill_merged(rows, merges),
        hidden_columns=frozenset(hidden_columns),
        hidden=ws.sheet_state != "visible",
        too_long=too_long,
    )


def _cell(value, formula) -> CellValue:
    if value is None and isinstance(formula, str) and formula.startswith("="):
        return Unreadable(
            f"công thức «{formula}» chưa có giá trị đã tính (hãy mở tệp trong Excel rồi lưu lại)"
        )
    if value is None and formula is not None and not isinstance(formula, str | int | float):
        return Unreadable("công thức mảng chưa có giá trị đã tính")
    if isinstance(value, str):
        if value.strip() in _ERRORS:
            return Unreadable(f"ô báo lỗi «{value.strip()}» của Excel")
        return value if value.strip() else None
    return value


def _fill_merged(rows: list[Row], merges: list[tuple[int, int, int, int]]) -> list[Row]:
    """Give every cell of a merged range the value of its first cell, as the user sees it
    (a document merged down the rows of the tasks it gave)."""
    if not merges:
        return rows
    cells = {row.number: list(row.cells) for row in rows}
    for min_col, min_row, max_col, max_row in merges:
        first = cells.get(min_row)
        value = first[min_col - 1] if first and len(first) >= min_col else None
        if value is None:
            continue
        for number in range(min_row, max_row + 1):
            row = cells.get(number)
            if row is None:
                continue
            row.extend([None] * (max_col - len(row)))
            for column in range(min_col - 1, max_col):
                row[column] = value
    return [Row(r.number, tuple(cells[r.number]), r.hidden) for r in rows]


def _extras(archive: zipfile.ZipFile, member: str):
    """(hidden 0-based columns, hidden row numbers, merged ranges) from the sheet's XML."""
    columns: set[int] = set()
    rows: set[int] = set()
    merges: list[tuple[int, int, int, int]] = []
    with archive.open(member) as source:
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == f"{_NS}col" and element.get("hidden") in ("1", "true"):
                first, last = int(element.get("min", "1")), int(element.get("max", "1"))
                columns.update(range(first - 1, min(last, MAX_COLUMNS)))
            elif tag == f"{_NS}row":
                if element.get("hidden") in ("1", "true") and element.get("r"):
                    rows.add(int(element.get("r")))
                if element.get("r") and int(element.get("r")) > MAX_ROWS:
                    break
                element.clear()
            elif tag == f"{_NS}mergeCell" and element.get("ref"):
                min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                merges.append((min_col, min_row, min(max_col, MAX_COLUMNS), min(max_row, MAX_ROWS)))
    return columns, rows, merges
