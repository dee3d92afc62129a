"""A short excerpt of a text around what a search found, with the matches marked.

The excerpt is plain text and the marks are offsets into it: whoever shows it (the search
window, the command line) escapes the text itself, so user text never becomes markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.search_query import SearchQuery
from app.domain.text import fold_in_place

SNIPPET_CHARS = 180
_BEFORE = 50  # characters kept before the first match
_ELLIPSIS = "…"
_SEPARATOR = " · "


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...] = ()  # (start, end) offsets into text, in order

    def parts(self) -> list[tuple[str, bool]]:
        """The text cut into (piece, marked) runs, for whoever draws it."""
        out, at = [], 0
        for start, end in self.marks:
            if start > at:
                out.append((self.text[at:start], False))
            out.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out


class Highlighter:
    """Finds a query's terms in text: in its folded copy when that keeps the offsets (plain
    letters: fast), else in the text itself with a pattern that allows every accent."""

    def __init__(self, query: SearchQuery):
        self._folded = query.highlighter(folded=True)
        self._written = query.highlighter()

    def haystack(self, line: str) -> tuple[str, re.Pattern[str]]:
        folded = fold_in_place(line)
        return (folded, self._folded) if folded is not None else (line, self._written)


def make_snippet(text: str, highlighter: Highlighter, width: int = SNIPPET_CHARS) -> Snippet:
    """About *width* characters of *text* (on one line) from a little before the first match,
    cut at spaces, with every match inside marked. Line breaks (between paragraphs, or between
    the fields of one row: a recommendation and its addressee) show as " · "."""
    line = _SEPARATOR.join(" ".join(part.split()) for part in text.splitlines() if part.strip())
    haystack, pattern = highlighter.haystack(line)
    first = pattern.search(haystack)
    start = 0
    if first is not None and first.start() > _BEFORE and len(line) > width:
        start = max(0, min(first.start() - _BEFORE, len(line) - width))
        space = line.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    end = len(line)
    if end - start > width:
        end = start + width
        space = line.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    prefix = _ELLIPSIS if start > 0 else ""
    suffix = _ELLIPSIS if end < len(line) else ""
    shift = len(prefix) - start
    spans: list[list[int]] = []
    if first is not None:  # only the shown part is searched for the other matches
        for match in pattern.finditer(haystack, max(0, start - 40), end):
            s, e = match.span()
            s, e = max(s, start), min(e, end)
            if e <= s:
                continue
            if spans and not line[spans[-1][1] : s].strip():  # "giải ngân": one mark
                spans[-1][1] = e
            else:
                spans.append([s, e])
    marks = tuple((s + shift, e + shift) for s, e in spans)
    return Snippet(prefix + line[start:end] + suffix, marks)
