"""The lock a window holds on its database while it is open (one window per database).

The lock is an OS file lock (flock on POSIX, a byte-range lock on Windows) on a file in the
temporary folder named by a hash of the user and the database's absolute path: the system
frees it when its holder ends, however it ends, so a crash never leaves the database "open".
The window (ui.single_instance) takes it; the command line only looks (a restore is refused
while a window has the database open, reading is not).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
import tempfile
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def key_of(db_path: Path) -> str:
    """The name of the lock (and of the window's local server) for *db_path*: the same for
    every spelling of one path, different for each user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    where = str(Path(db_path).absolute().resolve())
    digest = hashlib.sha256(f"{user}\n{where}".encode())
    return f"tocongtac-{digest.hexdigest()[:24]}"


class WindowLock:
    def __init__(self, db_path: Path):
        self.path = Path(tempfile.gettempdir()) / f"{key_of(db_path)}.lock"
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another holder has it."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


def window_has_open(db_path: Path) -> bool:
    """True while a window (of this user) has the database at *db_path* open."""
    probe = WindowLock(db_path)
    if probe.acquire():
        probe.release()
        return False
    return True
