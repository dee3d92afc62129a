import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.letters import LETTERS, letter, letters


def test_sequence():
    assert "".join(LETTERS) == "abcdđeghiklmnopqrstuvxy"
    assert len(LETTERS) == 23


def test_first_letters_include_d_stroke_after_d():
    assert letters(8) == ["a", "b", "c", "d", "đ", "e", "g", "h"]
    assert letters(0) == []


def test_past_y_counts_in_rounds():
    assert letter(22) == "y"
    assert letter(23) == "a1"
    assert letter(27) == "đ1"
    assert letter(45) == "y1"
    assert letter(46) == "a2"


def test_negative_refused():
    with pytest.raises(ValueError):
        letter(-1)
    with pytest.raises(ValueError):
        letters(-1)


@given(st.integers(min_value=0, max_value=500))
def test_letters_are_distinct_and_a_prefix_of_longer_runs(n):
    labels = letters(n)
    assert len(labels) == n
    assert len(set(labels)) == n
    assert letters(n + 5)[:n] == labels
    assert all(label[0] in LETTERS for label in labels)
