"""Run the Alembic migrations programmatically, so every opened database ends at head.

Alembic (with Mako) costs about a third of a second to import, so a database already at head is
recognised with one query and Alembic is only imported when there is something to migrate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db import fts

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0007"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind *engine* to *revision* (an empty file included)."""
    if revision == "head" and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
    # A migration that rebuilt an indexed table (batch mode) dropped that table's triggers.
    with engine.begin() as connection:
        if fts.exists(connection):
            fts.ensure_triggers(connection)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
