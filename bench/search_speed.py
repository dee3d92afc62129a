"""DESIGN §5 search target: 100 000 entries, accent-insensitive, < 50 ms (issue 17).

- The search the window runs (SearchService.search, type-ahead, the window's limit) over a
  database of 100 000 entries, written through the index's triggers: median and p95 over a
  set of queries a secretary types (words, accents or none, a phrase, a prefix, filters).
- What the index costs: building it (the migration, `tocongtac reindex`), its size, and each
  autosave of the 500-entry inspection, timed against the same file without the index.
- For comparison, the ways without an index, over the same generated texts: folding every
  text per query (what the phrase library did), and scanning texts folded once.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, select, update

from app.database import open_database
from app.domain.text import fold
from app.services.bundle import Services
from app.services.search import SearchFilters
from bench.results import Result, megabytes, seconds
from bench.timing import median_s, timed
from db import fts, models

TARGET_S = 0.050
COUNT = 100_000
QUERY = "giải ngân đầu tư"
WORDS = (
    "công tác tham mưu cho UBND tỉnh chưa kịp thời giải ngân vốn đầu tư công đạt thấp so với kế "
    "hoạch giải phóng mặt bằng còn chậm thu ngân sách nhà nước trên địa bàn đạt tỷ lệ cải cách "
    "hành chính chuyển đổi số đơn thư khiếu nại tố cáo được giải quyết đúng hạn đề nghị khắc phục"
).split()


def entry_texts(count: int = COUNT, seed: int = 3) -> list[str]:
    """*count* entry-like Vietnamese sentences of 20 to 60 words, deterministic."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randrange(20, 60))) for _ in range(count)]


def _matches(folded: list[str], words: list[str]) -> int:
    return sum(1 for text in folded if all(w in text for w in words))


