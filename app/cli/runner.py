"""Runs one subcommand: opens the database, maps errors to exit codes and Vietnamese messages.

Exit 0: done. Exit 2: refused (bad input, a rule, a database that is not ours or cannot be
written) with one Vietnamese line on stderr, nothing changed. Exit 1: an unexpected error, one
line giving the log file that holds the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from app.cli.parser import CREATES_DATABASE, FILE_COMMANDS, HANDLERS
from app.cli.stdout import reader_gone
from app.database import open_database, storage_message
from app.domain.errors import DomainError
from app.domain.text import one_line
from app.errorlog import unexpected_error_line
from app.fileio import install_cleanup_handlers
from app.paths import default_db_path, is_default_location
from app.services.bundle import Services


def run_command(args: argparse.Namespace) -> int:
    install_cleanup_handlers()
    db = None
    try:
        module_name, func_name = HANDLERS[args.command].split(":")
        handler = getattr(importlib.import_module(module_name), func_name)
        path = args.db or default_db_path()
        if args.command in FILE_COMMANDS:
            code = handler(args, path)
            sys.stdout.flush()
            return code
        # A dry run changes nothing, so it never creates the file either.
        creates = args.command in CREATES_DATABASE and not getattr(args, "dry_run", False)
        if creates and not args.db and is_default_location(path):
            path.parent.mkdir(parents=True, exist_ok=True)  # the app's own folder, first run
        db = open_database(path, create=creates)
        code = handler(args, Services(db))
        sys.stdout.flush()  # here, not at exit, where a broken pipe escapes every handler
        return code
    except DomainError as error:
        return _refused(error.message)
    except BrokenPipeError:
        return reader_gone()  # `tocongtac list | head -1`: the work itself is done
    except KeyboardInterrupt:
        return _refused("Đã dừng theo yêu cầu (Ctrl+C); dữ liệu không thay đổi.", code=130)
    except Exception as error:  # noqa: BLE001 - the last line of defence: log, never a traceback
        message = storage_message(error, db)
        if message:
            return _refused(message)
        return _refused(unexpected_error_line(traceback.format_exc()), code=1)
    finally:
        if db is not None:
            db.close()


def _refused(message: str, code: int = 2) -> int:
    print(one_line(message), file=sys.stderr)
    return code
