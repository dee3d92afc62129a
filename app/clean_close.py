"""Whether the window may skip reading the whole database at start-up.

The start-up check (`quick_check`) reads every page of the file: about a quarter of a second for
ten years of a province with a warm disk cache, much more from a cold laptop disk. A file the
window itself closed cleanly, whose size, modification time and inode are still the ones it saw
then, with no write-ahead log beside it, has not been written by anyone since, so it is opened
without that read. Any other file — after a crash, a copy, a restore, a write by the command
line or another program — is checked whole. Damage that comes without a write (a failing disk)
is caught by the daily backup, whose copy is checked with `integrity_check` page by page.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from app.paths import data_dir


def _stamp_file(path: Path) -> Path:
    key = hashlib.sha256(str(path.absolute()).encode("utf-8")).hexdigest()[:24]
    return data_dir() / "clean-close" / f"{key}.json"


def _fingerprint(path: Path) -> dict[str, int] | None:
    if os.path.lexists(f"{path}-wal"):
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "inode": info.st_ino}


def remember_clean_close(path: Path) -> None:
    """After the window closed its database: remember the file as it was left."""
    fingerprint = _fingerprint(path)
    stamp = _stamp_file(path)
    try:
        if fingerprint is None:
            stamp.unlink(missing_ok=True)
            return
        stamp.parent.mkdir(parents=True, exist_ok=True)
        temporary = stamp.with_suffix(".tmp")
        temporary.write_text(json.dumps(fingerprint), encoding="utf-8")
        os.replace(temporary, stamp)
    except OSError:
        pass  # without a stamp the next start checks the whole file, as it would anyway


def unchanged_since_clean_close(path: Path) -> bool:
    """True when *path* is exactly as the window left it at its last clean close."""
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return False
    try:
        remembered = json.loads(_stamp_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return remembered == fingerprint
