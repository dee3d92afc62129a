"""`backup`, `backups` and `restore`: verified copies of the database file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.backups import Kind, list_backups, make_backup
from app.database import identify
from app.domain.errors import InputError, StorageError
from app.fileio import DATABASE, check_output
from app.restore import check_restorable, restore_backup
from app.window_lock import window_has_open
from db.backup import BackupError, backup_database


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    """Prints the path of the checked copy."""
    identify(db_path)  # ours, whole, of a schema this version knows (nothing is written)
    if args.output is None:
        info = make_backup(db_path, Kind.MANUAL)
        print(info.path)
        if info.second_error:
            print(f"Chưa chép được sang thư mục sao lưu thứ hai: {info.second_error}")
        return 0
    output = args.output
    check_output(output, DATABASE)
    try:
        backup_database(db_path, output)
    except BackupError as error:
        raise StorageError(
            f"Không sao lưu được cơ sở dữ liệu «{db_path}» (bản sao không qua được bước kiểm "
            f"tra hoặc không ghi được «{output}»).",
            field="output",
        ) from error
    check_restorable(output)
    print(output)
    return 0


def run_backups(args: argparse.Namespace, db_path: Path) -> int:
    """One line per backup, newest first: date and time, why, size, inspections, file."""
    for info in list_backups(db_path):
        fields = [
            info.created.strftime("%d/%m/%Y %H:%M:%S"),
            info.kind.label,
            info.size_text,
            str(info.inspections),
            str(info.path),
        ]
        print("\t".join(fields))
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    if window_has_open(db_path):
        raise InputError(
            f"Cơ sở dữ liệu «{db_path}» đang mở trong cửa sổ Tổ công tác; hãy khôi phục từ cửa sổ "
            "(Tệp → Khôi phục từ bản sao lưu…) hoặc đóng cửa sổ trước.",
            field="db",
        )
    restored = restore_backup(db_path, args.file)
    print(f"Đã khôi phục «{db_path}» từ «{restored.backup}».")
    if restored.before is not None:
        print(f"Dữ liệu trước khi khôi phục được sao lưu tại «{restored.before}».")
    if restored.kept_aside is not None:
        print(f"Tệp cũ (hỏng) được giữ nguyên tại «{restored.kept_aside}».")
    return 0
