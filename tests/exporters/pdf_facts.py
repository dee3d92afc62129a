"""What a generated PDF shows, measured with pdfplumber (positions, fonts, sizes, rules) and
pypdf (text in drawing order). Positions are in points from the top-left corner of the page."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

MM = 72 / 25.4
COLUMN_GAP = 20.0  # pt: a wider gap between two glyphs on one baseline separates two columns


@dataclass(frozen=True)
class Segment:
    """A run of glyphs on one baseline of one page, not interrupted by a column gap."""

    page: int  # 1-based
    text: str
    x0: float
    x1: float
    baseline: float
    top: float
    bottom: float
    size: float
    fonts: frozenset[str]
    colours: frozenset

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return all("Bold" in f for f in self.fonts)

    @property
    def italic(self) -> bool:
        return all("Italic" in f or "Oblique" in f for f in self.fonts)

    @property
    def upright(self) -> bool:
        return not any("Italic" in f or "Oblique" in f for f in self.fonts)


@dataclass(frozen=True)
class Rule:
    page: int
    x0: float
    x1: float
    y: float
    colour: object

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class PdfFacts:
    path: Path
    page_sizes: tuple[tuple[float, float], ...]
    segments: tuple[Segment, ...]
    rules: tuple[Rule, ...]
    boxes: tuple[tuple[int, float, float, float, float], ...]  # page, x0, top, x1, bottom
    page_texts: tuple[str, ...]  # pypdf, drawing order

    def on_page(self, page: int) -> list[Segment]:
        return [s for s in self.segments if s.page == page]

    def find(self, text: str, page: int | None = None) -> Segment:
        """The first segment containing `text`."""
        for s in self.segments:
            if text in s.text and (page is None or s.page == page):
                return s
        raise AssertionError(f"{text!r} not found in {self.path.name}")

    def body_text(self) -> str:
        return _without_page_numbers(self.page_texts)


def _without_page_numbers(page_texts) -> str:
    """The pages' text joined, without the page numbers (drawn first on pages ≥ 2)."""
    texts = []
    for n, text in enumerate(page_texts, start=1):
        first, _, rest = text.partition("\n")
        texts.append(rest if n > 1 and first.strip() == str(n) else text)
    return "\n".join(texts)


def text(path: Path) -> str:
    """The text in drawing order without page numbers (pypdf only: fast)."""
    return _without_page_numbers([p.extract_text() for p in PdfReader(path).pages])


def _segments(page_no: int, page) -> list[Segment]:
    lines: dict[float, list[dict]] = defaultdict(list)
    for ch in page.chars:
        lines[round(page.height - ch["matrix"][5], 1)].append(ch)
    segments = []
    for baseline, chars in sorted(lines.items()):
        chars.sort(key=lambda c: c["x0"])
        run: list[dict] = []
        for ch in chars:
            if run and ch["x0"] - run[-1]["x1"] > COLUMN_GAP:
                segments.append(_segment(page_no, baseline, run))
                run = []
            run.append(ch)
        segments.append(_segment(page_no, baseline, run))
    return segments


def _segment(page_no: int, baseline: float, chars: list[dict]) -> Segment:
    printed = [c for c in chars if c["text"].strip()] or chars
    return Segment(
        page=page_no,
        text="".join(c["text"] for c in chars).strip(),
        x0=min(c["x0"] for c in printed),
        x1=max(c["x1"] for c in printed),
        baseline=baseline,
        top=min(c["top"] for c in printed),
        bottom=max(c["bottom"] for c in printed),
        size=round(max(c["size"] for c in printed), 1),
        fonts=frozenset(c["fontname"].split("+")[-1] for c in printed),
        colours=frozenset(_colour(c.get("non_stroking_color")) for c in chars),
    )


def _colour(value) -> tuple:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


@cache
def facts(path: Path) -> PdfFacts:
    sizes, segments, rules, boxes = [], [], [], []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            sizes.append((float(page.width), float(page.height)))
            segments += _segments(n, page)
            for line in page.lines:
                if abs(line["top"] - line["bottom"]) < 0.5:
                    colour = _colour(line.get("stroking_color"))
                    rules.append(Rule(n, line["x0"], line["x1"], line["top"], colour))
            boxes += [(n, r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects]
    texts = tuple(p.extract_text() for p in PdfReader(path).pages)
    return PdfFacts(Path(path), tuple(sizes), tuple(segments), tuple(rules), tuple(boxes), texts)


def rule_below(f: PdfFacts, segment: Segment, within: float = 12.0) -> Rule:
    """The rule drawn just under `segment` (within `within` pt), overlapping it horizontally."""
    for r in f.rules:
        below = 0 < r.y - segment.baseline <= within
        if r.page == segment.page and below and r.x0 < segment.x1 and r.x1 > segment.x0:
            return r
    raise AssertionError(f"no rule under {segment.text!r}")


def pdf_version(path: Path) -> tuple[int, int]:
    head = Path(path).read_bytes()[:16]
    match = re.match(rb"%PDF-(\d)\.(\d)", head)
    assert match, head
    return int(match[1]), int(match[2])
