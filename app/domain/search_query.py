"""What a search box accepts: several words (all must match), a "quoted phrase", a prefix (word*).

The query is parsed here into terms; the search index never sees the raw text (it gets each
term quoted: toolchain notes #15). Anything that is not a letter or a digit separates words, as
the index's tokenizer does, so `NEAR(`, `-`, `:` or an emoji are not operators but gaps.
A run of characters without spaces that holds several words ("54/TB-TCT") is a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import InputError
from app.domain.text import fold, folded_pattern, nfc

MAX_QUERY_CHARS = 500
MAX_TERMS = 30

_WORD = re.compile(r"[^\W_]+")
# a quoted phrase (the closing quote may be missing), or a run of non-space characters
_CHUNK = re.compile(r'"(?P<quoted>[^"]*)(?P<closed>"?)(?P<qstar>\*?)|(?P<bare>[^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One thing that must be found: a word, or several words in a row (a phrase).

    `words` are as typed (NFC); with `prefix`, the last word may continue ("giai*": giải, giảm…).
    """

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.words)


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...]

    def highlighter(self, folded: bool = False) -> re.Pattern[str]:
        """A pattern finding every term in text as written, whatever its accents; with
        *folded*, a plainer and faster one for folded text."""
        alternatives = []
        for term in sorted(self.terms, key=lambda t: -sum(map(len, t.words))):
            parts = [re.escape(w) if folded else folded_pattern(w) for w in term.folded]
            tail = r"[^\W_]*" if term.prefix else r"(?![^\W_])"
            alternatives.append(r"(?<![^\W_])" + r"[\W_]+".join(parts) + tail)
        return re.compile("|".join(alternatives))


def parse_query(text: str, prefix_last: bool = False) -> SearchQuery:
    """The terms of *text*; InputError (Vietnamese) when there is nothing to search or too much.

    With *prefix_last* (type-ahead), a last word still being typed counts as a prefix.
    """
    text = nfc(text)
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(f"Nội dung tìm quá dài: tối đa {MAX_QUERY_CHARS} ký tự.", field="query")
    terms: list[Term] = []
    last_open = False
    for match in _CHUNK.finditer(text):
        if match.group("bare") is not None:
            chunk = match.group("bare")
            star = chunk.endswith("*")
            last_open = not star and match.end() == len(text)
        else:
            chunk, star = match.group("quoted"), bool(match.group("qstar"))
            last_open = not star and not match.group("closed")
        words = tuple(w for w in _WORD.findall(chunk) if fold(w))
        if words:
            terms.append(Term(words, prefix=star))
        elif match.end() == len(text):
            last_open = False
    if not terms:
        raise InputError("Hãy gõ ít nhất một chữ hoặc một số để tìm.", field="query")
    if len(terms) > MAX_TERMS:
        raise InputError(f"Nội dung tìm có quá nhiều từ: tối đa {MAX_TERMS}.", field="query")
    if prefix_last and last_open and not terms[-1].prefix:
        terms[-1] = Term(terms[-1].words, prefix=True)
    return SearchQuery(tuple(terms))
