"""Migrations: an empty file and an older schema both end at head, data kept."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from db import fts
from db.base import Base
from db.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade
from tests.db.engines import make_engine


def _head(engine) -> str:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_empty_file_is_migrated_to_head(tmp_path):
    engine = make_engine(tmp_path / "empty.sqlite")
    upgrade(engine)
    assert current_revision(engine) == _head(engine)
    engine.dispose()


def test_schema_at_head_matches_the_models(tmp_path):
    engine = make_engine(tmp_path / "x.sqlite")
    upgrade(engine)
    with engine.connect() as connection:
        ours = {"include_name": lambda name, _kind, _parent: not (name and fts.owns_table(name))}
        context = MigrationContext.configure(connection, opts=ours)
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_from_the_first_revision_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO inspection (uuid, kind, unit_name, place, period_label, legal_basis,"
            " subject, unit_report, chair_name, chair_title, scopes, status)"
            " VALUES ('u-1', 'kiem_tra', 'UBND huyện Mây Xanh', '', '', '', '', '', '', '',"
            " '[]', 'chuan_bi')"
        )
        raw.execute(
            "INSERT INTO notice (inspection_id, doc_type, issuer_code, number, place, title,"
            " issued, opening, closing, authority_lines, signer_capacity, signer_title,"
            " signer_name, attachments) VALUES (1, 'TB', 'TCT', '', '', '', 0, '', '', '[]',"
            " '', '', '', '[]')"
        )
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert "phrase" not in tables

    upgrade(engine)
    assert current_revision(engine) == _head(engine)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT unit_name FROM inspection").fetchall() == [
            ("UBND huyện Mây Xanh",)
        ]
        assert raw.execute("SELECT recommendations_intro FROM notice").fetchall() == [("",)]
        assert raw.execute("SELECT count(*) FROM phrase").fetchone()[0] > 10  # starter library
    engine.dispose()


def test_opening_twice_is_harmless(tmp_path):
    from app.database import open_database

    first = open_database(tmp_path / "a.sqlite")
    first.close()
    second = open_database(tmp_path / "a.sqlite")
    assert current_revision(second.engine) == _head(second.engine)
    second.close()


def test_the_recorded_head_is_alembics_head(tmp_path):
    engine = make_engine(tmp_path / "h.sqlite")
    assert HEAD_REVISION == _head(engine)
    engine.dispose()
