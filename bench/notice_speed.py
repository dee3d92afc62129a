"""Notice export speed, in-process (what the app does on a click): median of repeated runs.

python -m bench.notice_speed [--runs 20]

Measures building the NoticeDocument from the demo inspection behind 54/TB-TCT and writing it
as PDF and as DOCX, for the notice cut to 3 pages (the DESIGN §5 case, target < 50 ms each) and
for the whole 4-page notice. Fonts are registered and python-docx is imported before timing, as
they are after the first export of a session; the first export is reported separately.
"""

from __future__ import annotations

import argparse
import copy
import io
import statistics
import time

from pypdf import PdfReader

from app.datafile import load_demo
from app.dto import InspectionData, ProfileData, Section
from app.exporters.notice_docx import write_notice_docx
from app.exporters.notice_pdf import write_notice_pdf
from app.notice.builder import build_notice

TARGET_S = 0.050


def _pages(inspection: InspectionData, profile: ProfileData) -> int:
    out = io.BytesIO()
    write_notice_pdf(build_notice(inspection, profile), out)
    return len(PdfReader(out).pages)


def three_pages(inspection: InspectionData, profile: ProfileData) -> InspectionData:
    """The inspection with its longest assessment and limitation paragraphs dropped, one by one,
    until its notice fills exactly 3 pages."""
    trimmed = copy.deepcopy(inspection)
    while _pages(trimmed, profile) > 3:
        droppable = [
            e for e in trimmed.entries if e.section in (Section.ASSESSMENT, Section.LIMITATION)
        ]
        trimmed.entries.remove(max(droppable, key=lambda e: len(e.text)))
    return trimmed


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(inspection: InspectionData, profile: ProfileData, runs: int) -> dict[str, float]:
    doc = build_notice(inspection, profile)
    return {
        "build": _median_ms(lambda: build_notice(inspection, profile), runs),
        "pdf": _median_ms(lambda: write_notice_pdf(doc, io.BytesIO()), runs),
        "docx": _median_ms(lambda: write_notice_docx(doc, io.BytesIO()), runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    profile = ProfileData()
    notice_54 = next(i for i in load_demo().inspections if i.notice.number == "54")
    start = time.perf_counter()
    doc = build_notice(notice_54, profile)
    write_notice_pdf(doc, io.BytesIO())
    write_notice_docx(doc, io.BytesIO())
    first_ms = (time.perf_counter() - start) * 1000

    cases = {
        "54/TB-TCT cut to 3 pages": three_pages(notice_54, profile),
        "54/TB-TCT whole": notice_54,
    }
    print(f"first export of the session (fonts, templates): {first_ms:.0f} ms for PDF + DOCX")
    print(f"medians of {args.runs} runs, in-process, target < {TARGET_S * 1000:.0f} ms each:")
    for name, inspection in cases.items():
        pages = _pages(inspection, profile)
        ms = measure(inspection, profile, args.runs)
        print(
            f"  {name} ({pages} pages): build {ms['build']:.1f} ms, "
            f"PDF {ms['pdf']:.1f} ms, DOCX {ms['docx']:.1f} ms"
        )


if __name__ == "__main__":
    main()
