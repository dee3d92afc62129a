"""Composition root: `tocongtac` with a subcommand runs it; without one it opens the window."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli.parser import build_parser

    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # `tocongtac --help | head -1` on an unbuffered stdout
        from app.cli.stdout import reader_gone

        return reader_gone()
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

    Whatever was printed (a subcommand's output, `--help`, a usage error) is flushed before the
    interpreter exits, so a reader that went away early does not turn into exit 120.
    """
    from app.cli.stdout import flush_stdout

    gc.disable()
    try:
        code = main()
    finally:
        flush_stdout()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run())
