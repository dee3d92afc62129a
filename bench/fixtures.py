"""The databases the benchmarks run on, built once per run in a temporary folder.

- demo: the demo data set, as `tocongtac demo` makes it;
- notice: the demo data with 54/TB-TCT cut to 3 pages and a synthetic 30-page notice;
- year: 300 inspections × 40 tasks × 20 entries (the year summary target);
- large: one inspection with 300 tasks and 500 entries (tables, editor, autosave).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from app.database import open_database
from app.dto import InspectionData
from app.services.bundle import Services
from bench.notice_speed import pdf_pages, three_pages
from bench.synthetic import generate, synthetic_inspection
from bench.timing import main_py

YEAR = 2024
YEAR_INSPECTIONS, YEAR_TASKS, YEAR_ENTRIES = 300, 40, 20
LARGE_TASKS, LARGE_ENTRIES = 300, 500
LONG_PAGES = 30


@dataclass
class Fixtures:
    demo_db: Path
    notice_db: Path
    short_id: int  # 54/TB-TCT cut to 3 pages
    long_id: int  # the synthetic 30-page notice
    year_db: Path
    large_db: Path
    large_id: int
    generate_year_s: float = 0.0


def long_notice(services: Services, pages: int = LONG_PAGES) -> InspectionData:
    """A synthetic inspection whose notice fills *pages* pages (entries added or removed)."""
    profile = services.profile.get()
    entries = 150
    for _ in range(15):
        data = synthetic_inspection(services, 0, YEAR_TASKS, entries, YEAR, seed=7)
        got = pdf_pages(data, profile)
        if got == pages:
            return data
        scaled = round(entries * pages / got)
        entries = scaled if scaled != entries else entries + (1 if got < pages else -1)
    raise RuntimeError(f"could not make a notice of {pages} pages")


def _demo(path: Path) -> None:
    subprocess.run(main_py("--db", path, "demo"), check=True, capture_output=True)


def _notice_db(demo: Path, path: Path) -> tuple[int, int]:
    shutil.copyfile(demo, path)
    services = Services(open_database(path))
    try:
        profile = services.profile.get()
        rows = services.inspections.list_rows()
        notice_54 = next(r for r in rows if r.notice_number.startswith("54/"))
        # 54/TB-TCT is issued: cut through an amendment, as the app lets a secretary edit it.
        services.inspections.amend(notice_54.id, "Rút gọn còn 3 trang để đo", None)
        short = three_pages(services.inspections.get(notice_54.id), profile)
        services.inspections.save(short, amending=True)
        return notice_54.id, services.inspections.save(long_notice(services)).id
    finally:
        services.db.close()


def build(folder: Path) -> Fixtures:
    demo = folder / "demo.sqlite"
    _demo(demo)
    notice = folder / "notice.sqlite"
    short_id, long_id = _notice_db(demo, notice)
    year = folder / "year.sqlite"
    start = time.perf_counter()
    generate(year, YEAR_INSPECTIONS, YEAR_TASKS, YEAR_ENTRIES, YEAR).db.close()
    generate_s = time.perf_counter() - start
    large = folder / "large.sqlite"
    services = generate(large, 1, LARGE_TASKS, LARGE_ENTRIES, YEAR)
    large_id = services.inspections.list_rows()[0].id
    services.db.close()
    return Fixtures(demo, notice, short_id, long_id, year, large, large_id, generate_s)
