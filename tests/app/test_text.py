import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import fold, nfc

NFD_DOI_THONG = unicodedata.normalize("NFD", "Đồi Thông")


def test_nfc_composes_nfd_input():
    assert NFD_DOI_THONG != "Đồi Thông"
    assert nfc(NFD_DOI_THONG) == "Đồi Thông"


def test_nfc_drops_controls_but_keeps_tab_and_newline():
    assert nfc("a\x00b\x07c\x0bd\x0ce\x1bf\x7fg\x85h\x9fi") == "abcdefghi"
    assert nfc("dòng 1\ndòng\t2") == "dòng 1\ndòng\t2"


def test_nfc_turns_carriage_returns_into_newlines():
    assert nfc("a\r\nb\rc\n") == "a\nb\nc\n"


def test_nfc_composes_across_a_dropped_control():
    assert nfc("a\x00\u0301") == "á"


def test_fold_strips_tones_and_marks_and_d_stroke():
    assert fold("Đồi Thông") == "doi thong"
    assert fold("ĐƯỜNG đi") == "duong di"
    assert fold("Khe Đá") == "khe da"
    assert fold("Mây Xanh") == "may xanh"
    assert fold("Ậ Ẵ Ở Ữ Ỹ") == "a a o u y"


def test_fold_same_for_nfc_and_nfd():
    assert fold(NFD_DOI_THONG) == fold("Đồi Thông") == "doi thong"


@given(st.text())
def test_fold_is_idempotent(s):
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_fold_ignores_normalisation_form(s):
    assert fold(unicodedata.normalize("NFD", s)) == fold(unicodedata.normalize("NFC", s))


@given(st.text())
def test_nfc_output_is_nfc_without_controls(s):
    out = nfc(s)
    assert unicodedata.is_normalized("NFC", out)
    assert nfc(out) == out
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in out), repr(out)
