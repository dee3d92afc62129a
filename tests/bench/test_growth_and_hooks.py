"""The bench's growth table verdicts, the marks on the shipped entry point, the CPU figures."""

from __future__ import annotations

import sys

from bench.growth import SIZES, Row, markdown
from bench.hooks import Hooks
from bench.timing import run_child


def test_a_growth_row_is_met_only_under_its_limit_and_close_to_the_smallest():
    flat = Row("start", {30: 0.50, 300: 0.52, 3000: 0.54}, limit=0.6, relative_to_smallest=0.10)
    grows = Row("start", {30: 0.40, 300: 0.45, 3000: 0.50}, limit=0.6, relative_to_smallest=0.10)
    slow = Row("list", {30: 0.3, 300: 0.4, 3000: 0.41}, limit=0.4)
    plain = Row("peak", {30: 90, 300: 95, 3000: 99}, unit="MB")
    assert flat.met is True and grows.met is False and slow.met is False and plain.met is None
    assert grows.target == "< 600 ms, within 10% of 30"
    table = markdown([flat, slow, plain, Row("missing", limit=1.0)])
    assert "| start | 500 ms | 520 ms | 540 ms | < 600 ms, within 10% of 30 | met |" in table
    assert "| list | 300 ms | 400 ms | 410 ms | < 400 ms | **NOT met** |" in table
    assert "| peak | 90 MB | 95 MB | 99 MB |  |  |" in table
    assert "| missing | — | — | — | < 1.00 s |  |" in table
    assert SIZES == (30, 300, 3000)


def test_hooks_mark_a_function_of_a_module_loaded_after_them(tmp_path, monkeypatch):
    (tmp_path / "benchhooked.py").write_text(
        "import time\ndef work(x):\n    time.sleep(0.02)\n    return x * 2\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    hooks = Hooks({"benchhooked": {"work": "the work"}}).install()
    seen = []
    hooks.on_call["the work"] = lambda result, *args: seen.append((result, args))
    try:
        assert "benchhooked" not in sys.modules  # nothing imported ahead of the code measured
        from benchhooked import work  # the importer gets the wrapped function

        assert work(21) == 42 and work(1) == 2
    finally:
        sys.meta_path.remove(hooks)
        sys.modules.pop("benchhooked", None)
    assert hooks.left["the work"] - hooks.entered["the work"] >= 0.02
    assert seen == [(42, (21,)), (2, (1,))]


def test_a_child_s_cpu_time_is_its_own():
    idle = run_child([sys.executable, "-c", "import time; time.sleep(0.3)"], {})
    busy = run_child([sys.executable, "-c", "sum(i * i for i in range(3_000_000))"], {})
    assert idle.seconds >= 0.3 and idle.cpu_s < 0.25
    assert busy.cpu_s > 0.1 and busy.cpu_s > idle.cpu_s
