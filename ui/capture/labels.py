"""The labels capture mode shows beside each entry, counted as the notice will print them."""

from __future__ import annotations

from app.domain.letters import letter
from app.domain.text import nfc
from app.dto import EntryData, Kind, Section

EMPTY = "…"  # an entry with no text yet: the notice leaves it out
PARAGRAPH = "•"  # a paragraph of the section, or a recommendation standing alone
DASH = "–"  # a "- " item: follow-ups, a meeting's recommendations


def entry_labels(entries: list[EntryData], section: str, unit_name: str, kind: str) -> list[str]:
    """One label per entry: "a", "b"… for recommendations, counted within each addressee group
    and over the entries that have text (empty ones are not printed); a group with a single
    recommendation prints it without a letter."""
    has_text = [bool(nfc(e.text).strip()) for e in entries]
    if section == Section.FOLLOWUP or (section == Section.RECOMMENDATION and kind == Kind.HOP):
        return [DASH if t else EMPTY for t in has_text]
    if section != Section.RECOMMENDATION:
        return [PARAGRAPH if t else EMPTY for t in has_text]
    unit = nfc(unit_name).strip().casefold()
    groups: list[str] = []
    for entry in entries:
        addressee = nfc(entry.addressee).strip()
        groups.append("" if addressee.casefold() == unit else addressee)
    sizes: dict[str, int] = {}
    for group, typed in zip(groups, has_text, strict=True):
        sizes[group] = sizes.get(group, 0) + typed
    seen: dict[str, int] = {}
    labels = []
    for group, typed in zip(groups, has_text, strict=True):
        if not typed:
            labels.append(EMPTY)
        elif sizes[group] == 1:
            labels.append(PARAGRAPH)
        else:
            labels.append(f"{letter(seen.get(group, 0))})")
            seen[group] = seen.get(group, 0) + 1
    return labels
