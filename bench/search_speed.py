"""DESIGN §5 search target: 100 000 entries, accent-insensitive, < 50 ms.

There is no entry search in the app yet; the phrase library's search (PhraseService.search)
folds every text with app.domain.text.fold at query time. Measured here over generated entry
texts: that way, the same with the texts folded once beforehand, and SQLite FTS5 (remove_diacritics
2, đ folded to d by hand as in toolchain notes #13-14).
"""

from __future__ import annotations

import random
import sqlite3

from app.domain.text import fold
from bench.results import Result, seconds
from bench.timing import median_s, timed

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


def _fts(texts: list[str]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE entry_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
    )
    connection.executemany(
        "INSERT INTO entry_fts(text) VALUES (?)",
        ((t.replace("đ", "d").replace("Đ", "D"),) for t in texts),
    )
    return connection


def _fts_query(connection: sqlite3.Connection, words: list[str]) -> int:
    match = " ".join(f'"{w}"' for w in words)  # every token quoted (toolchain notes #15)
    sql = "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?"
    return connection.execute(sql, (match,)).fetchone()[0]


def measure(runs: int) -> list[Result]:
    texts = entry_texts()
    words = fold(QUERY).split()
    fold_each = median_s(lambda: _matches([fold(t) for t in texts], words), max(1, runs // 4))
    folded, fold_once = timed(lambda: [fold(t) for t in texts])
    scan = median_s(lambda: _matches(folded, words), runs)
    connection, index_s = timed(lambda: _fts(texts))
    fts = median_s(lambda: _fts_query(connection, words), runs)
    found = (_matches(folded, words), _fts_query(connection, words))
    connection.close()
    target = f"< {seconds(TARGET_S)}"
    return [
        Result(
            "Search",
            "fold every text per query (as phrases.search)",
            seconds(fold_each),
            target,
            fold_each < TARGET_S,
            f"{COUNT:,} texts, «{QUERY}», {found[0]:,} found",
        ),
        Result(
            "Search",
            "texts folded once, substring scan per query",
            seconds(scan),
            target,
            scan < TARGET_S,
            f"folding them once: {seconds(fold_once)}",
        ),
        Result(
            "Search",
            "SQLite FTS5, remove_diacritics 2",
            seconds(fts),
            target,
            fts < TARGET_S,
            f"{found[1]:,} found; building the index: {seconds(index_s)}",
        ),
    ]
