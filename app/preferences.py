"""Preferences the window and the command line share (a JSON file in the data folder): the
second folder that every backup is also copied to (a USB stick, a network share)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InputError
from app.fileio import JSON, write_atomically
from app.paths import backups_dir, data_dir


def preferences_path() -> Path:
    return data_dir() / "tuy-chon.json"


@dataclass(frozen=True)
class Preferences:
    second_backup_dir: Path | None = None


def load_preferences() -> Preferences:
    """The saved preferences; the defaults when there are none or the file does not read."""
    try:
        stored = json.loads(preferences_path().read_text(encoding="utf-8"))
        folder = stored.get("second_backup_dir") or None
        return Preferences(second_backup_dir=Path(folder) if folder else None)
    except (OSError, ValueError, AttributeError, TypeError):
        return Preferences()


def check_second_backup_dir(folder: Path, db_path: Path) -> Path:
    """The folder as it is stored (absolute), or InputError: it must exist, and be neither the
    backups folder itself nor a folder holding the live database."""
    folder = folder.expanduser().absolute()
    if not folder.is_dir():
        raise InputError(f"Thư mục «{folder}» không tồn tại.", field="second_backup_dir")
    resolved = folder.resolve()
    if resolved == backups_dir().resolve():
        raise InputError(
            "Thư mục sao lưu thứ hai phải khác thư mục sao lưu chính.", field="second_backup_dir"
        )
    live = db_path.absolute().resolve()
    if live.parent == resolved or resolved in live.parents:
        raise InputError(
            f"Thư mục «{folder}» đang chứa cơ sở dữ liệu đang dùng; hãy chọn thư mục khác (ổ "
            "USB, thư mục mạng).",
            field="second_backup_dir",
        )
    return folder


def save_preferences(preferences: Preferences) -> None:
    folder = preferences.second_backup_dir
    data = {"second_backup_dir": str(folder) if folder else ""}
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode(), JSON)
