"""The bench's own logic: import-time parsing, formatting, tables, child process accounting."""

import sys

import pytest

from bench.profiling import grouped_import_times, import_self_times
from bench.report import Breakdown
from bench.results import Result, console_table, markdown_table, seconds
from bench.search_speed import entry_texts
from bench.timing import peak_rss_mb, run_child

IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:      1000 |       1000 |     _io
import time:      2000 |       5000 |   json.decoder
import time:    300000 |     300000 |       sqlalchemy.sql.compiler
import time:    100000 |     400000 |   sqlalchemy
import time:     50000 |     50000 | db.models
import time:      7000 |     457000 | app.database
some other line on stderr
"""


def test_import_self_times_sum_per_package_without_double_counting():
    totals = import_self_times(IMPORTTIME)
    assert totals == pytest.approx({"sqlalchemy": 0.4, "db": 0.05, "app": 0.007, "other": 0.003})
    assert list(totals)[0] == "sqlalchemy"


def test_grouped_import_times_fold_the_small_packages_into_other():
    grouped = grouped_import_times(import_self_times(IMPORTTIME), keep=2)
    assert grouped == pytest.approx({"sqlalchemy": 0.4, "db": 0.05, "other": 0.01})


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0031, "3.1 ms"),
        (0.0425, "42 ms"),
        (0.9994, "999 ms"),
        (0.9996, "1.00 s"),
        (2.5, "2.50 s"),
    ],
)
def test_seconds_are_shown_in_ms_below_a_second(value, text):
    assert seconds(value) == text


def test_tables_show_verdicts_and_keep_cells_apart():
    results = [
        Result("Notice", "3 pages | PDF", "42 ms", "< 50 ms", True, "20 runs"),
        Result("Notice", "ratio", "1.6×", "≥ 4×", False),
        Result("Search", "FTS5", "6.2 ms"),
    ]
    console = console_table(results)
    assert console.splitlines()[0] == "Notice" and "\nSearch\n" in console
    assert "NOT met" in console and "met" in console.splitlines()[1]
    markdown = markdown_table(results).splitlines()
    assert markdown[2] == "| Notice | 3 pages \\| PDF | 42 ms | < 50 ms | met | 20 runs |"
    assert "| **NOT met** |" in markdown[3]


def test_breakdown_lists_parts_and_the_whole():
    text = Breakdown("Stages", {"import": 0.4, "render": 0.06}, total=0.5, note="n").markdown()
    assert text.splitlines()[0] == "### Stages"
    assert "| render | 60 ms |" in text and "| **whole** | **500 ms** |" in text


def test_entry_texts_are_deterministic_vietnamese_sentences():
    texts = entry_texts(50)
    assert texts == entry_texts(50) and len(texts) == 50
    assert all(20 <= len(t.split()) < 60 for t in texts)
    assert all(any(ord(ch) > 127 for ch in t) for t in texts)


def test_peak_memory_is_the_child_s_own_not_the_bench_s():
    ballast = bytearray(300 * 2**20)  # zero-filled, so resident: the bench's own peak
    small = peak_rss_mb([sys.executable, "-c", "pass"], {})
    big = peak_rss_mb([sys.executable, "-c", "b = bytearray(200 * 2**20)"], {})
    assert small < 100 < 200 < big
    assert len(ballast) == 300 * 2**20


def test_a_child_that_never_prints_its_marker_is_an_error():
    with pytest.raises(RuntimeError, match="failed"):
        run_child([sys.executable, "-c", "print('other')"], {}, marker="SHOWN")
