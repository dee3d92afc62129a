"""What the first data model meant, said in the terms of the second (schema 0004 → 0006, data file
tocongtac/1 → tocongtac/2). Used by migration 0006 and by the data-file reader for /1 files, so a
database carried over and a file imported come out the same. Frozen: it describes the past.

1. Entry text, context and response become emphasis markup: their "\\" and "*" are escaped.
2. A notice not yet issued that has a date but no number is the copy for signature.
3. Recommendations addressed to an agency were printed under that agency's heading, gathered in
   the order the agencies first appear, after the unit's own: that heading becomes an entry of
   its own (a numbered sub-heading in an inspection, an unnumbered heading in a meeting) owning
   the agency, and its recommendations follow it without an addressee of their own.
"""

from __future__ import annotations

import re
import unicodedata

MARKUP_FIELDS = ("text", "context", "response")
_SPECIAL = re.compile(r"([\\*])")


def escape_markup(text: str | None) -> str:
    return _SPECIAL.sub(r"\\\1", text or "")


def for_signature(issued: bool, date: object, number: str | None) -> bool:
    return not issued and date is not None and not (number or "").strip()


def _printed(entry: dict) -> bool:
    return bool((entry.get("text") or "").strip() or (entry.get("response") or "").strip())


def regroup(entries: list[dict], unit_name: str, kind: str) -> list[dict]:
    """`entries` (dicts with "section", "addressee", "text", … in notice order, markup already
    escaped) in their new order, agency headings inserted as new dicts."""
    recommendations = [e for e in entries if e.get("section") == "recommendation"]
    unit = unicodedata.normalize("NFC", unit_name or "").casefold()
    groups: dict[str, list[dict]] = {}
    for entry in recommendations:
        agency = unicodedata.normalize("NFC", entry.get("addressee") or "").strip()
        if agency and agency.casefold() != unit:
            groups.setdefault(agency, []).append(entry)
    printed = {k for k, items in groups.items() if any(_printed(e) for e in items)}
    if not printed:
        return entries
    grouped_ids = {id(e) for k in printed for e in groups[k]}
    block = [e for e in recommendations if id(e) not in grouped_ids]
    meeting = kind == "hop"
    for key in (k for k in groups if k in printed):
        block.append(
            {
                "section": "recommendation",
                "kind": "heading",
                "level": 1 if meeting else 2,
                "numbered": not meeting,
                "text": escape_markup(key),
                "addressee": key,
            }
        )
        block += [{**e, "addressee": ""} for e in groups[key]]
    result, placed = [], False
    for entry in entries:
        if entry.get("section") != "recommendation":
            result.append(entry)
        elif not placed:
            result += block
            placed = True
    return result
