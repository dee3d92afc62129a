"""Database files for the backup tests: every row of every table (to compare two files), and
damage done the way disks do it (a page overwritten, the end cut off)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order, read without lock files."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        tables = [
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        rows = {}
        for table in tables:
            columns = [c[1] for c in raw.execute(f'PRAGMA table_info("{table}")')]
            order = ", ".join(f'"{c}"' for c in columns)
            rows[table] = raw.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
    return rows


def checkpoint(path: Path) -> None:
    """Everything in the database file itself (no write-ahead log beside it)."""
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("PRAGMA journal_mode=DELETE")


def overwrite_page_of(path: Path, table: str) -> None:
    """Overwrite the root page of *table* with garbage (the header stays whole)."""
    checkpoint(path)
    with closing(sqlite3.connect(path)) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = root.fetchone()[0]
    with open(path, "r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"\xa5\x17" * (page_size // 2))


def cut_in_half(path: Path) -> None:
    checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
