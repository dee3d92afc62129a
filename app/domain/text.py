"""Normalisation of user text and folding for accent-insensitive search."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline (carriage returns are turned into newlines first), DEL,
# the C1 controls, and the bidirectional controls (marks, embeddings, overrides, isolates: they
# can make printed text read differently from what was typed, e.g. U+202E), and lone surrogates
# (no encoding can store them).
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# What must not reach a one-line message as is: every control above, tab and line breaks.
_NOT_IN_A_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LINE_BREAKS = re.compile("\r\n?")
_TO_REPLACE = re.compile(f"\r|{_CONTROLS.pattern}")


def nfc(s: str) -> str:
    """NFC-normalise user text and drop control characters (bidirectional ones included).

    Tab and newline are kept. Windows ("\\r\\n") and old Mac ("\\r") line breaks become "\\n" so
    that pasted paragraphs keep their breaks instead of being glued together.
    """
    if type(s) is str:  # (a str subclass, an enumeration member, comes out as a plain str)
        if s.isascii() and s.isprintable():
            return s  # most of a data file (keys, dates, numbers, codes): nothing to change
        if _TO_REPLACE.search(s) is None:
            return unicodedata.normalize("NFC", s)
    s = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", s))
    return unicodedata.normalize("NFC", s)


def one_line(s: str) -> str:
    """*s* safe to print as one line: line breaks and controls shown as escapes ("\\n")."""
    return _NOT_IN_A_LINE.sub(lambda m: _ESCAPES.get(m[0], f"\\u{ord(m[0]):04x}"), s)


def _fold_char(ch: str) -> str:
    """One character folded: case-folded, decomposed, marks dropped, đ→d.

    Case-folding comes first because it can itself produce combining marks ("İ" → "i" + U+0307),
    which the following steps then remove.
    """
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


class _FoldTable(dict):
    """code point → folded text, filled on first use (str.translate looks characters up here).

    `uneven` collects the characters seen whose folded form is not one character long.
    """

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        if len(folded) != 1:
            self.uneven.add(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(s: str) -> str:
    """Fold text for accent-insensitive search: no marks, đ→d, case-folded.

    "Đồi Thông" → "doi thong"; the same for NFC and NFD input, and fold(fold(s)) == fold(s).
    This is the app's one folding rule: the search index, its queries, the inspection list's
    filter and the highlighting of matches all use it.
    """
    return s.translate(_FOLD)


def fold_in_place(s: str) -> str | None:
    """fold(s) when every character folds to exactly one (the folded text then has the same
    offsets as *s*, so a match found in it can be marked in *s*); None otherwise ("ß" → "ss")."""
    folded = fold(s)
    if len(folded) == len(s) and _FOLD.uneven.isdisjoint(s):
        return folded
    return None


def _folding_variants() -> dict[str, str]:
    """Folded letter → every character of Latin and Vietnamese text that folds to it."""
    variants: dict[str, list[str]] = {}
    for code in [*range(0x20, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        folded = fold(ch)
        if len(folded) == 1 and folded != ch:
            variants.setdefault(folded, [folded]).append(ch)
    return {k: "".join(v) for k, v in variants.items()}


_VARIANTS = _folding_variants()


def folded_pattern(folded_word: str) -> str:
    """A regular expression matching, in unfolded text, what folds to *folded_word*.

    "dong" → a pattern that finds "Đồng", "đông", "DONG"…, so matches are found and marked in the
    text as written (the highlight of a search result) without folding every text shown.
    """
    parts = []
    for ch in folded_word:
        variants = _VARIANTS.get(ch)
        parts.append(f"[{re.escape(variants)}]" if variants else re.escape(ch))
    return "".join(parts)
