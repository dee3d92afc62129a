"""What an SQLite file says about itself, read before any connection touches it.

The 100-byte header (https://www.sqlite.org/fileformat.html#the_database_header) tells whether a
file is an SQLite database at all, whether it is complete (its page count against its size) and
whose it is: `PRAGMA application_id` (offset 68) carries APPLICATION_ID in every database this app
has created or upgraded. Reading those bytes with a plain `open()` changes nothing, not even
the file's access time beyond what any reader does; no -wal or -shm file appears.

Also here: the kind of problem behind an SQLite error (disk full, read-only, damaged, busy), so
that the layers above can say it in words without knowing SQLite's error names.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# "TCTG" (Tổ công tác): the mark of our files in PRAGMA application_id.
APPLICATION_ID = int.from_bytes(b"TCTG", "big")


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int  # 0 when the header's own count is not valid (very old writers)
    application_id: int
    wal: bool  # journal mode WAL recorded in the file (read/write versions 2)
    file_size: int

    @property
    def truncated(self) -> bool:
        """Fewer bytes than the pages the header counts, or not a whole number of pages."""
        if self.file_size % self.page_size:
            return True
        return self.page_count > 0 and self.file_size < self.page_count * self.page_size


def read_header(path: Path) -> Header | None:
    """The header of the SQLite file at *path*; None when it is not an SQLite file."""
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
        size = os.fstat(f.fileno()).st_size
    if len(head) < HEADER_SIZE or not head.startswith(MAGIC):
        return None
    page_size = int.from_bytes(head[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        return None
    change_counter = head[24:28]
    valid_for = head[92:96]
    page_count = int.from_bytes(head[28:32], "big") if change_counter == valid_for else 0
    return Header(
        page_size=page_size,
        page_count=page_count,
        application_id=int.from_bytes(head[68:72], "big", signed=True),
        wal=head[18] == 2 and head[19] == 2,
        file_size=size,
    )


def is_sqlite_file(path: Path) -> bool:
    """True when *path* is a regular file that starts with the SQLite header."""
    try:
        return path.is_file() and read_header(path) is not None
    except OSError:
        return False


def settle_interrupted_write(path: Path) -> None:
    """Let SQLite roll back what a killed writer left half-written (a hot rollback journal beside
    the file, as a migration leaves it), so that the header and the pages read next are the
    last committed ones. A read through a normal connection does it: SQLite itself decides
    whether the journal is hot (a live writer's is not). Nothing happens without a journal; when
    the rollback cannot be made here (a read-only folder) the file is left as it is."""
    try:
        if os.path.getsize(f"{path}-journal") == 0:
            return
    except OSError:
        return
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        pass


def has_pending_wal(path: Path) -> bool:
    """True when a write-ahead log with content lies beside the database (not checkpointed)."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def mark_as_ours(connection) -> None:
    """Write APPLICATION_ID into the header (inside the caller's transaction)."""
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


class Problem(StrEnum):
    """What went wrong underneath, in terms the user can act on."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    BUSY = "busy"
    CANNOT_OPEN = "cannot_open"
    IO = "io"


_PROBLEMS = {
    "SQLITE_FULL": Problem.DISK_FULL,
    "SQLITE_READONLY": Problem.READ_ONLY,
    "SQLITE_PERM": Problem.READ_ONLY,
    "SQLITE_CORRUPT": Problem.DAMAGED,
    "SQLITE_NOTADB": Problem.DAMAGED,
    "SQLITE_BUSY": Problem.BUSY,
    "SQLITE_LOCKED": Problem.BUSY,
    "SQLITE_CANTOPEN": Problem.CANNOT_OPEN,
    "SQLITE_IOERR": Problem.IO,
}


def problem_of(error: BaseException) -> Problem | None:
    """The Problem behind *error* (an sqlite3 error, or SQLAlchemy's wrapper of one)."""
    original = getattr(error, "orig", None) or error
    name = getattr(original, "sqlite_errorname", None)
    if not isinstance(name, str):
        return None
    for prefix, problem in _PROBLEMS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return problem
    return None
