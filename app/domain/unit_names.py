"""The distinctive name of an inspected unit, as the inspection list shows it.

"UBND thành phố Lạng Sơn" → "TP Lạng Sơn", "UBND huyện Mây Xanh" → "Mây Xanh": the "UBND" of a
people's committee is implied by the kind of session, a district by the place name alone (most
units are districts), and a city, town, ward or commune keeps its short level word. Any other
body ("Sở Tài chính", "Thanh tra tỉnh") is shown as it is named.
"""

from __future__ import annotations

import re

from app.domain.text import nfc

_COMMITTEE = re.compile(r"(?:ubnd|[uủ]y ban nhân dân)\s+", re.IGNORECASE)
# (level word, as shown): longest first, so "thị xã" wins over "xã".
_LEVELS = (
    ("thành phố", "TP"),
    ("thị trấn", "TT"),
    ("thị xã", "TX"),
    ("huyện", ""),
    ("quận", "Quận"),
    ("phường", "Phường"),
    ("xã", "Xã"),
    ("tỉnh", "Tỉnh"),
)


def short_unit_name(name: str) -> str:
    """The name the list shows for *name* (unchanged when it is not a people's committee)."""
    text = " ".join(nfc(name or "").split())
    match = _COMMITTEE.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    lowered = rest.lower()
    for level, shown in _LEVELS:
        if lowered.startswith(level + " "):
            place = rest[len(level) + 1 :].strip()
            return f"{shown} {place}".strip() if place else rest
    return rest or text
