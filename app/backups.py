"""Backups of the user's database: made, recorded, listed, rotated, restored.

Each backup is a checked copy (db.backup: integrity_check, row counts equal to the source's) in
the backups folder of the data folder, with a small JSON record beside it (`<copy>.json`: the
database it was taken from, when, why, its schema revision and row counts, the check's result),
and a second copy of both in the second backup folder when one is set (app.preferences). A copy
whose check fails is never published.

The daily, at-quit and manual backups of a database are kept by the rotation rule
(app.domain.backup_rotation); those taken before an upgrade or a restore are never removed by it
(each is the only state of the data before that step).

Restoring accepts only a verified backup of ours (our application id, a whole file, a schema
this version knows, its record's row counts when it has one); it first backs up the current
file (or, when that file is damaged, keeps a byte copy of it beside it), then replaces the
content, so no restore ever loses the data it replaces.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from app.domain import backup_rotation
from app.domain.errors import InputError, StorageError
from app.domain.numbers import format_number
from app.fileio import JSON, write_atomically
from app.paths import backups_dir
from app.preferences import load_preferences
from db.backup import (
    BackupError,
    FileCheck,
    backup_database,
    check_file,
    publish_over,
    quick_check,
    restore_into,
)
from db.migrate import known_revisions
from db.sqlite_file import APPLICATION_ID, read_header

RECORD_FORMAT = "tocongtac-sao-luu/1"
_STAMP = "%Y%m%d-%H%M%S-%f"


class Kind(StrEnum):
    """Why a backup was taken (its value is part of the file name)."""

    DAILY = "hang-ngay"
    AT_QUIT = "khi-thoat"
    MANUAL = "thu-cong"
    BEFORE_UPGRADE = "truoc-nang-cap"
    BEFORE_RESTORE = "truoc-khoi-phuc"

    @property
    def label(self) -> str:
        return {
            Kind.DAILY: "hằng ngày",
            Kind.AT_QUIT: "khi thoát",
            Kind.MANUAL: "sao lưu ngay",
            Kind.BEFORE_UPGRADE: "trước khi nâng cấp",
            Kind.BEFORE_RESTORE: "trước khi khôi phục",
        }[self]

    @property
    def rotated(self) -> bool:
        return self in (Kind.DAILY, Kind.AT_QUIT, Kind.MANUAL)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    kind: Kind
    size: int
    revision: str | None
    counts: dict[str, int]
    second_copy: Path | None = None  # the copy in the second folder, when it was made
    second_error: str = ""  # why that copy could not be made ("" when it was, or none is set)

    @property
    def inspections(self) -> int:
        """Inspections in the copy (those in the trash included)."""
        return self.counts.get("inspection", 0)

    @property
    def size_text(self) -> str:
        if self.size < 1024 * 1024:
            return f"{format_number(Decimal(self.size) / 1024, 0)} KB"
        return f"{format_number(Decimal(self.size) / (1024 * 1024), 1)} MB"


def _source_key(db_path: Path) -> str:
    return str(Path(db_path).absolute().resolve())


def _record_path(copy: Path) -> Path:
    return copy.with_name(copy.name + ".json")


def _name(db_path: Path, kind: Kind, now: dt.datetime, revision: str | None) -> str:
    tag = f"{kind.value}-{revision}" if kind is Kind.BEFORE_UPGRADE and revision else kind.value
    return f"{db_path.stem}-{tag}-{now.strftime(_STAMP)}{db_path.suffix or '.sqlite'}"


def _write_record(info: BackupInfo, db_path: Path, target: Path) -> None:
    record = {
        "format": RECORD_FORMAT,
        "source": _source_key(db_path),
        "created": info.created.isoformat(),
        "kind": info.kind.value,
        "revision": info.revision,
        "size": info.size,
        "counts": info.counts,
        "integrity_check": "ok",
        "counts_equal_to_source": True,
    }
    text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(_record_path(target), text.encode("utf-8"), JSON)


def _read_record(record: Path) -> tuple[str, BackupInfo] | None:
    """(source, info) from a backup's record; None when it is not one or its copy is gone."""
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        if data.get("format") != RECORD_FORMAT:
            return None
        copy = record.with_name(record.name[: -len(".json")])
        info = BackupInfo(
            path=copy,
            created=dt.datetime.fromisoformat(data["created"]),
            kind=Kind(data["kind"]),
            size=copy.stat().st_size,
            revision=data.get("revision"),
            counts={str(k): int(v) for k, v in data["counts"].items()},
        )
        return str(data["source"]), info
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def make_backup(
    db_path: Path,
    kind: Kind,
    now: dt.datetime | None = None,
    folder: Path | None = None,
    second: Path | None = None,
    revision: str | None = None,
) -> BackupInfo:
    """A checked copy of the database at *db_path* in *folder* (the backups folder), recorded,
    copied to the second folder (*second*, or the one in the preferences) and rotated.
    *revision*: the schema about to be upgraded (part of the name of a copy taken before an
    upgrade).

    StorageError when the copy cannot be made or fails its check (nothing is left of it).
    """
    now = now or dt.datetime.now()
    folder = folder or backups_dir()
    if second is None and kind is not Kind.BEFORE_UPGRADE:
        second = load_preferences().second_backup_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _name(db_path, kind, now, revision)
        copy = backup_database(db_path, target)
        info = BackupInfo(
            target, now, kind, target.stat().st_size, copy.revision,
            copy.counts,
        )  # fmt: skip
        _write_record(info, db_path, target)
    except (BackupError, OSError) as error:
        raise StorageError(
            f"Không sao lưu được cơ sở dữ liệu «{db_path}»: {_reason(error)}.", field="backup"
        ) from error
    if kind.rotated:
        rotate(db_path, folder)
    if second is not None:
        info = _copy_to_second(db_path, info, second)
    return info


