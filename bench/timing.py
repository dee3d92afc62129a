"""Timing helpers: medians in-process, and child processes timed from the parent.

Children run with a bytecode cache of their own (PYTHONPYCACHEPREFIX in the bench's temporary
folder) even where PYTHONDONTWRITEBYTECODE is set, as an installed app has its .pyc files: the
first run of each command is a warm-up that fills the cache and is not counted.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def median_s(action: Callable[[], object], runs: int) -> float:
    """Median wall time of *runs* calls of *action*, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(action: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def child_env(workspace: Path, bytecode_cache: bool = True) -> dict[str, str]:
    """The environment of a measured child: offscreen Qt, UTF-8, a private runtime folder and,
    unless *bytecode_cache* is False, a bytecode cache in *workspace*."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = "C.UTF-8"
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    runtime = workspace / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["PYTHONPATH"] = str(ROOT)
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(workspace / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


@dataclass
class ChildRun:
    seconds: float  # spawn to exit, or spawn to the marker line when one was awaited
    stdout: str
    stderr: str
    cpu_s: float = 0.0  # user + system time of the whole child, to its exit


def run_child(
    command: Sequence[str], env: dict[str, str], marker: str | None = None, killed: bool = False
) -> ChildRun:
    """Run *command* from the project folder; with *marker*, the time stops when a stdout line
    starting with it arrives (the child may go on closing down, which is not counted).
    *killed*: the child ends itself with SIGKILL, which is then its expected way out."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, encoding="utf-8"
        )
        lines = []
        seconds = None
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:
                lines.append(line)
                if marker is not None and seconds is None and line.startswith(marker):
                    seconds = time.perf_counter() - start
        process.wait()
        end = time.perf_counter()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        errors.seek(0)
        stderr = errors.read()
    if process.returncode != (-9 if killed else 0) or (marker is not None and seconds is None):
        raise RuntimeError(
            f"{' '.join(command)} failed ({process.returncode}):\n{''.join(lines)}\n{stderr}"
        )
    return ChildRun(
        seconds=seconds if seconds is not None else end - start,
        stdout="".join(lines),
        stderr=stderr,
        cpu_s=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
    )


# Runs argv[2:] and writes its ru_maxrss (KiB) and exit code to the file argv[1].
_SPAWNER = """\
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_pid, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def peak_rss_mb(command: Sequence[str], env: dict[str, str]) -> float:
    """Peak resident memory of one run of *command*, in MiB.

    The command is started by a small Python process, not by the bench: Linux carries the
    parent's high-water mark over fork and exec into the child's ru_maxrss, so a child of the
    bench (a few hundred MB by then) would report the bench's peak instead of its own.
    """
    with tempfile.TemporaryDirectory() as folder:
        result = Path(folder) / "peak"
        spawner = [PYTHON, "-c", _SPAWNER, str(result), *command]
        subprocess.run(spawner, cwd=ROOT, env=env, check=True)
        kib, code = result.read_text().split()
    if code != "0":
        raise RuntimeError(f"{' '.join(command)} failed ({code})")
    return int(kib) / 1024


@dataclass
class Series:
    """Repeated runs of one child command after one warm-up run, and its peak memory."""

    runs: list[ChildRun]
    peak_rss_mb: float = 0.0

    first: ChildRun | None = None  # the warm-up run, when there was one

    @property
    def median_s(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def median_cpu_s(self) -> float:
        return statistics.median(r.cpu_s for r in self.runs)


def child_series(
    command: Sequence[str],
    env: dict[str, str],
    runs: int,
    marker: str | None = None,
    warmup: bool = True,
    before_each: Callable[[], None] | None = None,
) -> Series:
    results, first = [], None
    for index in range(runs + (1 if warmup else 0)):
        if before_each is not None:
            before_each()
        run = run_child(command, env, marker)
        if index or not warmup:
            results.append(run)
        else:
            first = run
    if before_each is not None:
        before_each()
    return Series(results, peak_rss_mb(command, env), first)


def main_py(*arguments: str | Path) -> list[str]:
    """`python main.py …`: the command line a user runs (`tocongtac …`)."""
    return [PYTHON, str(ROOT / "main.py"), *map(str, arguments)]
