import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import fold, folded_pattern, nfc

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


def _whole_string_fold(s: str) -> str:
    """The definition, applied to the whole string at once (fold works character by character)."""
    decomposed = unicodedata.normalize("NFD", s.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


@given(st.text())
def test_fold_by_character_equals_the_definition_on_the_whole_string(s):
    assert fold(s) == _whole_string_fold(s)


def test_folded_pattern_finds_every_written_form():
    import re

    pattern = re.compile(folded_pattern("dong dang"))
    assert pattern.search("thị trấn Đồng Đăng").group() == "Đồng Đăng"
    assert pattern.search("ĐỒNG ĐĂNG").group() == "ĐỒNG ĐĂNG"
    assert pattern.search("dong dang").group() == "dong dang"
    assert pattern.search("Đồng Đắng").group() == "Đồng Đắng"
    assert pattern.search("Đông Đăng") is not None
    assert pattern.search("Đồng Đẳng") is not None
    assert pattern.search("Đồng Đáng") is not None
    assert pattern.search("Đồng Đinh") is None
    assert re.search(folded_pattern("a.b*"), "a.b*") and not re.search(folded_pattern("a.b"), "axb")


def test_bidi_controls_and_lone_surrogates_are_dropped_at_entry():
    from app.domain.text import nfc

    assert nfc("a\u202eb\u2066c\u2069\u200fd\ud800e") == "abcde"


def test_one_line_shows_breaks_and_controls_as_escapes():
    from app.domain.text import one_line

    assert one_line("«a\nb»\t\u202ex\r") == "«a\\nb»\\t\\u202ex\\r"
