"""Writing output files atomically: a temporary file in the same folder, fsync, then rename.

A reader of the output (or the user opening it in Word) sees either the old file or the complete
new one, never half a file, even if the process is killed or the machine loses power midway.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write *data* to *path*, replacing an existing file only once the new one is complete."""
    with atomic_output(path) as temp:
        with open(temp, "wb") as f:
            f.write(data)


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Give a temporary path beside *path* to write to; on success it replaces *path*.

    The temporary file keeps the suffix of *path* (libraries that pick a format from the
    extension keep working). On an exception the temporary file is removed and *path* is left
    as it was.
    """
    path = Path(path)
    temp = _reserve_temp(path)
    try:
        yield temp
        _fsync_file(temp)
        _keep_mode(path, temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def _reserve_temp(path: Path) -> Path:
    """Create an empty file beside *path* with a fresh name (permissions follow the umask)."""
    while True:
        temp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")
        try:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _keep_mode(target: Path, temp: Path) -> None:
    """A replaced file keeps its permissions."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temp, target.stat().st_mode & 0o7777)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
