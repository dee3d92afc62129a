"""Which automatic backups are kept: the newest of each of the last 7 days, 4 weeks and 12
months that have a backup (a laptop left shut for a month keeps its old copies).

A backup kept by one rule may also be the one another keeps (Sunday's is the day's, the
week's and perhaps the month's); weeks are ISO weeks. The rule only ever looks at the
backups' times, so it is the same on every machine and for every folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _newest_per(
    times: list[dt.datetime], bucket: Callable[[dt.datetime], tuple], how_many: int
) -> set[dt.datetime]:
    kept: dict[tuple, dt.datetime] = {}
    for time in sorted(times, reverse=True):  # newest first: the first of a bucket wins
        key = bucket(time)
        if key not in kept:
            if len(kept) == how_many:
                break
            kept[key] = time
    return set(kept.values())


def to_keep(
    times: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[dt.datetime]:
    """Of the backups made at *times*, the times of those to keep (the others may go)."""
    times = list(times)
    return (
        _newest_per(times, lambda t: (t.year, t.month, t.day), daily)
        | _newest_per(times, lambda t: tuple(t.isocalendar())[:2], weekly)
        | _newest_per(times, lambda t: (t.year, t.month), monthly)
    )


def daily_due(times: Iterable[dt.datetime], now: dt.datetime) -> bool:
    """True when none of the backups at *times* was made on *now*'s day."""
    return all(t.date() != now.date() for t in times)
