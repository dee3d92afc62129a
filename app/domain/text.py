"""Normalisation of user text and folding for accent-insensitive search."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline (carriage returns are turned into newlines first),
# DEL and the C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?")


def nfc(s: str) -> str:
    """NFC-normalise user text and drop control characters.

    Tab and newline are kept. Windows ("\\r\\n") and old Mac ("\\r") line breaks become "\\n" so
    that pasted paragraphs keep their breaks instead of being glued together.
    """
    s = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", s))
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    """Fold text for accent-insensitive search: no marks, đ→d, case-folded.

    "Đồi Thông" → "doi thong". Case-folding comes first because it can itself produce combining
    marks ("İ" → "i" + U+0307), which the following steps then remove; so fold(fold(s)) == fold(s).
    """
    decomposed = unicodedata.normalize("NFD", s.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")
