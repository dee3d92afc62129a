"""Engine and session factory for the user's SQLite file, with the pragmas that keep data safe.

Transactions are SQLite's own, not pysqlite's: the driver's implicit transaction handling
(no BEGIN before DDL, none before a SELECT) is switched off and the engine emits BEGIN itself,
SQLAlchemy's documented recipe. So a migration's DDL is inside its transaction (a kill leaves the
old schema or the new one), and a write (`sessions.begin()`) starts with BEGIN IMMEDIATE: it
takes the write lock before its first read, so what it read cannot change under it (a second
writer waits, up to busy_timeout, instead of failing halfway).

A read-only engine (`mode=ro`, or `immutable=1` when even the lock files cannot be created)
never changes the journal mode and cannot write.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BEGIN_OPTION = "sqlite_begin"


def make_engine(
    path: Path | str,
    *,
    read_only: bool = False,
    immutable: bool = False,
    wal: bool = True,
    foreign_keys: bool = True,
) -> Engine:
    """An engine on the SQLite file at *path* (SQLite creates a missing file, never a folder).

    *wal*: the journal mode of the user's file; off for a file being built (one file to rename).
    *foreign_keys*: off only for migrations, whose table rebuilds must not cascade deletes.
    """
    path = Path(path)
    writable = not (read_only or immutable)
    if writable:
        target, as_uri = str(path), False
    else:
        # An SQLite URI, so that any file name (spaces, "?", "#", Vietnamese) stays one path.
        flags = "mode=ro" + ("&immutable=1" if immutable else "")
        target, as_uri = f"file:{quote(str(path.absolute()))}?{flags}", True

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=as_uri, check_same_thread=False)

    # The creator opens the file; the URL (never parsed from a string, so never misread) only
    # names it, for the pool choice and for `database_path`.
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=connect)

    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see on_begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            if writable and wal:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=5000")
        finally:
            cursor.close()

    def on_begin(connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode if writable else 'DEFERRED'}")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def database_path(engine: Engine) -> Path:
    """The file behind an engine made by make_engine."""
    return Path(engine.url.database or "")


def writer(engine: Engine) -> Engine:
    """The same engine, its transactions starting with BEGIN IMMEDIATE."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


class Sessions(sessionmaker[Session]):
    """Sessions whose `begin()` is a write transaction (BEGIN IMMEDIATE); plain `sessions()`
    reads (BEGIN DEFERRED)."""

    def __init__(self, engine: Engine):
        super().__init__(engine, expire_on_commit=False)
        self._writer = writer(engine)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:  # noqa: D102
        with self(bind=self._writer) as session, session.begin():
            yield session


def make_session_factory(engine: Engine) -> Sessions:
    return Sessions(engine)
