"""Cold start: process spawn to the main window painted (offscreen), timed from the parent."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from bench.results import Result, megabytes, seconds
from bench.timing import PYTHON, Series, child_env, child_series

TARGET_S = 1.0
MARKER = "SHOWN "


def _series(db: Path, env: dict, runs: int, folder: Path) -> Series:
    settings = folder / "startup-settings.ini"
    command = [PYTHON, "-m", "bench.startup_child", str(db), str(settings)]
    return child_series(
        command, env, runs, marker=MARKER, before_each=lambda: settings.unlink(missing_ok=True)
    )


def stage_medians(series: Series) -> dict[str, float]:
    """Median per stage, and the process time outside them (interpreter start, pipe)."""
    stages = [
        json.loads(next(line for line in r.stdout.splitlines() if line.startswith(MARKER))[6:])
        for r in series.runs
    ]
    medians = {name: statistics.median(s[name] for s in stages) for name in stages[0]}
    outside = [r.seconds - sum(s.values()) for r, s in zip(series.runs, stages, strict=True)]
    return {"interpreter start (outside the script)": statistics.median(outside), **medians}


def measure(
    databases: dict[str, Path], workspace: Path, runs: int
) -> tuple[list[Result], dict[str, dict[str, float]]]:
    """Cold start per database, plus one without a bytecode cache for the project's own
    modules; the stage medians per database."""
    env = child_env(workspace)
    results = []
    breakdowns: dict[str, dict[str, float]] = {}
    for name, db in databases.items():
        series = _series(db, env, runs, workspace)
        breakdowns[name] = stage_medians(series)
        results.append(
            Result(
                "Cold start",
                f"to the main window painted, {name}",
                seconds(series.median_s),
                f"< {TARGET_S:.1f} s",
                series.median_s < TARGET_S,
                f"peak {megabytes(series.peak_rss_mb)}; {runs} runs",
            )
        )
    first = next(iter(databases.items()))
    cold = _series(first[1], child_env(workspace, bytecode_cache=False), runs, workspace)
    results.append(
        Result(
            "Cold start",
            f"same, {first[0]}, without .pyc for app/ db/ ui/",
            seconds(cold.median_s),
            note=f"a source checkout with PYTHONDONTWRITEBYTECODE=1; {runs} runs",
        )
    )
    return results, breakdowns
