"""Composition root: `tocongtac` with a subcommand runs it; without one it opens the window."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli.parser import build_parser

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        from app.cli.runner import run_command

        _imports_done()
        return run_command(args)
    if args.smoke:
        from ui.smoke import run_smoke

        _imports_done()
        return run_smoke(args.db)
    from ui.application import run_gui

    _imports_done()
    return run_gui(args.db)


def _imports_done() -> None:
    """Let the collector run again, leaving the objects created by the imports alone."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run() -> int:
    """The process entry point (console script and `python main.py`).

    Start-up creates many long-lived objects (modules, ORM mappers, Qt bindings); collecting them
    again and again is wasted time, and so is the final collection at exit. The numbers are in
    docs/PERFORMANCE.md.
    """
    gc.disable()
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run())
