"""Restoring a backup (app.backups) over the user's database.

Only a verified backup of ours is accepted: our application id, a whole file that passes
integrity_check, a schema this version knows, and, when it has its record, the row counts the
record holds. The current file is first backed up (or, when it is damaged, kept beside it as a
byte copy, never deleted), then its content is replaced: no restore loses the data it replaces.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.backups import BackupInfo, Kind, list_backups, make_backup, read_record, reason_of
from app.database import DatabaseRefusedError, identify
from app.domain.errors import InputError, StorageError
from db.backup import BackupError, FileCheck, check_file, publish_over, quick_check, restore_into
from db.migrate import known_revisions
from db.sqlite_file import APPLICATION_ID, read_header


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of *db_path* that passes the checks of a restore (None: none does)."""
    for backup in list_backups(db_path):
        try:
            check_restorable(backup.path)
        except InputError:
            continue
        return backup
    return None


def check_restorable(file: Path) -> FileCheck:
    """The check of *file* as a backup of ours, or InputError (one Vietnamese line)."""
    not_ours = f"Tệp «{file}» không phải bản sao lưu của Tổ công tác; không khôi phục."
    if not file.is_file():
        raise InputError(f"Không có tệp «{file}».", field="file")
    try:
        header = read_header(file)
    except OSError as error:
        raise InputError(f"Không đọc được tệp «{file}»: {error.strerror}.", field="file") from None
    if header is None:
        raise InputError(not_ours, field="file")
    if header.truncated:
        raise InputError(_damaged(file), field="file")
    if header.application_id not in (0, APPLICATION_ID):
        raise InputError(not_ours, field="file")
    try:
        check = check_file(file)
    except BackupError:
        raise InputError(_damaged(file), field="file") from None
    if check.integrity != "ok":
        raise InputError(_damaged(file), field="file")
    if check.revision is None:
        raise InputError(not_ours, field="file")
    if check.revision not in known_revisions():
        raise InputError(
            f"Bản sao lưu «{file}» do một phiên bản mới hơn của Tổ công tác tạo ra (lược đồ "
            f"{check.revision}); không khôi phục bằng phiên bản này.",
            field="file",
        )
    recorded = read_record(file)
    if recorded is not None and recorded.counts != check.counts:
        raise InputError(
            f"Bản sao lưu «{file}» đã bị thay đổi sau khi sao lưu (số dòng khác với lúc ghi); "
            "không khôi phục.",
            field="file",
        )
    return check


def _damaged(file: Path) -> str:
    return f"Bản sao lưu «{file}» bị hỏng (không qua được bước kiểm tra); không khôi phục."


def aside_path(db_path: Path, now: dt.datetime) -> Path:
    """Where a damaged database is kept when a backup replaces it (beside it, never deleted)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}-hong-{stamp}{db_path.suffix or '.sqlite'}")


@dataclass(frozen=True)
class Restored:
    backup: Path  # what was restored
    before: Path | None  # the backup of the file it replaced (healthy case)
    kept_aside: Path | None  # the damaged file, kept byte for byte (damaged case)


def restore_backup(db_path: Path, file: Path, now: dt.datetime | None = None) -> Restored:
    """Replace the database at *db_path* by the backup *file* (checked first).

    When the current file opens and passes its check, it is backed up first and its content
    replaced in one transaction. Otherwise (damaged, unreadable, not ours, missing) it is copied
    aside byte for byte (aside_path) and the backup published in its place.
    No connection of the caller may be open on *db_path*.
    """
    now = now or dt.datetime.now()
    if file.absolute().resolve() == db_path.absolute().resolve():
        raise InputError("Không khôi phục một tệp lên chính nó.", field="file")
    check_restorable(file)
    if not db_path.parent.is_dir():
        raise InputError(f"Thư mục «{db_path.parent}» không tồn tại.", field="db")
    if _healthy(db_path):
        before = make_backup(db_path, Kind.BEFORE_RESTORE, now=now)
        try:
            restore_into(file, db_path)
        except BackupError as error:
            raise StorageError(
                f"Không khôi phục được vào «{db_path}» ({error}); dữ liệu vẫn như trước.",
                field="db",
            ) from error
        return Restored(file, before.path, None)
    kept = None
    try:
        if db_path.exists():
            kept = aside_path(db_path, now)
            _copy_exactly(db_path, kept)
        publish_over(file, db_path)
    except (BackupError, OSError) as error:
        raise StorageError(
            f"Không khôi phục được vào «{db_path}»: {reason_of(error)}.", field="db"
        ) from error
    return Restored(file, None, kept)


def _healthy(db_path: Path) -> bool:
    """The file at *db_path* is a database of ours that passes quick_check."""
    try:
        identify(db_path)
    except DatabaseRefusedError:
        return False
    return quick_check(db_path, immutable=False) == "ok"


def _copy_exactly(source: Path, target: Path) -> None:
    """A byte copy of *source* (and of its write-ahead log, if one lies beside it)."""
    for suffix in ("", "-wal"):
        origin = Path(f"{source}{suffix}")
        if not origin.exists():
            continue
        copy = Path(f"{target}{suffix}")
        if copy.exists():
            raise OSError(f"«{copy}» đã có")
        shutil.copyfile(origin, copy)
        with open(copy, "rb+") as f:
            os.fsync(f.fileno())
