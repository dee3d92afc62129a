"""What users do today: LibreOffice headless converting the notice's DOCX to PDF, timed in turn
with our own command, so that a change of load on the shared machine hits both alike.

One profile folder per series, in the bench's temporary folder (never the user's own): the first
conversion creates it and is reported apart; the timed runs after it are warm, one at a time
(two conversions on one profile at once fail, toolchain notes #17).
"""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.timing import ChildRun, peak_rss_mb, run_child


@dataclass
class Duel:
    """Our command and LibreOffice's conversion, run alternately after one run of each."""

    ours: list[ChildRun]
    theirs: list[ChildRun]
    first_theirs: ChildRun  # with a new profile
    theirs_peak_mb: float

    @property
    def ours_s(self) -> float:
        return statistics.median(r.seconds for r in self.ours)

    @property
    def theirs_s(self) -> float:
        return statistics.median(r.seconds for r in self.theirs)

    @property
    def ratio(self) -> float:
        return self.theirs_s / self.ours_s


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def conversion(docx: Sequence[Path], profile: Path, out: Path) -> list[str]:
    """One `soffice --convert-to pdf` call for all of *docx*, PDFs into *out*."""
    program = soffice()
    assert program is not None
    out.mkdir(parents=True, exist_ok=True)
    return [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *map(str, docx),
    ]


def duel(ours: Sequence[str], theirs: Sequence[str], env: dict, runs: int, reset) -> Duel | None:
    """None when LibreOffice is not installed. *reset* runs before each of our runs (removes
    what it wrote)."""
    if soffice() is None:
        return None
    first_theirs = run_child(theirs, env)
    reset()
    run_child(ours, env)  # warm-up: fills the bytecode cache
    mine, other = [], []
    for _ in range(runs):
        reset()
        mine.append(run_child(ours, env))
        other.append(run_child(theirs, env))
    reset()
    return Duel(mine, other, first_theirs, peak_rss_mb(theirs, env))
