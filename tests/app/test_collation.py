import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.collation import vn_sort_key


def vn_sorted(items):
    return sorted(items, key=vn_sort_key)


def test_place_names():
    assert vn_sorted(["Mây Xanh", "Khe Đá", "Đồi Thông"]) == ["Đồi Thông", "Khe Đá", "Mây Xanh"]


def test_letters_with_modifiers_follow_their_base():
    assert vn_sorted(["Ân", "An", "Ăn"]) == ["An", "Ăn", "Ân"]
    assert vn_sorted(["Ơn", "Ôn", "On"]) == ["On", "Ôn", "Ơn"]
    assert vn_sorted(["Ưu", "Uy", "Văn"]) == ["Uy", "Ưu", "Văn"]
    assert vn_sorted(["Êm", "Em", "Gà"]) == ["Em", "Êm", "Gà"]


def test_d_stroke_between_d_and_e():
    assert vn_sorted(["Em", "Đà", "Dương", "đa"]) == ["Dương", "đa", "Đà", "Em"]


def test_primary_before_tone():
    # "Anh" < "Ân": the letter decides before any later letter or tone.
    assert vn_sorted(["Ân", "Anh"]) == ["Anh", "Ân"]
    assert vn_sorted(["Mác", "Mạ", "Mac"]) == ["Mạ", "Mac", "Mác"]


def test_tones_in_dictionary_order():
    assert vn_sorted(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_case_last():
    assert vn_sorted(["Bắc Sơn", "bắc sơn", "bac son"]) == ["bac son", "bắc sơn", "Bắc Sơn"]


def test_space_before_letters_and_digits_before_letters():
    assert vn_sorted(["Anh", "An Bình", "A1"]) == ["A1", "An Bình", "Anh"]


def test_foreign_letters_in_latin_places():
    assert vn_sorted(["Gia", "Fansipan", "Êm"]) == ["Êm", "Fansipan", "Gia"]
    assert vn_sorted(["Zen", "Yên", "Wi"]) == ["Wi", "Yên", "Zen"]


def test_nfd_sorts_like_nfc():
    names = ["Mây Xanh", "Khe Đá", "Đồi Thông", "Ân", "An", "Ấp", "Ậu", "ầm"]
    nfd = [unicodedata.normalize("NFD", n) for n in names]
    assert [unicodedata.normalize("NFC", n) for n in vn_sorted(nfd)] == vn_sorted(names)


vietnamese = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậềểễếệồổỗốộờởỡớợừửữứự 1-",
    max_size=12,
)


@given(st.text() | vietnamese)
def test_key_ignores_normalisation_form(s):
    nfc_key = vn_sort_key(unicodedata.normalize("NFC", s))
    assert vn_sort_key(unicodedata.normalize("NFD", s)) == nfc_key


@given(st.lists(vietnamese))
def test_sorting_is_deterministic_whatever_the_input_order(items):
    assert vn_sorted(items) == vn_sorted(list(reversed(items)))
    assert vn_sorted(vn_sorted(items)) == vn_sorted(items)


@given(vietnamese, vietnamese)
def test_case_does_not_change_primary_order(a, b):
    if vn_sort_key(a)[0] < vn_sort_key(b)[0]:
        assert vn_sort_key(a.upper())[0] < vn_sort_key(b.lower())[0]


def test_place_names_sort_in_vietnamese_order():
    names = ["Xã Yên Bình", "Đồi Thông", "Ân Thi", "An Bình", "Khe Đá", "Dương Xá"]
    assert vn_sorted(names) == ["An Bình", "Ân Thi", "Dương Xá", "Đồi Thông", "Khe Đá",
                                "Xã Yên Bình"]  # fmt: skip
