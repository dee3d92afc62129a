"""The search index at the database level: built by its migration for an existing file, safe
with later batch migrations, and refusing to run without the app's fold."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import text

from db import fts
from db.migrate import upgrade
from db.session import make_engine as make_bare_engine
from tests.db.engines import make_engine


def _triggers(path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def _match(path, query: str) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as raw:
        return raw.execute(
            f"SELECT rowid, section FROM {fts.INDEX} WHERE {fts.INDEX} MATCH ?", (query,)
        ).fetchall()


def test_the_migration_indexes_what_an_existing_database_holds(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0004")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO inspection (uuid, kind, unit_name, place, period_label, legal_basis,"
            " subject, unit_report, chair_name, chair_title, scopes, status)"
            " VALUES ('u-1', 'kiem_tra', 'UBND thị trấn Đồng Đăng', '', '', '', '', '', '', '',"
            " '[]', 'chuan_bi')"
        )
        raw.execute(
            "INSERT INTO entry (inspection_id, section, position, text, addressee, criterion_code,"
            " criterion_title, context, deadline_text, followup_status, followup_note, response,"
            " response_type, source) VALUES (1, 'limitation', 0, 'Giải ngân còn chậm', '', '', '',"
            " '', '', '', '', '', '', '')"
        )
    upgrade(engine)
    assert {s for _, s in _match(path, "{folded}: dong dang")} == {"inspection"}
    assert "limitation" in {s for _, s in _match(path, "{folded}: giai ngan")}
    with engine.connect() as connection:
        assert fts.stale(connection) == (0, 0)
    engine.dispose()


def test_without_the_fold_the_migration_refuses_clearly(tmp_path):
    engine = make_bare_engine(tmp_path / "bare.sqlite")
    with pytest.raises(RuntimeError, match="db.fts.attach"):
        upgrade(engine)
    engine.dispose()


@pytest.mark.parametrize("source", fts.SOURCES, ids=lambda s: s.table)
def test_a_later_batch_migration_of_an_indexed_table_still_runs(tmp_path, source):
    """Alembic's batch mode copies the table, drops it and renames the copy: SQLite refuses the
    rename while any trigger names a missing table, and the dropped table's triggers go with
    it. The index's triggers name no other table, and come back after the migrations."""
    path = tmp_path / "batch.sqlite"
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table(source.table, recreate="always") as batch:
            batch.add_column(sa.Column("later", sa.Text))
    lost = {f"{fts.INDEX}_{source.name}_{e}" for e in ("ai", "au", "ad")}
    assert not lost & _triggers(path)
    with engine.begin() as connection:
        fts.ensure_triggers(connection)  # what db.migrate.upgrade does after the migrations
    assert lost <= _triggers(path)
    engine.dispose()


def test_every_connection_gets_the_fold(tmp_path):
    engine = make_engine(tmp_path / "f.sqlite")
    for _ in range(2):
        with engine.connect() as connection:
            assert connection.execute(
                text(f"SELECT {fts.FOLD_FUNCTION}('Đồng Đăng')")
            ).scalar() == ("dong dang")
        engine.dispose()  # a new connection next time
