"""Logs of unexpected errors: one new file per error, in the data folder or, failing that, in the
system's temporary folder."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from app.paths import log_dir


def log_folders() -> list[Path]:
    """Where a log may go, in order of preference."""
    return [log_dir(), Path(tempfile.gettempdir()) / "tocongtac-logs"]


def write_error_log(text: str) -> Path | None:
    """Write *text* to a log file of its own (never over another); None when no folder takes it."""
    prefix = f"loi-{dt.datetime.now():%Y%m%d-%H%M%S}-"
    for folder in log_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".log", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError:
            continue
        return Path(name)
    return None


def unexpected_error_line(text: str) -> str:
    """Log *text* (a traceback) and give the one line that tells the user where it went."""
    path = write_error_log(text)
    if path is None:
        return (
            "Lỗi không mong đợi; không ghi được tệp nhật ký (thư mục dữ liệu và thư mục tạm "
            "đều không cho phép ghi)."
        )
    return f"Lỗi không mong đợi. Chi tiết đã ghi vào {path}"
