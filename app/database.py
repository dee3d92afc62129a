"""Opening the user's database: recognise the file, upgrade it safely, or open it read-only.

Nothing is written to a file before it is known to be ours:
1. What is at the path: missing (a new file is made only when the caller may create one, and
   never in a missing folder), not a regular file, empty, not SQLite, truncated → refused.
2. Whose it is (db.sqlite_file reads the header; a read-only look at the tables): our
   application id, or id 0 with an `alembic_version` of a revision we know (files made before
   the app marked them) → ours. A revision we do not know is a newer schema: refused, saying
   which version of the app wrote it. Anything else is another program's database: refused.
3. Can it be written (the file, its folder, a real connection)? If not, it opens read-only
   and says why (`Database.read_only_reason`): lists and exports still work.
4. An older schema is first copied (db.backup) into the backups folder, then upgraded in one
   transaction. Read-only and older: a temporary copy is upgraded and opened read-only.

Every refusal is a DatabaseRefusedError (a StorageError: exit 2, one Vietnamese line) and
leaves the file byte-identical.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app.clean_close import unchanged_since_clean_close
from app.domain.emphasis import plain
from app.domain.errors import StorageError
from app.domain.text import fold
from app.fileio import DATABASE, atomic_output
from app.paths import backups_dir
from app.version import app_version
from db import fts
from db.backup import BackupError, backup_database, quick_check
from db.migrate import HEAD_REVISION, known_revisions, revision_of, upgrade, written_by
from db.session import Sessions, make_engine, make_session_factory
from db.sqlite_file import (
    APPLICATION_ID,
    Problem,
    has_pending_wal,
    problem_of,
    read_header,
    settle_interrupted_write,
)


class Refusal(StrEnum):
    """Why a file was not opened (the window offers different ways out for each)."""

    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"
    CANNOT_UPGRADE = "cannot_upgrade"


# Refusals after which a backup may be put in the file's place (the file is kept aside).
RESTORABLE = frozenset(
    {Refusal.MISSING, Refusal.UNREADABLE, Refusal.EMPTY, Refusal.NOT_SQLITE, Refusal.DAMAGED}
)


class DatabaseRefusedError(StorageError):
    """The file at `path` was not opened, and not changed; `refusal` says why."""

    def __init__(self, message: str, path: Path, refusal: Refusal):
        super().__init__(message, field="db")
        self.path = path
        self.refusal = refusal


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: Sessions
    read_only_reason: str = ""  # why nothing can be saved ("" when the file is writable)
    backup_path: Path | None = None  # the copy taken before an upgrade, if one was
    _temp_dir: Path | None = field(default=None, repr=False)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def close(self) -> None:
        self.engine.dispose()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None


def open_database(path: Path | str, create: bool = True, check: bool = False) -> Database:
    """Open the database at *path*, upgraded to the newest schema, or refuse it.

    *create*: a missing file becomes a new, empty database (its folder must exist); otherwise
    a missing file is refused. *check*: the whole file is read first (`quick_check`, the
    window's start-up check) unless the window closed it cleanly and it is unchanged since
    (app/clean_close.py); a file that fails it is refused as damaged, untouched.
    """
    path = Path(path)
    if not os.path.lexists(path):
        if not create:
            raise _refused(path, Refusal.MISSING)
        _create(path)
    revision = identify(path)
    if check and not unchanged_since_clean_close(path):
        if quick_check(path, immutable=not has_pending_wal(path)) != "ok":
            raise _refused(path, Refusal.DAMAGED)
    reason = _read_only_reason(path)
    if reason:
        return _open_read_only(path, revision, reason)
    if revision != HEAD_REVISION:
        return _upgrade_and_open(path, revision)
    try:
        return _open(path)
    except DBAPIError as error:
        reason = _reason_for(problem_of(error), path)
        if not reason:
            raise
        return _open_read_only(path, revision, reason)


# -- 1, 2: what the file is -----------------------------------------------------------------


def identify(path: Path) -> str:
    """The schema revision of our database at *path*; DatabaseRefusedError for anything else.

    Reads the header with a plain open() and the tables through a read-only connection that
    creates no lock files (immutable, unless a write-ahead log waits beside the file). A write
    a kill interrupted (a hot journal beside the file) is first rolled back, as SQLite would on
    any open: the half-written header would otherwise read as a damaged file.
    """
    if not os.path.lexists(path):
        raise _refused(path, Refusal.MISSING)
    if not path.is_file():
        raise _refused(path, Refusal.NOT_A_FILE)
    settle_interrupted_write(path)
    try:
        header = read_header(path)
    except PermissionError:
        raise _refused(path, Refusal.UNREADABLE) from None
    except OSError as error:
        raise _refused(path, Refusal.UNREADABLE, error.strerror or str(error)) from None
    if header is None:
        empty = path.stat().st_size == 0
        raise _refused(path, Refusal.EMPTY if empty else Refusal.NOT_SQLITE)
    if header.truncated:
        raise _refused(path, Refusal.DAMAGED)
    if header.application_id not in (0, APPLICATION_ID):
        raise _refused(path, Refusal.FOREIGN)
    engine = _engine(path, read_only=True, immutable=not has_pending_wal(path))
    try:
        with engine.connect() as connection:
            revision = revision_of(connection)
            if revision is not None and revision not in known_revisions():
                raise _refused(path, Refusal.NEWER, revision, written_by(connection))
    except DBAPIError as error:
        if problem_of(error) is Problem.DAMAGED:
            raise _refused(path, Refusal.DAMAGED) from None
        raise
    finally:
        engine.dispose()
    if revision is None:
        # Ours by its id but without a schema: never made by the app (it marks and builds a
        # file in one transaction). Unmarked and without one: another program's file.
        marked = header.application_id == APPLICATION_ID
        raise _refused(path, Refusal.DAMAGED if marked else Refusal.FOREIGN)
    return revision


def _refused(path: Path, refusal: Refusal, *details: str) -> DatabaseRefusedError:
    kept = "; tệp được giữ nguyên."
    messages = {
        Refusal.MISSING: f"Không có tệp cơ sở dữ liệu «{path}». Kiểm tra lại đường dẫn; tệp mới "
        "chỉ được tạo bằng lệnh demo hoặc import, hoặc «Tạo cơ sở dữ liệu mới» trong cửa sổ.",
        Refusal.NOT_A_FILE: f"«{path}» không phải là một tệp cơ sở dữ liệu (là thư mục hoặc "
        "thiết bị).",
        Refusal.UNREADABLE: f"Không đọc được tệp «{path}»"
        + (f": {details[0]}." if details else ": không có quyền đọc."),
        Refusal.EMPTY: f"Tệp «{path}» rỗng (0 byte), không phải cơ sở dữ liệu của Tổ công tác"
        + kept,
        Refusal.NOT_SQLITE: f"Tệp «{path}» không phải cơ sở dữ liệu của Tổ công tác" + kept,
        Refusal.DAMAGED: f"Tệp cơ sở dữ liệu «{path}» bị hỏng hoặc thiếu một phần" + kept,
        Refusal.FOREIGN: f"Tệp «{path}» là cơ sở dữ liệu của một chương trình khác, không phải "
        "của Tổ công tác" + kept,
        Refusal.CANNOT_UPGRADE: f"Không nâng cấp được cơ sở dữ liệu «{path}» lên phiên bản mới"
        + (f" ({details[0]})" if details else "")
        + kept,
    }
    if refusal is Refusal.NEWER:
        revision, version = details
        needed = f"phiên bản {version} trở lên" if version else "một phiên bản mới hơn"
        message = (
            f"Cơ sở dữ liệu «{path}» do một phiên bản mới hơn của Tổ công tác tạo ra (lược đồ "
            f"{revision}); cần {needed} để mở" + kept
        )
    else:
        message = messages[refusal]
    return DatabaseRefusedError(message, path, refusal)


# -- 3: can it be written -------------------------------------------------------------------


def _read_only_reason(path: Path) -> str:
    if not os.access(path, os.W_OK):
        return "tệp chỉ cho phép đọc"
    if not os.access(path.parent, os.W_OK):
        return "thư mục chứa tệp không cho phép ghi"
    return ""


def _reason_for(problem: Problem | None, path: Path) -> str:
    """Why a file that looked writable could not be opened for writing ("" if unknown)."""
    if problem in (Problem.DISK_FULL, Problem.IO, Problem.CANNOT_OPEN) and _disk_full(path):
        return "ổ đĩa đã đầy"
    return {
        Problem.DISK_FULL: "ổ đĩa đã đầy",
        Problem.READ_ONLY: "tệp chỉ cho phép đọc",
        Problem.CANNOT_OPEN: "không mở được tệp để ghi",
        Problem.IO: "lỗi đọc ghi ổ đĩa",
    }.get(problem, "")


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free == 0
    except OSError:
        return False


def storage_message(error: BaseException, db: Database | None = None) -> str:
    """One Vietnamese line for an error of the storage underneath ("" when it is not one)."""
    problem = problem_of(error)
    if problem is Problem.READ_ONLY and db is not None and db.read_only:
        return read_only_message(db)
    return {
        Problem.DISK_FULL: "Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa lưu được; hãy giải phóng "
        "chỗ trống rồi thử lại.",
        Problem.READ_ONLY: "Cơ sở dữ liệu chỉ cho phép đọc nên không lưu được thay đổi.",
        Problem.BUSY: "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại.",
        Problem.DAMAGED: "Cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.",
        Problem.IO: "Lỗi đọc ghi ổ đĩa chứa cơ sở dữ liệu; thay đổi chưa được lưu.",
        Problem.CANNOT_OPEN: "Không mở được tệp cơ sở dữ liệu để ghi.",
    }.get(problem, "")


def read_only_message(db: Database) -> str:
    return (
        f"Cơ sở dữ liệu «{db.path.name}» đang mở ở chế độ chỉ đọc ({db.read_only_reason}); "
        "không lưu được thay đổi."
    )


def _engine(path: Path, **options) -> Engine:
    """An engine on *path* whose connections know the app's fold: the search index's triggers
    call it on every write, migrations included (db.fts)."""
    engine = make_engine(path, **options)
    fts.attach(engine, fold, plain)
    return engine


# -- opening --------------------------------------------------------------------------------


def _open(path: Path) -> Database:
    engine = _engine(path)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, sessions=make_session_factory(engine))


def _open_read_only(path: Path, revision: str, reason: str) -> Database:
    """Read-only, without changing the journal mode; an older schema through an upgraded
    temporary copy."""
    if revision != HEAD_REVISION:
        return _open_upgraded_copy(path, reason)
    for immutable in (False, True):
        if immutable and has_pending_wal(path):
            break  # an immutable look would miss what the log holds
        engine = _engine(path, read_only=True, immutable=immutable)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except DBAPIError:
            engine.dispose()
            continue
        return Database(path, engine, make_session_factory(engine), read_only_reason=reason)
    return _open_upgraded_copy(path, reason)


def _open_upgraded_copy(path: Path, reason: str) -> Database:
    folder = Path(tempfile.mkdtemp(prefix="tocongtac-"))
    try:
        copy = backup_database(path, folder / "ban-xem.sqlite").path
        engine = _engine(copy, wal=False)
        upgrade(engine, app_version=app_version())
        engine.dispose()
        engine = _engine(copy, read_only=True)
    except (BackupError, DBAPIError, OSError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise _refused(path, Refusal.CANNOT_UPGRADE, reason) from error
    return Database(
        path, engine, make_session_factory(engine), read_only_reason=reason, _temp_dir=folder
    )


def _upgrade_and_open(path: Path, revision: str) -> Database:
    """Copy, then upgrade in one transaction; no copy, no upgrade (read-only instead)."""
    copy = _backup_before_upgrade(path, revision)
    if copy is None:
        return _open_read_only(path, revision, "không tạo được bản sao trước khi nâng cấp")
    engine = _engine(path)
    try:
        upgrade(engine, app_version=app_version())
    except DBAPIError as error:
        engine.dispose()
        reason = _reason_for(problem_of(error), path)
        if not reason:
            raise
        return _open_read_only(path, revision, reason)
    engine.dispose()
    db = _open(path)
    db.backup_path = copy
    return db


def _backup_before_upgrade(path: Path, revision: str) -> Path | None:
    """The copy taken before an upgrade: in the backups folder, else beside the database."""
    from app.backups import Kind, make_backup

    for folder in (backups_dir(), path.parent):
        try:
            return make_backup(path, Kind.BEFORE_UPGRADE, folder=folder, revision=revision).path
        except StorageError:
            continue
    return None


def _create(path: Path) -> None:
    """A new database at *path*, built beside it and published only once complete (a kill
    leaves no file, or the whole new one)."""
    with atomic_output(path, DATABASE) as temp:
        engine = _engine(temp, wal=False)
        try:
            upgrade(engine, app_version=app_version())
        finally:
            engine.dispose()