def without_index(texts: list[str], runs: int) -> list[Result]:
    words = fold(QUERY).split()
    fold_each = median_s(lambda: _matches([fold(t) for t in texts], words), max(1, runs // 4))
    folded, fold_once = timed(lambda: [fold(t) for t in texts])
    scan = median_s(lambda: _matches(folded, words), runs)
    target = f"< {seconds(TARGET_S)}"
    found = _matches(folded, words)
    return [
        Result(
            "Search",
            "no index: fold every text per query (as phrases.search did)",
            seconds(fold_each),
            target,
            fold_each < TARGET_S,
            f"{len(texts):,} texts, «{QUERY}», {found:,} found",
        ),
        Result(
            "Search",
            "no index: texts folded once, substring scan per query",
            seconds(scan),
            target,
            scan < TARGET_S,
            f"folding them once: {seconds(fold_once)}",
        ),
    ]


# What a secretary types, as the window sends it (the last word may be unfinished).
QUERIES: tuple[tuple[str, SearchFilters], ...] = (
    ("giai ngan", SearchFilters()),
    ("giải ngân đầu tư", SearchFilters()),
    ('"giải phóng mặt bằng"', SearchFilters()),
    ("khieu nai to cao", SearchFilters()),
    ("cai cach hanh ch", SearchFilters()),
    ("dong dang", SearchFilters()),
    ("g", SearchFilters()),
    ("so hoa ho so", SearchFilters(year=2018)),
    ("giai ngan", SearchFilters(unit="khe da")),
    ("chuyen doi so", SearchFilters(section="recommendation")),
    ("tham muu kip thoi", SearchFilters(year=2024, section="limitation")),
    ("không có từ này", SearchFilters()),
)
INSPECTIONS = 5_000  # 20 entries each, over ten years
UNITS = ("UBND huyện Mây Xanh", "UBND huyện Khe Đá", "UBND thành phố Đồi Thông", "Sở Tài chính",
         "Sở Nội vụ", "UBND xã Nà Mây", "UBND thị trấn Đồng Đăng")  # fmt: skip
SECTIONS = ("assessment", "limitation", "recommendation", "proposal")


def search_database(path: Path, texts: list[str]) -> float:
    """A database holding the *texts* as entries of INSPECTIONS inspections, inserted in bulk
    (the index's triggers index them as they go); returns the seconds it took."""
    start = time.perf_counter()
    database = open_database(path)
    rng = random.Random(5)
    per = len(texts) // INSPECTIONS
    with database.engine.begin() as connection:
        connection.execute(
            insert(models.Inspection),
            [
                {
                    "uuid": str(uuid.UUID(int=i + 1)),
                    "kind": "kiem_tra",
                    "unit_name": UNITS[i % len(UNITS)],
                    "date": dt.date(2015 + i * 10 // INSPECTIONS, 1, 1)
                    + dt.timedelta(days=rng.randrange(360)),
                    "status": "da_ban_hanh",
                    "scopes": [],
                }
                for i in range(INSPECTIONS)
            ],
        )
        connection.execute(
            insert(models.Entry),
            [
                {
                    "inspection_id": 1 + i // per,
                    "section": SECTIONS[i % 4],
                    "position": i % per,
                    "text": text,
                }  # fmt: skip
                for i, text in enumerate(texts)
            ],
        )
    with database.engine.connect() as connection:  # as a file in use is: the log folded in
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return time.perf_counter() - start


def service_latency(path: Path, runs: int) -> tuple[list[float], dict[str, float]]:
    """Every run of every query through SearchService (seconds), and each query's median. The
    queries take turns, so that a burst of other work on the machine does not land on one."""
    services = Services(open_database(path))
    times: dict[str, list[float]] = {text: [] for text, _ in QUERIES}
    try:
        for run in range(runs + 1):  # the first round warms up, it is not counted
            for text, filters in QUERIES:
                start = time.perf_counter()
                services.search.search(text, filters, type_ahead=True)
                if run:
                    times[text].append(time.perf_counter() - start)
    finally:
        services.db.close()
    every = [t for mine in times.values() for t in mine]
    return every, {text: statistics.median(mine) for text, mine in times.items()}


def _index_bytes(path: Path, folder: Path) -> tuple[int, int]:
    """(file size, file size without the index), both vacuumed."""
    sizes = []
    for drop in (False, True):
        copy = folder / f"size-{drop}.sqlite"
        with sqlite3.connect(path) as source:
            source.execute("VACUUM INTO ?", (str(copy),))
        if drop:
            database = open_database(copy)
            with database.engine.begin() as connection:
                fts.drop(connection)
            database.close()
            with sqlite3.connect(copy) as raw:
                raw.execute("VACUUM")
        sizes.append(copy.stat().st_size)
        copy.unlink()
    return sizes[0], sizes[1]


def with_index(texts: list[str], runs: int, folder: Path) -> list[Result]:
    path = folder / "search.sqlite"
    build_s = search_database(path, texts)
    times, medians = service_latency(path, runs)
    median = statistics.median(times)
    p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
    slowest = max(medians, key=medians.__getitem__)
    services = Services(open_database(path))
    _count, rebuild_s = timed(services.search.rebuild)
    services.db.close()
    size, bare = _index_bytes(path, folder)
    target = f"< {seconds(TARGET_S)}"
    note = f"{len(texts):,} entries in {INSPECTIONS:,} inspections; {len(QUERIES)} queries × {runs}"
    return [
        Result("Search", "SearchService.search (the window's), median", seconds(median), target,
               median < TARGET_S, note),
        Result("Search", "same, 95th percentile", seconds(p95), target, p95 < TARGET_S,
               f"slowest query «{slowest}»: {seconds(medians[slowest])} median"),
        Result("Search", "building the index for 100 000 entries (migration, reindex)",
               seconds(rebuild_s), note=f"inserting them one by one through the triggers, "
               f"database included: {seconds(build_s)}"),
        Result("Search", "size of the index", megabytes((size - bare) / 2**20),
               note=f"the file: {megabytes(size / 2**20)} with it, {megabytes(bare / 2**20)} "
               "without (vacuumed)"),
    ]  # fmt: skip


def _typing_cost(path: Path, inspection_id: int, updates: int) -> float:
    """Seconds per UPDATE of one entry's text (what an autosave of typing writes), in one
    transaction so that the commit's fsync does not drown the difference."""
    database = open_database(path)
    try:
        with database.engine.begin() as connection:
            entry_id = connection.execute(
                select(models.Entry.id).where(models.Entry.inspection_id == inspection_id)
            ).first()[0]
            statement = update(models.Entry).where(models.Entry.id == entry_id)
            start = time.perf_counter()
            for n in range(updates):
                connection.execute(statement.values(text=f"{QUERY} {n}: {WORDS[n % 60]} công"))
            return (time.perf_counter() - start) / updates
    finally:
        database.close()


def _whole_save(path: Path, inspection_id: int, runs: int) -> float:
    services = Services(open_database(path))
    try:
        data = services.inspections.get(inspection_id)
        times = []
        for run in range(runs):
            data.entries[run % len(data.entries)].text += f" {run}"
            start = time.perf_counter()
            services.inspections.save(data)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        services.db.close()


def autosave_cost(large_db: Path, inspection_id: int, runs: int, folder: Path) -> list[Result]:
    """What the index adds to an autosave of the 500-entry inspection: the same writes on the
    same file, with its triggers and on a copy without the index."""
    bare = folder / "large-without-index.sqlite"
    shutil.copyfile(large_db, bare)
    database = open_database(bare)
    with database.engine.begin() as connection:
        fts.drop(connection)
    database.close()
    typed = [_typing_cost(p, inspection_id, 300) for p in (large_db, bare)]
    whole = [_whole_save(p, inspection_id, runs) for p in (large_db, bare)]
    return [
        Result("Search", "indexing per autosave of typed text (one entry, 500-entry inspection)",
               seconds(max(0.0, typed[0] - typed[1])),
               note=f"the entry's UPDATE {seconds(typed[0])} with the index's triggers, "
               f"{seconds(typed[1])} without; 300 updates"),
        Result("Search", "whole-draft save with the index (500 entries, 300 tasks)",
               seconds(whole[0]),
               note=f"{seconds(whole[1])} without it: the triggers index only the rows that "
               f"changed; {runs} runs"),
    ]  # fmt: skip


def measure(runs: int, folder: Path, large_db: Path, large_id: int) -> list[Result]:
    texts = entry_texts()
    return [
        *with_index(texts, runs, folder),
        *autosave_cost(large_db, large_id, runs, folder),
        *without_index(texts, runs),
    ]


def main() -> None:
    """`python -m bench.search_speed [RUNS]`: this stage alone, on the console."""
    import sys
    import tempfile

    from bench.results import console_table
    from bench.synthetic import generate

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory(prefix="tocongtac-search-") as name:
        folder = Path(name)
        services = generate(folder / "large.sqlite", 1, 300, 500)
        large_id = services.inspections.list_rows()[0].id
        services.db.close()
        print(console_table(measure(runs, folder, folder / "large.sqlite", large_id)))


if __name__ == "__main__":
    main()
