"""A real X server for the measured children: Xvfb at 1366×768, as a secretary's laptop screen.

Offscreen Qt paints into memory and skips what a real screen costs (the xcb connection, the
platform theme, fonts through fontconfig, icons); the start-up is measured on both.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def virtual_screen() -> Iterator[dict[str, str] | None]:
    """The environment that puts Qt on a fresh Xvfb display, or None without Xvfb."""
    program = shutil.which("Xvfb")
    if program is None:
        yield None
        return
    display = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        [program, f":{display}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("Xvfb did not start")
        yield {"DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait()
