"""The notice as PDF and DOCX: in-process (what the app does on a click) and as a whole
`tocongtac notice` process, 3 pages and 30 pages."""

from __future__ import annotations

import copy
import io
from pathlib import Path

from pypdf import PdfReader

from app.database import open_database
from app.dto import InspectionData, ProfileData, Section
from app.exporters.notice_docx import write_notice_docx
from app.exporters.notice_pdf import write_notice_pdf
from app.notice.builder import build_notice
from app.services.bundle import Services
from bench.results import Result, megabytes, seconds
from bench.timing import child_series, main_py, median_s

IN_PROCESS_TARGET_S = 0.050
WRITERS = {"PDF": write_notice_pdf, "DOCX": write_notice_docx}


def pdf_pages(inspection: InspectionData, profile: ProfileData) -> int:
    out = io.BytesIO()
    write_notice_pdf(build_notice(inspection, profile), out)
    return len(PdfReader(out).pages)


def file_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def three_pages(inspection: InspectionData, profile: ProfileData) -> InspectionData:
    """The inspection with its longest assessment and limitation paragraphs dropped, one by one,
    until its notice fills exactly 3 pages."""
    trimmed = copy.deepcopy(inspection)
    while pdf_pages(trimmed, profile) > 3:
        droppable = [
            e for e in trimmed.entries if e.section in (Section.ASSESSMENT, Section.LIMITATION)
        ]
        trimmed.entries.remove(max(droppable, key=lambda e: len(e.text)))
    return trimmed


def _click(services: Services, inspection_id: int, writer, path: Path) -> None:
    """What an export click does: load the inspection and profile, build, write the file."""
    data = services.inspections.get(inspection_id)
    writer(build_notice(data, services.profile.get()), path)


def in_process(db: Path, cases: dict[str, int], runs: dict[str, int], folder: Path) -> list:
    """Medians of the click path per case and format, with its parts in the note."""
    services = Services(open_database(db))
    results = []
    try:
        for name, inspection_id in cases.items():
            n = runs[name]
            profile = services.profile.get()
            load = median_s(lambda i=inspection_id: services.inspections.get(i), n)
            data = services.inspections.get(inspection_id)
            doc = build_notice(data, profile)
            build = median_s(lambda d=data, p=profile: build_notice(d, p), n)
            for fmt, writer in WRITERS.items():
                path = folder / f"click-{name}.{fmt.lower()}"
                click = median_s(
                    lambda i=inspection_id, w=writer, p=path: _click(services, i, w, p), n
                )
                render = median_s(lambda w=writer, d=doc: w(d, io.BytesIO()), n)
                three = name.startswith("3 ")
                results.append(
                    Result(
                        "Notice, in-process",
                        f"{name} → {fmt} (load + build + write)",
                        seconds(click),
                        f"< {seconds(IN_PROCESS_TARGET_S)}" if three else "",
                        click < IN_PROCESS_TARGET_S if three else None,
                        f"load {seconds(load)}, build {seconds(build)}, "
                        f"render {seconds(render)}; {n} runs",
                    )
                )
    finally:
        services.db.close()
    return results


def processes(
    env: dict, db: Path, cases: dict[str, int], runs: int, folder: Path
) -> tuple[list[Result], dict[tuple[str, str], float], dict[str, Path]]:
    """`tocongtac --db DB notice ID -o FILE` per case and format: results, medians by
    (case, format), and the DOCX files written (LibreOffice converts the same ones)."""
    results, medians, docx = [], {}, {}
    for name, inspection_id in cases.items():
        for fmt in WRITERS:
            out = folder / f"process-{name.split()[0]}.{fmt.lower()}"
            command = main_py("--db", db, "notice", inspection_id, "-o", out)
            series = child_series(command, env, runs)
            medians[(name, fmt)] = series.median_s
            note = f"peak {megabytes(series.peak_rss_mb)}; {runs} runs"
            if fmt == "PDF":
                note = f"{file_pages(out)} pages; " + note
            else:
                docx[name] = out
            results.append(
                Result(
                    "Notice, whole process",
                    f"tocongtac notice, {name} → {fmt}",
                    seconds(series.median_s),
                    note=note,
                )
            )
    return results, medians, docx
