"""What the numbers were measured on: CPU, cores, memory, versions, date, load."""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import sqlite3
import subprocess
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return None


def _qt_versions() -> str:
    import PySide6
    from PySide6 import QtCore

    return f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"


def _reportlab_accelerator() -> str:
    """ReportLab 4+ ships its C accelerator as a separate wheel (rl-accel); without it ReportLab
    runs the pure-Python fallbacks of its hot functions."""
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return "not installed (pure-Python fallbacks)"
    return f"rl-accel {metadata.version('rl-accel')}"


def libreoffice_version() -> str | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    done = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60)
    return done.stdout.strip() or None


def describe() -> dict[str, str]:
    """The machine and software, as lines for the report."""
    memory = _memory_gib()
    packages = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("SQLAlchemy", "reportlab", "python-docx", "openpyxl")
    )
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "memory": f"{memory:.1f} GiB" if memory else "?",
        "system": platform.platform(),
        "Python": platform.python_version(),
        "Qt": _qt_versions(),
        "SQLite": sqlite3.sqlite_version,
        "libraries": packages,
        "ReportLab accelerator": _reportlab_accelerator(),
        "LibreOffice": libreoffice_version() or "not installed",
    }


def load_average() -> float:
    """The 1-minute load average: other work on the machine skews every time measured."""
    return os.getloadavg()[0]
