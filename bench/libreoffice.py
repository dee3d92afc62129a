"""What users do today: LibreOffice headless converting the notice's DOCX to PDF.

One profile folder per series, in the bench's temporary folder (never the user's own): the first
conversion creates it and is reported apart; the timed runs after it are warm, one at a time
(two conversions on one profile at once fail, toolchain notes #17).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from bench.notice_speed import file_pages
from bench.timing import ChildRun, Series, peak_rss_mb, run_child


@dataclass
class Conversion:
    first: ChildRun  # with a new profile
    warm: Series
    pages: int


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(docx: Path, folder: Path, env: dict, runs: int) -> Conversion | None:
    """None when LibreOffice is not installed."""
    program = soffice()
    if program is None:
        return None
    profile = folder / f"lo-profile-{docx.stem}"
    out = folder / f"lo-{docx.stem}"
    out.mkdir(exist_ok=True)
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(docx),
    ]
    first = run_child(command, env)
    warm = Series([run_child(command, env) for _ in range(runs)], peak_rss_mb(command, env))
    return Conversion(first, warm, file_pages(out / f"{docx.stem}.pdf"))
