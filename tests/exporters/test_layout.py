"""Balanced line breaking of the trích yếu (used by both renderers)."""

from __future__ import annotations

from app.exporters import fonts
from app.exporters.layout import balanced_lines, text_width

WIDTH = 165 / 25.4 * 72
TITLE = (
    "Kết luận kiểm tra thực hiện nhiệm vụ, kết luận, chỉ đạo của UBND tỉnh, Chủ tịch, các Phó "
    "Chủ tịch UBND tỉnh giao năm 2021 tại UBND thành phố Lạng Sơn"
)


def _width(line: str) -> float:
    return text_width(line, fonts.BOLD, 14)


def test_lines_are_as_few_as_fit_and_as_even_as_possible():
    lines = balanced_lines(TITLE, fonts.BOLD, 14, WIDTH)
    assert " ".join(lines) == TITLE
    assert all(_width(line) <= WIDTH for line in lines)
    assert len(lines) == 3
    widths = [_width(line) for line in lines]
    assert max(widths) - min(widths) < 0.15 * WIDTH  # greedy wrapping leaves a last word alone


def test_short_text_and_manual_breaks():
    assert balanced_lines("THÔNG BÁO", fonts.BOLD, 14, WIDTH) == ["THÔNG BÁO"]
    assert balanced_lines("Dòng một\nDòng hai", fonts.BOLD, 14, WIDTH) == ["Dòng một", "Dòng hai"]
