"""The emphasis markup: what it reads, what it writes, and that user text stays text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.emphasis import Rich, Span, escape, parse, plain, to_markup


def test_bold_italic_and_escapes():
    assert list(parse("Một **hai** *ba* ***bốn*** \\* \\\\")) == [
        Span("Một "),
        Span("hai", bold=True),
        Span(" "),
        Span("ba", italic=True),
        Span(" "),
        Span("bốn", bold=True, italic=True),
        Span(" * \\"),
    ]


def test_no_html_and_no_reportlab_markup_is_read():
    assert plain("<b>đậm</b> &amp; <font color=red>x</font>") == (
        "<b>đậm</b> &amp; <font color=red>x</font>"
    )


def test_an_unclosed_marker_ends_with_the_text():
    assert list(parse("**đậm mãi")) == [Span("đậm mãi", bold=True)]


spans = st.lists(
    st.builds(Span, st.text(alphabet="ab *\\đ\n", max_size=6), st.booleans(), st.booleans()),
    max_size=6,
)


@given(spans)
def test_written_markup_reads_back_as_the_same_spans(items):
    rich = Rich(items)
    assert parse(to_markup(rich)) == rich


@given(st.text(max_size=40))
def test_plain_text_escaped_reads_back_as_itself(text):
    assert plain(escape(text)) == text
    assert parse(escape(text)) == Rich.plain_text(text)


def test_rich_text_helpers_keep_styles():
    rich = parse("Tăng **cường;**")
    assert rich.rstrip(";").text == "Tăng cường" and rich.rstrip(";")[-1].bold
    assert [r.text for r in parse("a\n**b**\nc").split_lines()] == ["a", "b", "c"]
