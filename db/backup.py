"""Copies of the database through SQLite's online backup API.

The copy is consistent even while another connection writes (the API restarts on a change), it
includes what is still in the write-ahead log, and it is written beside its final name and
renamed only once complete and checked, so a kill leaves either no copy or a whole one.
Taken before every migration; the backup work of issue 15 (rotation, restore) builds on it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from pathlib import Path
from urllib.parse import quote


class BackupError(Exception):
    """The copy could not be made or did not pass its check; the source is untouched."""


def backup_database(source: Path, target: Path) -> Path:
    """Copy the database *source* to *target* (which must not exist yet); returns *target*."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        src = sqlite3.connect(f"file:{quote(str(source.absolute()))}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if result != "ok":
            raise BackupError(f"integrity_check of the copy: {result}")
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
    return target
