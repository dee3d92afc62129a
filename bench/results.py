"""One measured figure, its formatting, and the table printed on the console and in markdown."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Result:
    section: str  # "Cold start", "Notice", …
    what: str
    value: str  # the median, formatted ("0.82 s", "33 ms")
    target: str = ""  # DESIGN §5 target, when there is one
    met: bool | None = None  # None: no target
    note: str = ""  # runs, memory, pages…

    @property
    def verdict(self) -> str:
        return {True: "met", False: "NOT met", None: ""}[self.met]


def seconds(value: float) -> str:
    """A duration the way the table shows it: ms under a second, s above."""
    if value < 0.0095:
        return f"{value * 1000:.1f} ms"
    if value < 0.9995:
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def megabytes(value: float) -> str:
    return f"{value:.0f} MB"


COLUMNS = ("what", "median", "target", "verdict", "note")


def _cells(result: Result) -> tuple[str, ...]:
    return (result.what, result.value, result.target, result.verdict, result.note)


def console_table(results: list[Result]) -> str:
    """Aligned plain-text columns, one block per section."""
    rows = [COLUMNS, *map(_cells, results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    section = None
    for result in results:
        if result.section != section:
            section = result.section
            lines.append(f"\n{section}")
        cells = _cells(result)
        padded = (c.ljust(w) for c, w in zip(cells, widths, strict=True))
        lines.append(("  " + "  ".join(padded)).rstrip())
    return "\n".join(lines).lstrip("\n")


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_table(results: list[Result]) -> str:
    lines = ["| section | what | median | target | verdict | note |", "|---|---|---|---|---|---|"]
    for result in results:
        cells = (result.section, *_cells(result))
        if result.met is False:
            cells = (*cells[:4], "**NOT met**", cells[5])
        lines.append("| " + " | ".join(_escape(c) for c in cells) + " |")
    return "\n".join(lines)
