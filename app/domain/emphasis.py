"""Bold and italic spans inside the text of an entry, and the small markup that stores them.

The markup (database and data file alike) is a subset of Markdown's emphasis:

- ``**bold**``, ``*italic*``, ``***bold italic***``;
- a backslash makes the next character literal: ``\\*`` is a star, ``\\\\`` a backslash;
- nothing else is special: no HTML, no ReportLab tags, no links. ``<b>`` is the four characters
  ``<``, ``b``, ``>``.

Reading is lenient: each ``**`` toggles bold and each other ``*`` toggles italic, and a span
still open at the end of the text simply ends there. So any text reads as something, and text
typed in another program (a star in "tiêu chí 1*") only needs its stars escaped, which
`escape()` does. `to_markup()` writes the canonical form the editor saves.

`Rich` is the parsed form the notice is built from: a tuple of styled spans. `plain()` is the
text a reader sees (Excel cells, the inspection list, search).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from app.dto import ENTRY_MARKUP_FIELDS, EntryData

_SPECIAL = re.compile(r"([\\*])")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False

    def styled(self, **style: bool) -> Span:
        return Span(self.text, style.get("bold", self.bold), style.get("italic", self.italic))


class Rich(tuple):
    """Styled text: spans in order, adjacent spans of one style merged, no empty span."""

    __slots__ = ()

    def __new__(cls, spans: Iterable[Span] = ()) -> Rich:
        merged: list[Span] = []
        for span in spans:
            if not span.text:
                continue
            if merged and (merged[-1].bold, merged[-1].italic) == (span.bold, span.italic):
                merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic)
            else:
                merged.append(span)
        return super().__new__(cls, merged)

    @classmethod
    def plain_text(cls, text: str, bold: bool = False, italic: bool = False) -> Rich:
        """Text without markup (generated wording, a unit's name) as one span."""
        return cls([Span(text, bold, italic)])

    @property
    def text(self) -> str:
        return "".join(span.text for span in self)

    def __add__(self, other: Rich | str) -> Rich:  # type: ignore[override]
        if isinstance(other, str):
            other = Rich.plain_text(other)
        return Rich([*self, *other])

    def __radd__(self, other: str) -> Rich:
        return Rich.plain_text(other) + self

    def styled(self, **style: bool) -> Rich:
        """Every span with `style` forced ("bold=True" for a heading)."""
        return Rich(span.styled(**style) for span in self)

    def map_text(self, change: Callable[[str], str]) -> Rich:
        """`change` applied to the text of each span (cleaning, NFC)."""
        return Rich(Span(change(s.text), s.bold, s.italic) for s in self)

    def slice(self, start: int, end: int | None = None) -> Rich:
        """The spans between two positions of `text`."""
        end = len(self.text) if end is None else end
        out, position = [], 0
        for span in self:
            lo, hi = max(start - position, 0), min(end - position, len(span.text))
            if lo < hi:
                out.append(Span(span.text[lo:hi], span.bold, span.italic))
            position += len(span.text)
        return Rich(out)

    def strip(self) -> Rich:
        text = self.text
        start = len(text) - len(text.lstrip())
        return self.slice(start, len(text.rstrip()))

    def rstrip(self, chars: str | None = None) -> Rich:
        return self.slice(0, len(self.text.rstrip(chars)))

    def endswith(self, suffix: str | tuple[str, ...]) -> bool:
        return self.text.endswith(suffix)

    def replace(self, old: str, new: str) -> Rich:
        """`old` replaced within each span (never across spans): line breaks, tabs."""
        return self.map_text(lambda t: t.replace(old, new))

    def split_lines(self) -> list[Rich]:
        """One Rich per line of the text (the line breaks dropped)."""
        lines, start = [], 0
        text = self.text
        for index, ch in enumerate(text):
            if ch == "\n":
                lines.append(self.slice(start, index))
                start = index + 1
        lines.append(self.slice(start))
        return lines


def parse(markup: str) -> Rich:
    """The styled spans of `markup` (see the module docstring)."""
    if "*" not in markup and "\\" not in markup:
        return Rich.plain_text(markup)
    spans: list[Span] = []
    bold = italic = False
    current: list[str] = []
    i, n = 0, len(markup)
    while i < n:
        ch = markup[i]
        if ch == "\\" and i + 1 < n:
            current.append(markup[i + 1])
            i += 2
            continue
        if ch == "*":
            spans.append(Span("".join(current), bold, italic))
            current = []
            if markup.startswith("**", i):
                bold = not bold
                i += 2
            else:
                italic = not italic
                i += 1
            continue
        current.append(ch)
        i += 1
    spans.append(Span("".join(current), bold, italic))
    return Rich(spans)


def escape(text: str) -> str:
    """Plain text as markup that reads back as exactly that text."""
    return _SPECIAL.sub(r"\\\1", text)


def to_markup(rich: Iterable[Span]) -> str:
    """The canonical markup of styled spans: markers only where the style changes."""
    out: list[str] = []
    bold = italic = False
    for span in Rich(rich):
        if span.bold != bold:
            out.append("**")
            bold = span.bold
        if span.italic != italic:
            out.append("*")
            italic = span.italic
        out.append(escape(span.text))
    if bold:
        out.append("**")
    if italic:
        out.append("*")
    return "".join(out)


def plain(markup: str) -> str:
    """What a reader sees of `markup`: the text without markers and escapes."""
    return parse(markup).text


def plain_entry(entry: EntryData) -> EntryData:
    """A copy of `entry` with its marked-up fields as plain text (for Excel, lists, search)."""
    return replace(entry, **{name: plain(getattr(entry, name)) for name in ENTRY_MARKUP_FIELDS})
