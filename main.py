"""Composition root: `tocongtac` with a subcommand runs it; without one it opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli.parser import build_parser

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        from app.cli.runner import run_command

        return run_command(args)
    from ui.application import run_gui

    return run_gui(args.db)


if __name__ == "__main__":
    sys.exit(main())
