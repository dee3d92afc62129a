from decimal import Decimal

import pytest

from app.domain.indicators import (
    computed_percent,
    indicator_text,
    indicator_warnings,
    percent_mismatch,
)
from app.domain.numbers import format_percent_prose
from app.dto import IndicatorData


def ind(**kw):
    for key in ("target", "actual", "stated_percent"):
        if key in kw and kw[key] is not None:
            kw[key] = Decimal(kw[key])
    return IndicatorData(**kw)


THU_NGAN_SACH = ind(
    unit="tỷ đồng",
    target="152.5",
    actual="98.7",
    qualifier="hơn",
    stated_percent="64.75",
    basis="dự toán giao",
)
GIAI_NGAN = ind(
    unit="tỷ đồng",
    target="312.4",
    actual="121.6",
    stated_percent="38.9",
    basis="tổng kế hoạch vốn được giao",
)


def test_computed_percent():
    assert format_percent_prose(computed_percent(THU_NGAN_SACH)) == "64,72%"
    assert format_percent_prose(computed_percent(GIAI_NGAN)) == "38,92%"
    assert computed_percent(ind(unit="doanh nghiệp", target="20", actual="12")) == 60


@pytest.mark.parametrize(
    "indicator",
    [
        ind(unit="%", target="60", actual="15.2"),
        ind(unit=" % ", target="60", actual="15.2"),
        ind(unit="ha", target="1250"),
        ind(unit="ha", actual="1250"),
        ind(unit="ha", target="0", actual="5"),
    ],
)
def test_computed_percent_none(indicator):
    assert computed_percent(indicator) is None


def test_percent_mismatch():
    assert percent_mismatch(GIAI_NGAN) is False  # 38,9 vs 38,92
    assert percent_mismatch(THU_NGAN_SACH) is False
    exact = ind(unit="ha", target="200", actual="100", stated_percent="50.1")
    assert percent_mismatch(exact) is False  # exactly 0,1 point: tolerated
    off = ind(unit="ha", target="200", actual="100", stated_percent="50.11")
    assert percent_mismatch(off) is True
    below = ind(unit="ha", target="200", actual="100", stated_percent="49.8")
    assert percent_mismatch(below) is True
    qualified = ind(unit="ha", target="200", actual="100", qualifier="gần", stated_percent="48")
    assert percent_mismatch(qualified) is False
    assert percent_mismatch(ind(unit="%", target="60", actual="15", stated_percent="1")) is False
    assert percent_mismatch(ind(unit="ha", target="200", actual="100")) is False


@pytest.mark.parametrize(
    ("indicator", "expected"),
    [
        (
            THU_NGAN_SACH,
            "dự toán giao 152,5 tỷ đồng, thực hiện hơn 98,7 tỷ đồng, đạt 64,75%",
        ),
        (
            GIAI_NGAN,
            "tổng kế hoạch vốn được giao 312,4 tỷ đồng, thực hiện 121,6 tỷ đồng, đạt 38,9%",
        ),
        (
            ind(
                unit="tỷ đồng",
                target="46.4",
                actual="54.82",
                qualifier="hơn",
                basis="kế hoạch giao",
            ),
            "kế hoạch giao 46,4 tỷ đồng, thực hiện hơn 54,82 tỷ đồng, đạt 118,15%",
        ),
        (
            ind(unit="doanh nghiệp", target="20", actual="12"),
            "chỉ tiêu 20 doanh nghiệp, thực hiện 12 doanh nghiệp, đạt 60%",
        ),
        (
            ind(unit="hồ sơ", target="21340", actual="19025", basis="tổng số hồ sơ tiếp nhận"),
            "tổng số hồ sơ tiếp nhận 21.340 hồ sơ, thực hiện 19.025 hồ sơ, đạt 89,15%",
        ),
        (
            ind(
                unit="tỷ đồng",
                actual="98.7",
                qualifier="hơn",
                stated_percent="64.75",
                basis="dự toán giao",
            ),
            "hơn 98,7 tỷ đồng, đạt 64,75% dự toán giao",
        ),
        (
            ind(unit="%", stated_percent="96", basis="kế hoạch được giao"),
            "đạt 96% kế hoạch được giao",
        ),
        (ind(unit="%", actual="100"), "đạt 100%"),
        (ind(unit="%", target="60", actual="15.2"), "đạt 15,2% (chỉ tiêu 60%)"),
        (ind(unit="dự án", actual="18"), "18 dự án"),
        (ind(unit="ha", target="1250"), ""),
    ],
)
def test_indicator_text(indicator, expected):
    assert indicator_text(indicator) == expected


@pytest.mark.parametrize(
    ("indicator", "expected"),
    [
        (ind(unit="tỷ đồng", target="46.4", actual="-5"), ["Thực hiện là số âm (-5)."]),
        (ind(unit="ha", stated_percent="-12"), ["Tỷ lệ là số âm (-12)."]),
        (ind(unit="%", target="60", actual="115"), ["Thực hiện lớn hơn 100% (115%)."]),
        (ind(unit="hồ sơ", target="0", actual="5"), ["Kế hoạch bằng 0: không tính được tỷ lệ."]),
        (ind(unit="ha", target="200", actual="100", stated_percent="55"),
         ["Tỷ lệ nêu 55,00% khác tỷ lệ tính 50,00% (chênh hơn 0,1 điểm)."]),
        (THU_NGAN_SACH, []),
    ],
)  # fmt: skip
def test_impossible_figures_are_warned_about(indicator, expected):
    assert indicator_warnings(indicator) == expected
