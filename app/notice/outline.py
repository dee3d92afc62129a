"""The outline of a notice body: each item's kind, its label, and the agency it is addressed to.

This is the one labelling rule (nd30-format.md §2.3). The builder labels the notice with it, and
the editor's entry list, capture mode and the preview show the labels of the notice the builder
made, so all of them always agree:

- headings at up to three levels, numbered "1.", "1.1.", "1.1.1." over the whole body (the
  generated section headings of a kiểm tra are level 1), or unnumbered; a heading is never more
  than one level below the heading before it (a level-3 heading right under "3." prints "3.1.");
- points "a)", "b)" … in the Vietnamese letter sequence, restarting under every heading, counted
  over the points that print; a heading with a single point prints it without a letter;
- dash items "-"; paragraphs have no label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.letters import letter
from app.domain.text import nfc
from app.dto import EntryData, EntryKind, Kind, Section

MAX_LEVEL = 3
BODY_KINDS = (EntryKind.PARAGRAPH, EntryKind.POINT, EntryKind.DASH)


def numbered_sections(inspection_kind: str) -> bool:
    """A kiểm tra (and a giám sát record) prints its sections under generated headings "1."…;
    a meeting conclusion has none: its headings are the secretary's own."""
    return Kind(inspection_kind) != Kind.HOP


def min_heading_level(inspection_kind: str) -> int:
    """The highest level a heading the secretary adds can take (level 1 is the sections')."""
    return 2 if numbered_sections(inspection_kind) else 1


def section_kind(section: str, inspection_kind: str) -> EntryKind:
    """How an entry of `section` prints when the secretary has not chosen."""
    if section == Section.FOLLOWUP:
        return EntryKind.DASH
    if section == Section.RECOMMENDATION:
        return EntryKind.DASH if Kind(inspection_kind) == Kind.HOP else EntryKind.POINT
    return EntryKind.PARAGRAPH


def effective_kind(entry: EntryData, inspection_kind: str) -> EntryKind:
    kind = EntryKind(entry.kind or "")
    return section_kind(entry.section, inspection_kind) if kind == EntryKind.DEFAULT else kind


@dataclass(frozen=True)
class Item:
    """One printed item of the body as the labelling sees it."""

    kind: EntryKind
    level: int = 1  # headings only; 0: one level below the heading before it
    numbered: bool = True  # headings only


def labels(items: Sequence[Item]) -> list[str]:
    """The label of each item: "1.", "1.1.", "a)", "-" or "" (paragraphs, unnumbered headings,
    a heading's single point)."""
    out = [""] * len(items)
    counters = [0] * MAX_LEVEL
    depth = 0
    points: list[int] = []

    def close_scope() -> None:
        if len(points) > 1:
            for n, index in enumerate(points):
                out[index] = f"{letter(n)})"
        points.clear()

    for index, item in enumerate(items):
        if item.kind == EntryKind.HEADING:
            close_scope()
            wanted = item.level if item.level > 0 else depth + 1  # level 0: under the last
            level = min(max(wanted, 1), MAX_LEVEL, depth + 1)
            if item.numbered:
                counters[level - 1] += 1
                counters[level:] = [0] * (MAX_LEVEL - level)
                out[index] = ".".join(str(c) for c in counters[:level] if c) + "."
            depth = level
        elif item.kind == EntryKind.POINT:
            points.append(index)
        elif item.kind == EntryKind.DASH:
            out[index] = "-"
    close_scope()
    return out


# -- keyboard changes of an entry's kind and level (Tab, Shift+Tab, the kind cycle) -----------


@dataclass(frozen=True)
class Shape:
    """What the secretary changes from the keyboard: the kind, a heading's level and number."""

    kind: EntryKind
    level: int = 0
    numbered: bool = True

    @classmethod
    def of(cls, entry: EntryData, inspection_kind: str) -> Shape:
        return cls(effective_kind(entry, inspection_kind), entry.level, entry.numbered)

    def fields(self) -> dict:
        return {"kind": str(self.kind), "level": self.level, "numbered": self.numbered}


def indent(shape: Shape, enclosing_level: int, section: str, inspection_kind: str) -> Shape:
    """Tab: a heading one level deeper, down to one level below the heading before it; a
    heading that cannot go deeper becomes a body item again."""
    if shape.kind != EntryKind.HEADING:
        return shape
    level = max(shape.level, min_heading_level(inspection_kind))
    if level + 1 <= min(MAX_LEVEL, enclosing_level + 1):
        return Shape(EntryKind.HEADING, level + 1, shape.numbered)
    return Shape(section_kind(section, inspection_kind))


def outdent(shape: Shape, enclosing_level: int, inspection_kind: str) -> Shape:
    """Shift+Tab: a body item becomes a heading one level below the heading it is under; a
    heading goes up one level (not above the highest level the secretary may use)."""
    highest = min_heading_level(inspection_kind)
    if shape.kind != EntryKind.HEADING:
        return Shape(EntryKind.HEADING, min(max(enclosing_level + 1, highest), MAX_LEVEL))
    return Shape(EntryKind.HEADING, max(shape.level - 1, highest), shape.numbered)


def cycle(shape: Shape) -> Shape:
    """The kind shortcut: paragraph → point → dash → paragraph; on a heading it switches the
    number on and off."""
    if shape.kind == EntryKind.HEADING:
        return Shape(EntryKind.HEADING, shape.level, not shape.numbered)
    following = BODY_KINDS[(BODY_KINDS.index(shape.kind) + 1) % len(BODY_KINDS)]
    return Shape(following)


def enclosing_level(entries: Sequence[EntryData], index: int, inspection_kind: str) -> int:
    """The level of the heading `entries[index]` stands under within its section (the
    section's own generated heading counts as level 1 in a kiểm tra)."""
    section = entries[index].section
    for entry in reversed(entries[:index]):
        if entry.section == section and effective_kind(entry, inspection_kind) == "heading":
            return max(entry.level, 1)
    return 1 if numbered_sections(inspection_kind) else 0


# -- addressees ---------------------------------------------------------------------------------


def addressees(entries: Sequence[EntryData], unit_name: str) -> list[str]:
    """The agency each entry of one section is addressed to: its own addressee, else that of
    the nearest heading above it that names one (a heading covers what follows until a heading
    of its level or higher), else "" (the inspected unit)."""
    unit = nfc(unit_name).strip().casefold()
    owners: list[tuple[int, str]] = []  # (level, agency) of the open headings
    result = []
    last = 0
    for entry in entries:
        own = nfc(entry.addressee).strip()
        if entry.kind == EntryKind.HEADING:
            level = last = entry.level if entry.level > 0 else last + 1
            owners = [(lv, a) for lv, a in owners if lv < level]
            if own:
                owners.append((level, own))
        agency = own or next((a for _, a in reversed(owners)), "")
        result.append("" if agency.casefold() == unit else agency)
    return result
