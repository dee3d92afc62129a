"""`search` and `reindex` as the user runs them (issue 17)."""

from __future__ import annotations

import sqlite3

import pytest

from db import fts


@pytest.fixture
def demo_db(cli, db_path):
    assert cli("demo").code == 0
    return db_path


def _lines(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_search_prints_id_date_unit_section_snippet(cli, demo_db):
    filters = ("--year", "2024", "--unit", "khe da", "--section", "han che")
    result = cli("search", "giải ngân", *filters)
    assert result.code == 0 and result.err == ""
    lines = _lines(result.out)
    assert lines and all(len(fields) == 5 for fields in lines)
    inspection_id, date, unit, section, snippet = lines[0]
    assert inspection_id.isdigit() and date == "14/11/2024" and unit == "UBND huyện Khe Đá"
    assert section == "Hạn chế, vướng mắc" and "giải ngân" in snippet.lower()
    listed = {line.split("\t")[0]: line for line in cli("list").out.splitlines()}
    assert "Khe Đá" in listed[inspection_id]


def test_search_without_accents_across_sections_and_the_phrase_library(cli, demo_db):
    lines = _lines(cli("search", "giai ngan").out)
    sections = {fields[3] for fields in lines}
    assert {"Hạn chế, vướng mắc", "Kiến nghị", "Nhiệm vụ được giao", "Thư viện câu chữ"} <= sections
    assert all(fields[:3] == ["-", "-", "-"] for fields in lines if fields[3] == "Thư viện câu chữ")


def test_nothing_found_is_exit_0_and_no_lines(cli, demo_db):
    result = cli("search", "không có chữ nào như vậy")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert cli("search", "giai ngan", "--unit", "đơn vị không có").out == ""


@pytest.mark.parametrize("query", ['"', "*", "-", ":", "😀", "x" * 10_000])
def test_a_malformed_query_is_exit_2_with_one_vietnamese_line(cli, demo_db, snapshot, query):
    before = snapshot()
    result = cli("search", query)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert result.err.strip() in (
        "Hãy gõ ít nhất một chữ hoặc một số để tìm.",
        "Nội dung tìm quá dài: tối đa 500 ký tự.",
    )
    assert snapshot() == before


@pytest.mark.parametrize("query", ["NEAR(", "giai AND ngan OR", "{folded}: x", "a:b", "-giai"])
def test_index_syntax_in_a_query_is_plain_text(cli, demo_db, query):
    assert cli("search", "--", query).code == 0  # "--": a query may start with "-"


def test_an_unknown_section_is_exit_2_naming_the_sections(cli, demo_db):
    result = cli("search", "giai ngan", "--section", "mục lạ")
    assert result.code == 2 and "«Hạn chế, vướng mắc»" in result.err


def test_reindex_rebuilds_and_says_what_it_mended(cli, demo_db):
    first = cli("reindex")
    assert first.code == 0 and first.out.startswith("Đã dựng lại chỉ mục tìm kiếm: ")
    assert "lệch" not in first.out
    with sqlite3.connect(demo_db) as raw:  # an index gone out of step (it never should)
        raw.execute(f"DELETE FROM {fts.INDEX} WHERE section = 'limitation'")
    assert not any(f[3] == "Hạn chế, vướng mắc" for f in _lines(cli("search", "giai ngan").out))
    mended = cli("reindex")
    assert mended.code == 0 and "đã sửa" in mended.out
    assert any(f[3] == "Hạn chế, vướng mắc" for f in _lines(cli("search", "giai ngan").out))


def test_reindex_also_brings_back_a_lost_index(cli, demo_db):
    with sqlite3.connect(demo_db) as raw:
        raw.execute(f"DROP TABLE {fts.INDEX}")
        raw.execute(f"DROP TRIGGER {fts.INDEX}_entry_au")
    assert cli("reindex").code == 0
    assert any(f[3] == "Hạn chế, vướng mắc" for f in _lines(cli("search", "giai ngan").out))
    with sqlite3.connect(demo_db) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert f"{fts.INDEX}_entry_au" in names
