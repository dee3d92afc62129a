"""Writing output files safely: the target checked first, then a temporary file, fsync, rename.

Every file the app writes goes through `atomic_output`, and every check of a target lives here:
- the name has the suffix of what is written (`.json` for a data file, `.pdf`, `.docx`,
  `.xlsx`), and its folder exists;
- an existing target is a regular file of that same kind (a data file is only replaced by a
  data file): a database, a directory, a device, a FIFO or a file of another kind is refused, so
  no command can turn the database it works on (or anything else) into an export;
- the new content goes to a temporary file beside the target and replaces it only once complete:
  a reader (or Word) sees the old file or the whole new one, never half, whatever happens;
- temporary files are removed on failure, on SIGTERM/SIGINT (`install_cleanup_handlers`), and
  those left by a process that was killed outright are removed by the next write beside them.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InputError

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - Windows: an open temporary file cannot be deleted by another process
    fcntl = None


@dataclass(frozen=True)
class OutputKind:
    """What a command writes: its name for the user, its suffixes, how its content begins."""

    label: str
    suffixes: tuple[str, ...]  # empty: any name
    looks_like: Callable[[bytes], bool]


def _json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


JSON = OutputKind("tệp dữ liệu JSON", (".json",), _json)
PDF = OutputKind("tệp PDF", (".pdf",), lambda head: head.startswith(b"%PDF-"))
DOCX = OutputKind("tệp Word", (".docx",), _zip)
XLSX = OutputKind("bảng tính Excel", (".xlsx",), _zip)
# A new database file: any name, never over an existing file (published without replacing).
DATABASE = OutputKind("cơ sở dữ liệu", (), lambda _head: False)
KINDS = {suffix: kind for kind in (JSON, PDF, DOCX, XLSX) for suffix in kind.suffixes}

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SNIFF_BYTES = 512


def check_output(path: Path | str, kind: OutputKind | None = None) -> OutputKind:
    """Refuse (InputError) a target that must not be written; returns the kind to write.

    *kind* None: the kind named by the suffix (which must be a known one).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if kind is None:
        kind = KINDS.get(suffix)
        if kind is None:
            known = ", ".join(KINDS)
            raise InputError(
                f"Không ghi được «{path.name}»: tên tệp phải có đuôi {known}.", field="output"
            )
    elif kind.suffixes and suffix not in kind.suffixes:
        raise InputError(
            f"Tệp kết quả «{path.name}» phải có đuôi {' hoặc '.join(kind.suffixes)}.",
            field="output",
        )
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"Thư mục «{folder}» không tồn tại.", field="output")
    try:
        info = path.stat()
    except FileNotFoundError:
        return kind
    except OSError as error:
        raise InputError(
            f"Không ghi được tệp «{path}»: {error.strerror or error}.", field="output"
        ) from None
    if kind is DATABASE:
        raise InputError(f"Tệp «{path}» đã có; không tạo cơ sở dữ liệu mới đè lên.", field="output")
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"«{path}» là một thư mục, không ghi đè.", field="output")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"«{path}» không phải tệp thông thường (thiết bị, FIFO…), không ghi vào.",
            field="output",
        )
    head = _head(path)
    if head.startswith(_SQLITE_MAGIC):
        raise InputError(
            f"«{path}» là một cơ sở dữ liệu; không ghi đè {kind.label} lên đó.", field="output"
        )
    if head and not kind.looks_like(head):
        raise InputError(
            f"Tệp «{path}» đã có và không phải {kind.label}; không ghi đè.", field="output"
        )
    return kind


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_SNIFF_BYTES)
    except OSError as error:
        raise InputError(
            f"Không đọc được tệp «{path}» để kiểm tra trước khi ghi: {error.strerror}.",
            field="output",
        ) from None


def write_atomically(path: Path | str, data: bytes, kind: OutputKind | None = None) -> None:
    """Write *data* to *path*, replacing an existing file only once the new one is complete."""
    with atomic_output(path, kind) as temp:
        with open(temp, "wb") as f:
            f.write(data)


