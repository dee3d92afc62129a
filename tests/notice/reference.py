"""The sentences of the reference notices, as the tests compare them with the generated notices.

The text copies in tests/notice/data/ come from the originals with two kinds of noise, removed
here: "**" emphasis markers, and page-break artefacts (a paragraph broken by blank lines, "Số: 54
/TB-TCT" with a space before the slash). Whitespace is normalised, so a page break inside a
sentence disappears; the text is then cut after each ".", ";", ":", "!" or "?".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NOTICE_54 = DATA / "thong-bao-54-TB-TCT-2021-kiem-tra-tp-lang-son.txt"
MEETING_2020 = DATA / "thong-bao-ket-luan-hop-2020-nghi-quyet-62.txt"

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")


def normalise(text: str) -> str:
    """NFC with every run of whitespace made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("**", "")
    text = re.sub(r"(\d) /", r"\1/", normalise(text))
    return [s for s in _SENTENCE_END.split(text) if s]


def missing_sentences(path: Path, rendered_text: str) -> list[str]:
    """The reference sentences that do not occur in `rendered_text` (after normalisation)."""
    haystack = normalise(rendered_text)
    return [s for s in sentences(path) if s not in haystack]