def _reason(error: BaseException) -> str:
    text = str(error)
    if "integrity_check" in text or "row counts" in text or "malformed" in text:
        return "bản sao không qua được bước kiểm tra (cơ sở dữ liệu có thể bị hỏng)"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return text or "lỗi đọc ghi"


def _copy_to_second(db_path: Path, info: BackupInfo, second: Path) -> BackupInfo:
    target = second / info.path.name
    try:
        if not second.is_dir():
            raise OSError(f"thư mục «{second}» không có (ổ USB chưa cắm?)")
        backup_database(info.path, target)
        _write_record(info, db_path, target)
    except (BackupError, OSError, StorageError) as error:
        return replace(info, second_error=str(error))
    if info.kind.rotated:
        rotate(db_path, second)
    return replace(info, second_copy=target)


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The recorded backups of the database at *db_path* in *folder*, newest first."""
    folder = folder or backups_dir()
    key = _source_key(db_path)
    try:
        records = sorted(folder.glob("*.json"))
    except OSError:
        return []
    found = [r for r in map(_read_record, records) if r is not None and r[0] == key]
    return sorted((info for _, info in found), key=lambda i: (i.created, i.path.name), reverse=True)


def rotate(db_path: Path, folder: Path) -> list[Path]:
    """Remove the rotated backups of *db_path* in *folder* the rule does not keep; returns them."""
    rotated = [b for b in list_backups(db_path, folder) if b.kind.rotated]
    kept = backup_rotation.to_keep(b.created for b in rotated)
    removed = []
    for backup in rotated:
        if backup.created in kept:
            kept.discard(backup.created)  # two copies of one second: keep only the newest
            continue
        for path in (backup.path, _record_path(backup.path)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                continue
        removed.append(backup.path)
    return removed


def daily_backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when the database at *db_path* has no backup of today (of any kind)."""
    now = now or dt.datetime.now()
    return backup_rotation.daily_due((b.created for b in list_backups(db_path)), now)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of *db_path* that passes the checks of a restore (None: none does)."""
    for backup in list_backups(db_path):
        try:
            check_restorable(backup.path)
        except InputError:
            continue
        return backup
    return None


# -- restoring ------------------------------------------------------------------------------


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
    recorded = _read_record(_record_path(file))
    if recorded is not None and recorded[1].counts != check.counts:
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
            f"Không khôi phục được vào «{db_path}»: {_reason(error)}.", field="db"
        ) from error
    return Restored(file, None, kept)


def _healthy(db_path: Path) -> bool:
    """The file at *db_path* is a database of ours that passes quick_check."""
    from app.database import DatabaseRefusedError, identify

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