@contextlib.contextmanager
def atomic_output(path: Path | str, kind: OutputKind | None = None) -> Iterator[Path]:
    """Check *path* (`check_output`), then give a temporary path beside it to write to; on
    success it replaces *path* (a new DATABASE never replaces anything).

    The temporary file keeps the suffix of *path* (libraries that pick a format from the
    extension keep working). On an exception the temporary file is removed and *path* is left
    as it was.
    """
    path = Path(path)
    kind = check_output(path, kind)
    _remove_stale(path)
    temp, lock = _reserve_temp(path)
    _LIVE.add(temp)
    try:
        yield temp
        _fsync_file(temp)
        _release(lock)
        lock = None
        if kind is DATABASE:
            _publish_new(temp, path)
        else:
            _keep_mode(path, temp)
            os.replace(temp, path)
    except BaseException:
        _release(lock)
        _remove_with_companions(temp)
        raise
    finally:
        _LIVE.discard(temp)
    _fsync_dir(path.parent)


# -- temporary files ------------------------------------------------------------------------

_LIVE: set[Path] = set()  # temporary files of this process, removed on SIGTERM
_TOKEN = re.compile(r"[0-9a-f]{8}")
_COMPANIONS = ("-journal", "-wal", "-shm")  # what SQLite adds beside a database being built


def _temp_name(path: Path, token: str) -> str:
    return f".{path.stem}.{token}.tmp{path.suffix}"


def _reserve_temp(path: Path) -> tuple[Path, int | None]:
    """Create an empty file beside *path* with a fresh name (permissions follow the umask),
    locked while this process writes it."""
    while True:
        temp = path.with_name(_temp_name(path, secrets.token_hex(4)))
        try:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        if fcntl is None:  # pragma: no cover - Windows keeps the handle open instead
            return temp, fd
        fcntl.flock(fd, fcntl.LOCK_EX)
        return temp, fd


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _remove_stale(path: Path) -> None:
    """Remove temporary files beside *path* whose writer is gone (killed with SIGKILL).

    A live writer holds a lock on its temporary file; a file that can be locked has none.
    """
    prefix, suffix = f".{path.stem}.", f".tmp{path.suffix}"
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(suffix)):
            continue
        if not _TOKEN.fullmatch(name[len(prefix) : -len(suffix)]):
            continue
        temp = path.with_name(name)
        if _unlocked(temp):
            _remove_with_companions(temp)


def _unlocked(temp: Path) -> bool:
    try:
        fd = os.open(temp, os.O_RDONLY)
    except OSError:
        return False
    try:
        if fcntl is None:  # pragma: no cover - Windows: removing a file still open fails
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
    finally:
        os.close(fd)


def _remove_with_companions(temp: Path) -> None:
    for name in (temp.name, *(temp.name + c for c in _COMPANIONS)):
        with contextlib.suppress(OSError):
            os.unlink(temp.with_name(name))


def remove_live_temps() -> None:
    """Remove this process's temporary files (from a signal handler, before dying)."""
    for temp in list(_LIVE):
        _remove_with_companions(temp)


def install_cleanup_handlers(signals: tuple[int, ...] = (signal.SIGTERM,)) -> None:
    """On each of *signals*: remove this process's temporary files, then die of the signal as
    before (the exit status still tells what happened)."""

    def handler(signum, _frame) -> None:
        remove_live_temps()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    for signum in signals:
        signal.signal(signum, handler)


# -- publishing -----------------------------------------------------------------------------


def _publish_new(temp: Path, path: Path) -> None:
    """Move *temp* to *path* only if *path* does not exist (two creators: the first one wins)."""
    if fcntl is None:  # pragma: no cover - Windows: rename never replaces an existing file
        os.rename(temp, path)
        return
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if path.exists():
            raise FileExistsError(path) from None
        os.rename(temp, path)
        return
    os.unlink(temp)


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
