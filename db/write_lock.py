"""Holding the database's write lock for a whole transaction (SQLite: BEGIN IMMEDIATE).

A transaction that decides what to write from what it reads — the next register number is the
largest one plus one — must hold the write lock from its first read to its commit, or two
processes read the same largest number and both take the next one. SQLite's default (deferred)
transaction only asks for the lock at its first write, and Python's sqlite3 even runs the reads
before it outside any transaction. BEGIN IMMEDIATE takes the lock at once and waits for it as
long as the connection's busy timeout allows.
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session


class DatabaseBusyError(Exception):
    """Another writer held the lock for longer than the busy timeout."""


def lock_for_writing(session: Session) -> None:
    """Take the write lock for the transaction *session* is in; call it before any query."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # pragma: no cover - only SQLite is supported yet
        raise NotImplementedError(f"no write lock for {connection.dialect.name}")
    if connection.connection.dbapi_connection.in_transaction:
        raise RuntimeError("lock_for_writing must come before any other statement")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise DatabaseBusyError(str(error.orig)) from error
        raise
