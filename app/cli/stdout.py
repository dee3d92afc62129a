"""A reader that stops reading early (`tocongtac list | head -1`) is not an error: the work is done.

Python reports the broken pipe wherever stdout is flushed: inside a `print` once the buffer fills
(a long listing), or, for output small enough to stay in the buffer, at interpreter exit — where
it prints "Exception ignored … BrokenPipeError" and exits 120, past every handler. So the command
line flushes stdout itself, where the failure can be handled, and sends what is left to
os.devnull.
"""

from __future__ import annotations

import os
import sys


def flush_stdout() -> None:
    """Flush stdout now; if its reader has gone away, drop the rest silently."""
    if sys.stdout is None:  # a windowed Windows build has no console
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        reader_gone()


def reader_gone() -> int:
    """The exit code once stdout's reader has gone away (0), with file descriptor 1 pointed at
    os.devnull so that what is still buffered goes nowhere at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return 0
