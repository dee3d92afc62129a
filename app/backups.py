"""Backups of the user's database: made, recorded, listed, rotated, restored.

Each backup is a checked copy (db.backup: integrity_check, row counts equal to the source's) in
the backups folder of the data folder, with a small JSON record beside it (`<copy>.json`: the
database it was taken from, when, why, its schema revision and row counts, the check's result),
and a second copy of both in the second backup folder when one is set (app.preferences). A copy
whose check fails is never published.

The daily, at-quit and manual backups of a database are kept by the rotation rule
(app.domain.backup_rotation); those taken before an upgrade or a restore are never removed by it
(each is the only state of the data before that step).

Restoring one is app.restore.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from app.domain import backup_rotation
from app.domain.errors import StorageError
from app.domain.numbers import format_number
from app.fileio import JSON, write_atomically
from app.paths import backups_dir
from app.preferences import load_preferences
from db.backup import (
    BackupError,
    backup_database,
)

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


def read_record(copy: Path) -> BackupInfo | None:
    """What the record beside the backup *copy* says of it (None: no readable record)."""
    found = _read_record(_record_path(copy))
    return found[1] if found is not None else None


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
            f"Không sao lưu được cơ sở dữ liệu «{db_path}»: {reason_of(error)}.", field="backup"
        ) from error
    if kind.rotated:
        rotate(db_path, folder)
    if second is not None:
        info = _copy_to_second(db_path, info, second)
    return info


def reason_of(error: BaseException) -> str:
    """Why a copy failed, in words."""
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
