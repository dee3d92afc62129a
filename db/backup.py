"""Copies of the database through SQLite's online backup API, each one checked.

The copy is consistent even while another connection writes: the source's rows are counted and
its pages copied inside one read transaction, so the counts and the copy describe the same
moment, and what is still in the write-ahead log is included. The copy is written beside its
final name, checked (`PRAGMA integrity_check`, every table's row count equal to the source's)
and renamed only then, so a kill leaves either no copy or a whole, checked one.

Restoring goes the other way: into a live database through the same API (one write transaction
on the target, so readers see the old content or the new, and a kill leaves the old), or, for a
file too damaged to be written into, as a new file published over it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from db.sqlite_file import has_pending_wal


class BackupError(Exception):
    """The copy could not be made or did not pass its check; the source is untouched."""


@dataclass(frozen=True)
class Copy:
    """A checked copy: where it is, the schema revision it holds, its tables' row counts."""

    path: Path
    revision: str | None
    counts: dict[str, int]


@dataclass(frozen=True)
class FileCheck:
    """What a database file says about itself when opened read-only."""

    application_id: int
    revision: str | None
    integrity: str  # "ok", or the first problem integrity_check reports
    counts: dict[str, int]


def _read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    flags = "mode=ro" + ("&immutable=1" if immutable else "")
    connection = sqlite3.connect(f"file:{quote(str(path.absolute()))}?{flags}", uri=True)
    connection.isolation_level = None  # transactions as written below, not pysqlite's
    return connection


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """The row count of every ordinary table (a full-text index's own tables included)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _integrity(connection: sqlite3.Connection, pragma: str = "integrity_check") -> str:
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    return "ok" if [r[0] for r in rows] == ["ok"] else str(rows[0][0])


def backup_database(source: Path, target: Path) -> Copy:
    """Copy the database *source* to *target* (which must not exist yet), checked."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        src = _read_only(source)
        try:
            src.execute("BEGIN")
            counts = table_counts(src)
            revision = _revision(src)
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                integrity = _integrity(dst)
                copied = table_counts(dst)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        if integrity != "ok":
            raise BackupError(f"integrity_check of the copy: {integrity}")
        if copied != counts:
            raise BackupError(f"row counts differ: {copied} != {counts}")
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        if target.exists():
            raise BackupError(f"{target} exists")
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return Copy(target, revision, counts)


def check_file(path: Path) -> FileCheck:
    """Read *path* read-only (no lock file is created, unless a write-ahead log waits beside
    it) and check it whole; BackupError when it cannot be read as a database at all."""
    try:
        connection = _read_only(path, immutable=not has_pending_wal(path))
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            integrity = _integrity(connection)
            revision = _revision(connection) if integrity == "ok" else None
            counts = table_counts(connection) if integrity == "ok" else {}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(str(error)) from error
    return FileCheck(application_id, revision, integrity, counts)


def quick_check(path: Path, immutable: bool) -> str:
    """`PRAGMA quick_check` of the database at *path*, read-only: "ok" or the first problem
    (the error itself when the file cannot even be read)."""
    try:
        connection = _read_only(path, immutable=immutable)
        try:
            return _integrity(connection, "quick_check")
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error) or "lỗi"


def restore_into(backup: Path, live: Path) -> dict[str, int]:
    """Replace the content of the database *live* by that of *backup*, in one write transaction
    on *live*; returns *live*'s row counts afterwards (BackupError when they differ)."""
    try:
        src = _read_only(backup, immutable=not has_pending_wal(backup))
        try:
            expected = table_counts(src)
            dst = sqlite3.connect(live)
            try:
                dst.execute("PRAGMA busy_timeout=5000")
                src.backup(dst)
                counts = table_counts(dst)
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise BackupError(str(error)) from error
    if counts != expected:
        raise BackupError(f"row counts differ after restoring: {counts} != {expected}")
    return counts


def publish_over(backup: Path, live: Path) -> None:
    """Put a checked copy of *backup* at *live*, replacing the file there (which its caller has
    kept aside) and its write-ahead log: used when *live* is too damaged to be written into."""
    temp = live.with_name(f".{live.name}.{secrets.token_hex(4)}.part")
    backup_database(backup, temp)
    try:
        for companion in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{live}{companion}")  # an old log must never be replayed onto it
        os.replace(temp, live)
    except OSError as error:
        raise BackupError(str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
