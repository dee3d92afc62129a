"""Runs one subcommand: opens the database, maps errors to exit codes and Vietnamese messages."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import logging
import sys
import traceback

from app.cli.parser import HANDLERS
from app.cli.stdout import reader_gone
from app.database import open_database
from app.domain.errors import DomainError
from app.paths import default_db_path, log_dir
from app.services.bundle import Services


def run_command(args: argparse.Namespace) -> int:
    try:
        module_name, func_name = HANDLERS[args.command].split(":")
        handler = getattr(importlib.import_module(module_name), func_name)
        db = open_database(args.db or default_db_path())
        try:
            code = handler(args, Services(db))
            sys.stdout.flush()  # here, not at exit, where a broken pipe escapes every handler
            return code
        finally:
            db.close()
    except DomainError as error:
        print(error.message, file=sys.stderr)
        return 2
    except BrokenPipeError:
        return reader_gone()  # `tocongtac list | head -1`: the work itself is done
    except Exception:  # noqa: BLE001 - the last line of defence: log, never a bare traceback
        path = _write_log(traceback.format_exc())
        print(f"Lỗi không mong đợi. Chi tiết đã ghi vào {path}", file=sys.stderr)
        return 1


def _write_log(text: str) -> str:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"loi-{dt.datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(text, encoding="utf-8")
    logging.getLogger(__name__).error(text)
    return str(path)
