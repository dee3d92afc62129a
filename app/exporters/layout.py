"""Line measuring shared by both renderers (Times New Roman and Liberation Serif 2 share metrics,
so widths measured with ReportLab hold in Word too)."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.exporters import fonts


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of one line of text."""
    fonts.register_fonts()
    return stringWidth(text, font, size)


def balanced_lines(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Wrap `text` into as few lines as fit `max_width`, with the lines as even as possible.

    A centred trích yếu reads better as two lines of similar length than as a full line and a
    last word on its own; the renderers print these lines with explicit breaks.
    """
    fonts.register_fonts()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        fitted = simpleSplit(paragraph, font, size, max_width)
        if len(fitted) > 1:
            low, high = max_width / len(fitted), max_width
            while high - low > 1:
                middle = (low + high) / 2
                if len(simpleSplit(paragraph, font, size, middle)) > len(fitted):
                    low = middle
                else:
                    high = middle
            fitted = simpleSplit(paragraph, font, size, high)
        lines += fitted or [""]
    return lines
