"""Parsing what is typed into a search box, and the excerpts shown for what it found."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputError
from app.domain.search_query import MAX_QUERY_CHARS, Term, parse_query
from app.domain.snippets import Highlighter, make_snippet


def _terms(text: str, prefix_last: bool = False) -> list[tuple[tuple[str, ...], bool]]:
    return [(t.words, t.prefix) for t in parse_query(text, prefix_last).terms]


def test_words_phrases_and_prefixes():
    assert _terms("giải ngân") == [(("giải",), False), (("ngân",), False)]
    assert _terms('"giải ngân" vốn*') == [(("giải", "ngân"), False), (("vốn",), True)]
    assert _terms('"số hóa"*') == [(("số", "hóa"), True)]
    assert _terms("54/TB-TCT") == [(("54", "TB", "TCT"), False)]  # one run: a phrase
    assert _terms('"chưa đóng') == [(("chưa", "đóng"), False)]  # the quote may stay open


def test_operators_are_gaps_between_words():
    assert _terms("NEAR(giai, ngan)") == [(("NEAR", "giai"), False), (("ngan",), False)]
    assert _terms("giai -ngan") == [(("giai",), False), (("ngan",), False)]
    assert _terms("a_b c:d") == [(("a", "b"), False), (("c", "d"), False)]


def test_type_ahead_takes_an_unfinished_last_word_as_a_prefix():
    assert _terms("giai ng", prefix_last=True) == [(("giai",), False), (("ng",), True)]
    assert _terms("giai ng ", prefix_last=True)[-1] == (("ng",), False)
    assert _terms('"giai ng', prefix_last=True) == [(("giai", "ng"), True)]
    assert _terms('"giai ng"', prefix_last=True) == [(("giai", "ng"), False)]
    assert _terms("giai -", prefix_last=True) == [(("giai",), False)]


@pytest.mark.parametrize("text", ["", "   ", '"', '""', "*", "-", ":", "😀", "(", "«»"])
def test_nothing_to_search_is_refused_in_vietnamese(text):
    with pytest.raises(InputError, match="Hãy gõ ít nhất một chữ hoặc một số"):
        parse_query(text)


def test_too_long_or_too_many_words_is_refused():
    with pytest.raises(InputError, match="quá dài"):
        parse_query("x" * (MAX_QUERY_CHARS + 1))
    with pytest.raises(InputError, match="quá nhiều từ"):
        parse_query(" ".join(["a"] * 31))


@given(st.text(max_size=80))
def test_any_text_parses_or_is_refused_cleanly(text):
    try:
        query = parse_query(text, prefix_last=True)
    except InputError as error:
        assert error.message
        return
    for term in query.terms:
        assert term.words and all(w and '"' not in w for w in term.words)
    query.highlighter()


def test_the_highlighter_finds_terms_as_written():
    pattern = parse_query('dong dang "giai ngan" quy*').highlighter()
    found = [m.group() for m in pattern.finditer("Đồng Đăng: giải ngân, Quyết định; đông")]
    assert found == ["Đồng", "Đăng", "giải ngân", "Quyết", "đông"]
    assert not pattern.search("giải pháp ngân sách dongdang")


def test_a_snippet_starts_a_little_before_the_first_match_and_marks_each():
    text = ("Mở đầu dài " * 30) + "việc giải ngân vốn còn chậm. " + ("Kết thúc " * 30)
    snippet = make_snippet(text, Highlighter(parse_query("giai ngan")))
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert len(snippet.text) <= 182
    assert [snippet.text[s:e] for s, e in snippet.marks] == ["giải ngân"]  # neighbours: one mark
    assert "".join(p for p, _ in snippet.parts()) == snippet.text


def test_marks_apart_stay_apart():
    snippet = make_snippet("giải pháp về ngân sách", Highlighter(parse_query("giai ngan")))
    assert [snippet.text[s:e] for s, e in snippet.marks] == ["giải", "ngân"]


def test_a_snippet_shows_fields_and_paragraphs_apart_on_one_line():
    text = "Kiến nghị một\nPhòng Tài chính\t- Kế hoạch"
    snippet = make_snippet(text, Highlighter(parse_query("phong")))
    assert snippet.text == "Kiến nghị một · Phòng Tài chính - Kế hoạch"
    assert snippet.marks == ((16, 21),)


def test_text_whose_folding_changes_length_is_marked_as_written():
    text = "Straße ẞ và Đồng Đăng"  # ß folds to "ss": the folded copy is longer
    snippet = make_snippet(text, Highlighter(parse_query("dong dang")))
    assert [snippet.text[s:e] for s, e in snippet.marks] == ["Đồng Đăng"]
    plain = make_snippet("Đồng Đăng, Đồng Đăng", Highlighter(parse_query("dong dang")))
    assert [plain.text[s:e] for s, e in plain.marks] == ["Đồng Đăng", "Đồng Đăng"]


def test_term_folds_its_words():
    assert Term(("Đồng", "ĐĂNG")).folded == ("dong", "dang")
