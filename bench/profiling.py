"""Where the time goes: interpreter start, import times by package, stage medians, cProfile."""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import re
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.timing import PYTHON, child_series, run_child

_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")
OWN_PACKAGES = ("app", "db", "ui", "bench")


def import_self_times(stderr: str) -> dict[str, float]:
    """Seconds of `-X importtime` self time per top-level package, largest first.

    Self times add up without double counting; the standard library and the small packages are
    summed as "other".
    """
    totals: dict[str, float] = {}
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        root = match.group(4).split(".")[0]
        if root in sys.stdlib_module_names or root.startswith("_"):
            root = "other"
        totals[root] = totals.get(root, 0.0) + int(match.group(1)) / 1e6
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def grouped_import_times(totals: dict[str, float], keep: int = 6) -> dict[str, float]:
    """The *keep* largest packages, the rest folded into "other"."""
    kept = {k: v for k, v in list(totals.items())[:keep] if k != "other"}
    kept["other"] = sum(totals.values()) - sum(kept.values())
    return kept


def importtime(command: Sequence[str], env: dict) -> dict[str, float]:
    """Import self time per package of *command* (a `python …` command line)."""
    run = run_child([command[0], "-X", "importtime", *command[1:]], env)
    return import_self_times(run.stderr)


def interpreter_start(env: dict, runs: int) -> float:
    """Median of `python -c pass`: what every command pays before its first line."""
    return child_series([PYTHON, "-c", "pass"], env, runs).median_s


def stage_medians(command: Sequence[str], env: dict, runs: int) -> tuple[dict, float]:
    """Medians per stage of a child that prints a JSON object of stage → seconds, and the
    median wall time of the whole child."""
    series = child_series(command, env, runs)
    stages = [json.loads(r.stdout.strip().splitlines()[-1]) for r in series.runs]
    medians = {name: statistics.median(s[name] for s in stages) for name in stages[0]}
    return medians, series.median_s


def cprofile_top(action: Callable[[], object], count: int = 8) -> str:
    """The *count* functions with the most own time while running *action*, one per line."""
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:count]
    lines = [f"total {total * 1000:.0f} ms under cProfile; own time, cumulative, calls, function"]
    for (path, line, name), (_cc, calls, own, cumulative, _callers) in rows:
        where = f"{Path(path).parent.name}/{Path(path).name}:{line}" if line else path
        lines.append(
            f"{own * 1000:7.1f} ms {cumulative * 1000:7.1f} ms {calls:8d}  {name} ({where})"
        )
    return "\n".join(lines)
