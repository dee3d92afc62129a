"""A short excerpt of a text around what a search found, with the matches marked.

The excerpt is plain text and the marks are offsets into it: whoever shows it (the search
window, the command line) escapes the text itself, so user text never becomes markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def make_snippet(text: str, pattern: re.Pattern[str], width: int = SNIPPET_CHARS) -> Snippet:
    """About *width* characters of *text* (on one line) from a little before its first match of
    *pattern*, cut at spaces, with every match inside marked. Line breaks (between paragraphs,
    or between the fields of one row: a recommendation and its addressee) show as " · "."""
    line = _SEPARATOR.join(" ".join(part.split()) for part in text.splitlines() if part.strip())
    matches = [m.span() for m in pattern.finditer(line) if m.end() > m.start()]
    start = 0
    if matches and matches[0][0] > _BEFORE and len(line) > width:
        start = max(0, min(matches[0][0] - _BEFORE, len(line) - width))
        space = line.find(" ", start, matches[0][0])
        start = space + 1 if space >= 0 else start
    end = len(line)
    if end - start > width:
        end = start + width
        space = line.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    prefix = _ELLIPSIS if start > 0 else ""
    suffix = _ELLIPSIS if end < len(line) else ""
    shift = len(prefix) - start
    marks: list[tuple[int, int]] = []
    for s, e in matches:
        if s >= end or e <= start:
            continue
        s, e = max(s, start), min(e, end)
        if marks and not line[marks[-1][1] - shift : s].strip():  # "giải ngân": one mark
            s = marks.pop()[0] - shift
        marks.append((s + shift, e + shift))
    return Snippet(prefix + line[start:end] + suffix, tuple(marks))
