"""Making a file or folder read-only for a test, even for root (who ignores permission bits):
root sets the immutable attribute (chattr +i), anyone else clears the write bits."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def frozen(*paths: Path) -> Iterator[None]:
    """While inside, nothing can write *paths* (files or folders); restored on the way out."""
    as_root = os.geteuid() == 0
    modes = {p: p.stat().st_mode for p in paths}
    try:
        for path in paths:
            if as_root:
                subprocess.run(["chattr", "+i", str(path)], check=True)
            else:
                os.chmod(path, modes[path] & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        yield
    finally:
        for path in paths:
            if as_root:
                subprocess.run(["chattr", "-i", str(path)], check=False)
            else:
                os.chmod(path, modes[path])
