"""Migration 0009: every existing attendee, task, indicator and entry gets a UUID of its own, and
the tables of the merge (last synchronised content, recorded conflicts) exist."""

from __future__ import annotations

import sqlite3

from app.database import open_database
from tests.db.test_migration_0006 import _fill_as_0004

ITEMS = ("attendee", "assigned_task", "indicator", "entry")


def test_existing_items_get_distinct_uuids(tmp_path):
    path = tmp_path / "old.sqlite"
    _fill_as_0004(path)
    open_database(path).close()
    with sqlite3.connect(path) as raw:
        for table in ITEMS:
            uuids = [r[0] for r in raw.execute(f"SELECT uuid FROM {table}")]  # noqa: S608
            assert uuids, table
            assert all(len(u) == 36 for u in uuids), table
            assert len(set(uuids)) == len(uuids), table
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sync_base", "merge_conflict"} <= tables
