"""The rotation rule: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months
that have one."""

from __future__ import annotations

import datetime as dt

from app.domain.backup_rotation import daily_due, to_keep


def _at(day: str, hour: int = 17) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour)


def test_several_backups_a_day_keep_only_the_newest_of_the_day():
    times = [_at("2026-12-02", h) for h in (8, 12, 17)]
    assert to_keep(times) == {_at("2026-12-02", 17)}


def test_a_year_of_daily_backups():
    start = dt.date(2026, 1, 1)
    times = [dt.datetime.combine(start + dt.timedelta(days=i), dt.time(17)) for i in range(365)]
    kept = to_keep(times)
    days = sorted(t.date() for t in kept)
    # the last seven days: 25–31 December
    assert [d.day for d in days if d.month == 12 and d.day >= 25] == list(range(25, 32))
    # the last four ISO weeks: 53 (28–31/12) and 52 (Sunday 27/12) are in the days; 51 and 50
    # end on Sundays 20/12 and 13/12
    assert {dt.date(2026, 12, 20), dt.date(2026, 12, 13)} <= set(days)
    assert dt.date(2026, 12, 6) not in days
    # twelve months: the last day of each month (December's is the 31st)
    for month in range(1, 12):
        last = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
        assert last in days, last
    assert len(days) == 7 + 2 + 11
    assert dt.date(2026, 12, 24) not in days and dt.date(2026, 6, 15) not in days


def test_a_laptop_shut_for_a_month_keeps_its_last_working_days():
    october = [_at(f"2026-10-{d:02d}") for d in range(1, 31)]
    kept = {t.date() for t in to_keep([*october, _at("2026-12-01")])}
    # Days that have a backup count, not calendar days: 1/12 and the last six of October;
    # weeks 49, 44 (Friday 30/10), 43 and 42 (Sundays 25/10, 18/10); months: 1/12, 30/10.
    october_days = {dt.date(2026, 10, d) for d in (18, 25, 26, 27, 28, 29, 30)}
    assert kept == {dt.date(2026, 12, 1)} | october_days


def test_removing_day_by_day_keeps_what_the_rule_keeps_for_all():
    day = dt.date(2026, 3, 1)
    every = [dt.datetime.combine(day + dt.timedelta(days=i), dt.time(9)) for i in range(120)]
    kept: set[dt.datetime] = set()
    for time in every:
        kept = to_keep(kept | {time})
    assert kept == to_keep(every)
    # 28/6/2026 is a Sunday: days 22–28/6; weeks: Sundays 21/6, 14/6, 7/6; months: 31/5,
    # 30/4, 31/3 (1/3 went long ago)
    assert sorted(t.date() for t in kept) == [
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 31),
        dt.date(2026, 6, 7),
        dt.date(2026, 6, 14),
        *(dt.date(2026, 6, d) for d in range(21, 29)),
    ]


def test_a_daily_backup_is_due_once_a_day():
    now = _at("2026-12-02", 9)
    assert daily_due([], now)
    assert daily_due([_at("2026-12-01", 23)], now)
    assert not daily_due([_at("2026-12-01", 23), _at("2026-12-02", 8)], now)
