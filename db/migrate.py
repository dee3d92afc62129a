"""Run the Alembic migrations programmatically, so every opened database ends at head.

An upgrade is one SQLite transaction (BEGIN IMMEDIATE … COMMIT, DDL included): a kill at any
point leaves the old schema or the new one, never a half. It runs with foreign keys off, since
the table rebuilds of batch migrations would otherwise cascade deletes, and checks them
(`PRAGMA foreign_key_check`) before it commits. The same transaction marks the file as ours
(`PRAGMA application_id`) and records which version of the app wrote the schema, so that an
older app can say which version a newer file needs.

Alembic (with Mako) costs about a third of a second to import, so a database already at head is
recognised with one query and Alembic is only imported when there is something to migrate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db import fts
from db.session import database_path, make_engine, writer
from db.sqlite_file import mark_as_ours

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0010"


class MigrationError(Exception):
    """The upgrade was refused or failed; the database was left as it was."""


def known_revisions() -> set[str]:
    """Every revision this version knows (file names start with the revision id)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head", app_version: str = "") -> None:
    """Bring the database behind *engine* to *revision* (an empty file included)."""
    if revision == "head" and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    engine.dispose()  # no connection of ours holds the file while the upgrade waits for it
    # The journal mode stays as the file has it (WAL for the user's file).
    migration = writer(make_engine(database_path(engine), wal=False, foreign_keys=False))
    fts.attach_like(engine, migration)  # the search index's triggers fold what they index
    config = alembic_config(migration)
    config.attributes["before_commit"] = lambda connection: _finish(connection, app_version)
    try:
        command.upgrade(config, revision)
    finally:
        migration.dispose()


def _finish(connection, app_version: str) -> None:
    """The last statements of the upgrade's transaction."""
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise MigrationError(f"foreign_key_check after the upgrade: {problems[:5]}")
    # A migration that rebuilt an indexed table (batch mode) dropped that table's triggers.
    if fts.exists(connection):
        fts.ensure_triggers(connection)
    mark_as_ours(connection)
    if app_version and inspect(connection).has_table("app_info"):
        connection.execute(
            text("INSERT OR REPLACE INTO app_info (key, value) VALUES ('app_version', :v)"),
            {"v": app_version},
        )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return revision_of(connection)


def revision_of(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def written_by(connection) -> str:
    """The version of the app that last upgraded the schema ("" when not recorded)."""
    if not inspect(connection).has_table("app_info"):
        return ""
    value = connection.execute(text("SELECT value FROM app_info WHERE key = 'app_version'"))
    return value.scalar() or ""
