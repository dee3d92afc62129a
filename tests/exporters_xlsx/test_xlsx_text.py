"""User text into cells: never a formula, no control characters, cut at Excel's limit."""

import unicodedata

import openpyxl
import pytest

from app.exporters import xlsx_style as st
from app.exporters.xlsx_text import CUT_MARK, MAX_CELL_CHARS, put_text, safe_text


def test_control_characters_are_removed_and_breaks_kept():
    assert safe_text("a\x00b\x07c\x1bd\ttab\r\nline\x7f") == "abcd\ttab\nline"


def test_text_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Đồi Thông")
    assert safe_text(decomposed) == "Đồi Thông"


def test_long_text_is_cut_with_a_visible_mark():
    text = safe_text("á" * 40_000)
    assert len(text) == MAX_CELL_CHARS
    assert text.endswith(CUT_MARK)
    assert safe_text("b" * MAX_CELL_CHARS) == "b" * MAX_CELL_CHARS


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "=1+1", "-"]
)
def test_formula_like_text_stays_text_after_saving(tmp_path, payload):
    wb = st.new_workbook()
    ws = wb.create_sheet("T")
    put_text(ws, 1, 1, payload, st.TEXT)
    put_text(ws, 2, 1, "bình thường", st.TEXT)
    wb.save(tmp_path / "t.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "t.xlsx")["T"]["A1"]
    assert cell.value == payload
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert not openpyxl.load_workbook(tmp_path / "t.xlsx")["T"]["A2"].quotePrefix


def test_empty_text_leaves_the_cell_empty_but_styled():
    wb = st.new_workbook()
    ws = wb.create_sheet("T")
    cell = put_text(ws, 1, 1, "", st.TEXT)
    assert cell.value is None
    assert cell.font.name == "Times New Roman"
