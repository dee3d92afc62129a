"""Thirty notices at once (issue 16): `tocongtac notice ID… -o DIR` against LibreOffice
converting the same thirty DOCX in one `soffice --convert-to pdf` call, run in turn."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import libreoffice
from bench.results import Result, megabytes, seconds
from bench.timing import main_py, run_child

COUNT = 30
RATIO_TARGET = 4.0


def measure(db: Path, ids: list[int], env: dict, folder: Path, runs: int) -> list[Result]:
    chosen = [str(i) for i in ids[:COUNT]]
    docx_dir, pdf_dir = folder / "batch-docx", folder / "batch-pdf"
    for target in (docx_dir, pdf_dir):
        target.mkdir(exist_ok=True)
    run_child(main_py("--db", db, "notice", *chosen, "-o", docx_dir, "--format", "docx"), env)
    docx = sorted(docx_dir.glob("*.docx"))
    ours = main_py("--db", db, "notice", *chosen, "-o", pdf_dir, "--format", "pdf")
    if libreoffice.soffice() is None:
        return [Result("Batch", f"{COUNT} notices → PDF vs LibreOffice", "not installed")]
    theirs = libreoffice.conversion(docx, folder / "lo-profile-batch", folder / "lo-batch")

    def reset() -> None:
        shutil.rmtree(pdf_dir, ignore_errors=True)
        pdf_dir.mkdir()

    duel = libreoffice.duel(ours, theirs, env, runs, reset)
    assert duel is not None
    return [
        Result("Batch", f"tocongtac notice, {len(docx)} inspections → {len(docx)} PDF, one process",
               seconds(duel.ours_s),
               note=f"{seconds(duel.ours_s / len(docx))} each, start-up included; {runs} runs"),
        Result("Batch", f"soffice --convert-to pdf, the same {len(docx)} DOCX, one call",
               seconds(duel.theirs_s),
               note=f"peak {megabytes(duel.theirs_peak_mb)}; first with a new profile "
               f"{seconds(duel.first_theirs.seconds)}; run in turn with ours"),
        Result("Batch", f"{len(docx)} notices → PDF vs LibreOffice", f"{duel.ratio:.1f}× faster",
               f"≥ {RATIO_TARGET:.0f}×", duel.ratio >= RATIO_TARGET,
               f"{seconds(duel.ours_s)} vs {seconds(duel.theirs_s)}"),
    ]  # fmt: skip
