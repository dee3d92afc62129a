"""Indicators (chỉ tiêu): the computed percentage, the mismatch warning, and their wording."""

from __future__ import annotations

from decimal import Decimal

from app.domain.numbers import format_number, format_percent_prose, percent
from app.dto import IndicatorData

# A stated percent may differ from the computed one by this many points before it is flagged.
MISMATCH_TOLERANCE = Decimal("0.1")


def _is_percent_unit(ind: IndicatorData) -> bool:
    return ind.unit.strip() == "%"


def computed_percent(ind: IndicatorData) -> Decimal | None:
    """actual / target × 100, unrounded.

    None when either figure is missing, the target is 0, or the unit is "%": a target and an
    actual that are both percentages ("đạt 15,2% trên chỉ tiêu 60%") are never divided.
    """
    if _is_percent_unit(ind) or ind.actual is None:
        return None
    return percent(ind.actual, ind.target)


def percent_mismatch(ind: IndicatorData) -> bool:
    """True when the stated percent (the figure of record) and the computed one differ by more
    than 0,1 point and the actual is exact (no qualifier such as "hơn"). A warning only."""
    computed = computed_percent(ind)
    if computed is None or ind.stated_percent is None or ind.qualifier.strip():
        return False
    return abs(ind.stated_percent - computed) > MISMATCH_TOLERANCE


def indicator_text(ind: IndicatorData) -> str:
    """The indicator's result in running text.

    "hơn 98,7 tỷ đồng, đạt 64,75% dự toán giao": qualifier, actual and unit, then the stated
    percent (or, without one, the computed percent) and its basis. An indicator measured in "%"
    reads "đạt 15,2% (chỉ tiêu 60%)". Empty when there is neither an actual nor a percent.
    """
    qualifier = f"{ind.qualifier.strip()} " if ind.qualifier.strip() else ""
    unit = ind.unit.strip()
    parts = []
    if ind.actual is not None and _is_percent_unit(ind):
        target = f" (chỉ tiêu {format_number(ind.target)}%)" if ind.target is not None else ""
        parts.append(f"đạt {qualifier}{format_number(ind.actual)}%{target}")
    elif ind.actual is not None:
        parts.append(f"{qualifier}{format_number(ind.actual)} {unit}".rstrip())
    achieved = ind.stated_percent if ind.stated_percent is not None else computed_percent(ind)
    if achieved is not None:
        parts.append(f"đạt {format_percent_prose(achieved)} {ind.basis.strip()}".rstrip())
    return ", ".join(parts)
