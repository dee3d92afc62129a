"""The "Nơi nhận" of a notice: which lines print, and the inspected unit among the defaults.

A notice goes to the unit it concludes on (54/TB-TCT: "- UBND thành phố Lạng Sơn;"), so the
default list is the profile's lines with the unit's own line added before the filing line
("Lưu: VT, …", always last in Decree 30). An empty line never prints.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.text import fold, nfc


def printed_lines(lines: Iterable[str]) -> list[str]:
    """The lines of a list (recipients, scopes) that carry text, NFC and trimmed."""
    return [text for text in (nfc(str(line)).strip() for line in lines) if text]


def _unit_line(unit_name: str) -> str:
    return f"{nfc(unit_name).strip()};"


def _is_filing(line: str) -> bool:
    return fold(line).startswith("luu")


def default_recipients(profile_lines: Iterable[str], unit_name: str) -> list[str]:
    """The profile's default recipients with the inspected unit before the filing line (once)."""
    lines = printed_lines(profile_lines)
    unit = nfc(unit_name).strip()
    if not unit or any(fold(line).rstrip(";,. ") == fold(unit) for line in lines):
        return lines
    at = next((i for i, line in enumerate(lines) if _is_filing(line)), len(lines))
    return [*lines[:at], _unit_line(unit), *lines[at:]]


def follow_defaults(
    current: list[str],
    old_lines: Iterable[str],
    new_lines: Iterable[str],
    old_unit: str,
    new_unit: str,
) -> list[str] | None:
    """The recipients once the defaults changed (another unit, another issuing body): the new
    defaults when *current* still is the old default list (with the old unit, or without any
    unit, or empty); None when the secretary has made the list her own, which is then left
    alone, or when nothing changes."""
    old_lines = list(old_lines)
    defaults = ([], default_recipients(old_lines, old_unit), printed_lines(old_lines))
    if printed_lines(current) not in defaults:
        return None
    fresh = default_recipients(new_lines, new_unit)
    return fresh if fresh != current else None


def follow_unit(
    current: list[str], profile_lines: Iterable[str], old_unit: str, new_unit: str
) -> list[str] | None:
    """The recipients after the unit changed from *old_unit* to *new_unit* (follow_defaults)."""
    profile_lines = list(profile_lines)
    return follow_defaults(current, profile_lines, profile_lines, old_unit, new_unit)
