"""A write a kill interrupted leaves a hot journal and a half-written file (a header counting
pages not yet there): opening rolls it back, as SQLite would, instead of calling the file
damaged."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

from app import dto
from app.database import open_database
from app.services.bundle import Services


def _state(path) -> tuple:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        texts = raw.execute("SELECT text, position FROM entry ORDER BY id").fetchall()
        tables = raw.execute("SELECT name FROM sqlite_master WHERE name = 'scratch'").fetchall()
        return texts, tables


@pytest.mark.only_on("posix", reason="the writer is a forked child killed mid-transaction")
def test_a_hot_journal_is_rolled_back_before_the_file_is_judged(tmp_path):
    path = tmp_path / "du-lieu.sqlite"
    services = Services(open_database(path))
    data = services.inspections.new(unit_name="UBND huyện Khe Đá")
    data.entries = [dto.EntryData(section=dto.Section.LIMITATION, text="Hạn chế đã lưu")]
    services.inspections.create(data)
    services.db.close()
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")  # as a migration writes
    before, size = _state(path), path.stat().st_size

    pid = os.fork()
    if pid == 0:  # the writer: its cache spills into the file, then it dies uncommitted
        try:
            raw = sqlite3.connect(path, isolation_level=None)
            raw.execute("PRAGMA cache_size=2")
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE entry SET position = 7")  # a column the index does not watch
            raw.execute("CREATE TABLE scratch (x TEXT)")
            for _ in range(3000):
                raw.execute("INSERT INTO scratch VALUES (?)", ("Hạn chế chưa lưu " * 20,))
        finally:
            os._exit(0)  # no commit, no rollback: the journal stays hot
    os.waitpid(pid, 0)
    assert os.path.getsize(f"{path}-journal") > 0
    grown = path.stat().st_size
    assert grown > size
    with open(path, "r+b") as f:  # the kill came while the file was being extended
        f.truncate(grown - 100)

    db = open_database(path)
    db.close()
    assert _state(path) == before == ([("Hạn chế đã lưu", 0)], [])
    assert path.stat().st_size == size
