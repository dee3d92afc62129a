"""Indicators (chỉ tiêu): the computed percentage, the mismatch warning, and their wording."""

from __future__ import annotations

from decimal import Decimal

from app.domain.numbers import format_number, format_percent_prose, format_percent_table, percent
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
    """The indicator's result in running text, as offices state it.

    With a target: "kế hoạch giao 46,4 tỷ đồng, thực hiện hơn 54,8 tỷ đồng, đạt 118,15%" (the
    basis names the target, "chỉ tiêu" when it is blank). Without one: "hơn 98,7 tỷ đồng, đạt
    64,75% dự toán giao" (the stated percent, or the computed one, and its basis). An indicator
    measured in "%" reads "đạt 15,2% (chỉ tiêu 60%)". Empty when there is neither an actual nor
    a percent.
    """
    qualifier = f"{ind.qualifier.strip()} " if ind.qualifier.strip() else ""
    unit = ind.unit.strip()
    basis = ind.basis.strip()
    achieved = ind.stated_percent if ind.stated_percent is not None else computed_percent(ind)
    if ind.actual is not None and _is_percent_unit(ind):
        target = f" (chỉ tiêu {format_number(ind.target)}%)" if ind.target is not None else ""
        return f"đạt {qualifier}{format_number(ind.actual)}%{target}"
    if ind.actual is not None and ind.target is not None:
        parts = [
            f"{basis or 'chỉ tiêu'} {format_number(ind.target)} {unit}".rstrip(),
            f"thực hiện {qualifier}{format_number(ind.actual)} {unit}".rstrip(),
        ]
        if achieved is not None:
            parts.append(f"đạt {format_percent_prose(achieved)}")
        return ", ".join(parts)
    parts = []
    if ind.actual is not None:
        parts.append(f"{qualifier}{format_number(ind.actual)} {unit}".rstrip())
    if achieved is not None:
        parts.append(f"đạt {format_percent_prose(achieved)} {basis}".rstrip())
    return ", ".join(parts)


def indicator_warnings(ind: IndicatorData) -> list[str]:
    """What looks impossible in an indicator's figures, for a warning beside the field (the
    figures are kept: a report may really say so)."""
    warnings = []
    figures = (("Kế hoạch", ind.target), ("Thực hiện", ind.actual), ("Tỷ lệ", ind.stated_percent))
    for label, value in figures:
        if value is not None and value < 0:
            warnings.append(f"{label} là số âm ({format_number(value)}).")
    if _is_percent_unit(ind):
        for label, value in figures[:2]:
            if value is not None and value > 100:
                warnings.append(f"{label} lớn hơn 100% ({format_number(value)}%).")
    if ind.target is not None and ind.target == 0 and ind.actual is not None:
        warnings.append("Kế hoạch bằng 0: không tính được tỷ lệ.")
    if percent_mismatch(ind):
        warnings.append(
            f"Tỷ lệ nêu {format_percent_table(ind.stated_percent)}% khác tỷ lệ tính "
            f"{format_percent_table(computed_percent(ind))}% (chênh hơn 0,1 điểm)."
        )
    return warnings
