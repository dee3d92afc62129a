"""Cold start: process spawn to the main window painted, timed from the parent, through the
shipped entry point (bench/startup_child.py runs `main.run()`), offscreen and on Xvfb."""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path

from bench.results import Result, megabytes, seconds
from bench.startup_child import MARKER
from bench.timing import PYTHON, Series, child_env, child_series

TARGET_S = 0.6


def series(db: Path, env: dict, runs: int, folder: Path, first: bool = False) -> Series:
    """Starts of the window on *db*, each after the one before has quit: the usual start (the
    warm-up run leaves its settings, backups and the clean-close record), or with *first* each
    run with a new user folder, the first start on that file (its start-up check reads the
    whole file)."""
    home = folder / f"startup-home-{db.stem}"
    shutil.rmtree(home, ignore_errors=True)
    env = {**env, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    command = [PYTHON, "-m", "bench.startup_child", str(db)]
    fresh = (lambda: shutil.rmtree(home, True)) if first else None
    return child_series(command, env, runs, marker=MARKER, before_each=fresh)


def stage_medians(runs: Series) -> dict[str, float]:
    """Median per stage, and the process time before the script's first line (interpreter
    start, the pipe)."""
    stages = [
        json.loads(next(line for line in r.stdout.splitlines() if line.startswith(MARKER))[6:])
        for r in runs.runs
    ]
    medians = {name: statistics.median(s[name] for s in stages) for name in stages[0]}
    outside = [r.seconds - sum(s.values()) for r, s in zip(runs.runs, stages, strict=True)]
    return {"interpreter start (before the script)": statistics.median(outside), **medians}


def result(name: str, where: str, runs: Series, count: int) -> Result:
    return Result(
        "Cold start",
        f"to the main window painted, {name}, {where}",
        seconds(runs.median_s),
        f"< {TARGET_S:.1f} s",
        runs.median_s < TARGET_S,
        f"peak {megabytes(runs.peak_rss_mb)}; {count} runs",
    )


def measure(
    db: Path, name: str, workspace: Path, runs: int, screen: dict | None
) -> tuple[list[Result], dict[str, dict[str, float]]]:
    """Cold start on *db* offscreen and on the virtual screen, and offscreen without a bytecode
    cache for the project's own modules; the stage medians of each."""
    env = child_env(workspace)
    offscreen = series(db, env, runs, workspace)
    results = [result(name, "offscreen", offscreen, runs)]
    breakdowns = {f"{name}, offscreen": stage_medians(offscreen)}
    if screen is None:
        results.append(Result("Cold start", f"{name}, on Xvfb", "Xvfb not installed"))
    else:
        real = series(db, {**env, **screen}, runs, workspace)
        results.append(result(name, "on Xvfb (1366×768)", real, runs))
        breakdowns[f"{name}, on Xvfb"] = stage_medians(real)
    cold = series(db, child_env(workspace, bytecode_cache=False), runs, workspace)
    results.append(
        Result(
            "Cold start",
            f"same, {name}, offscreen, without .pyc for app/ db/ ui/",
            seconds(cold.median_s),
            note=f"a source checkout with PYTHONDONTWRITEBYTECODE=1; {runs} runs",
        )
    )
    return results, breakdowns
