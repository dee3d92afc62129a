"""Vietnamese sort key, so that `app/` can sort names without Qt's QCollator.

Levels, compared one after the other over the whole string (as ICU and QCollator do):

1. base letters, in the order a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
   The foreign letters f, j, w, z take their Latin places (f after ê, j after i, w after v,
   z after y), as in QCollator(vi_VN). Spaces sort before punctuation and symbols, those before
   digits, digits before letters; any other character comes after the letters, by code point;
2. tones, in dictionary order: none, huyền, hỏi, ngã, sắc, nặng ("Ma" < "Mà" < "Mả" < "Mã" <
   "Má" < "Mạ"); marks foreign to Vietnamese come after the tone;
3. case, lower before upper;
4. the NFC text itself, so that the order is total and the same for NFC and NFD input.
"""

from __future__ import annotations

import unicodedata

_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIERS = frozenset((_BREVE, _CIRCUMFLEX, _HORN))
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = (
    "a", "a" + _BREVE, "a" + _CIRCUMFLEX, "b", "c", "d", "đ", "e", "e" + _CIRCUMFLEX, "f", "g",
    "h", "i", "j", "k", "l", "m", "n", "o", "o" + _CIRCUMFLEX, "o" + _HORN, "p", "q", "r", "s",
    "t", "u", "u" + _HORN, "v", "w", "x", "y", "z",
)  # fmt: skip
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}

# Primary weight = class * _CLASS + position within the class.
_CLASS = 0x110000
_SPACE, _PUNCTUATION, _DIGIT, _LETTER, _OTHER = range(5)

SortKey = tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[int, ...], str]


def _clusters(s: str) -> list[tuple[str, str]]:
    """Split NFD text into (base character, combining marks after it)."""
    clusters: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and clusters:
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + ch)
        else:
            clusters.append((ch, ""))
    return clusters


def _primary(base: str, modifiers: str) -> tuple[int, str]:
    """The primary weight of one letter, and the modifiers it did not use up."""
    lower = base.lower() if len(base.lower()) == 1 else base
    if (rank := _LETTER_RANK.get(lower + modifiers)) is not None:
        return _LETTER * _CLASS + rank, ""
    if (rank := _LETTER_RANK.get(lower)) is not None:
        return _LETTER * _CLASS + rank, modifiers
    if base.isspace():
        return _SPACE * _CLASS, modifiers
    if base in "0123456789":
        return _DIGIT * _CLASS + int(base), modifiers
    if unicodedata.category(base)[0] in "PS":
        return _PUNCTUATION * _CLASS + ord(base), modifiers
    return _OTHER * _CLASS + ord(base), modifiers


def vn_sort_key(s: str) -> SortKey:
    """A key for sorted(): Vietnamese order, tones second, case third (see the module docstring)."""
    primary: list[int] = []
    secondary: list[tuple[int, ...]] = []
    tertiary: list[int] = []
    for base, marks in _clusters(s):
        modifiers = "".join(sorted(m for m in marks if m in _MODIFIERS))
        weight, unused = _primary(base, modifiers)
        tone = max((_TONES.get(m, 0) for m in marks), default=0)
        foreign = sorted(ord(m) for m in marks if m not in _MODIFIERS and m not in _TONES)
        primary.append(weight)
        secondary.append((tone, *sorted(ord(m) for m in unused), *foreign))
        tertiary.append(0 if base == base.lower() else 1)
    return tuple(primary), tuple(secondary), tuple(tertiary), unicodedata.normalize("NFC", s)
