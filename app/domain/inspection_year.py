"""Which year an inspection belongs to: the one rule the list, its filter, `list --year`, the
appendix titles and the year summary all follow."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Dated(Protocol):
    """An inspection as any layer holds it (model row, InspectionData, InspectionRow)."""

    year: int | None
    date: dt.date | None


def inspection_year(inspection: Dated) -> int | None:
    """The inspection's own year ("Năm" on Thông tin chung: the year it covers) when it is set,
    else the year of its session date; None for an inspection with neither (not yet planned)."""
    if inspection.year is not None:
        return inspection.year
    return inspection.date.year if inspection.date is not None else None
