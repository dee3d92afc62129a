"""Opening a database: our own file (old or new) opens and is upgraded with a copy taken first;
anything else is refused with exit 2 and one Vietnamese line, and stays byte-identical; a
missing file is created only by `demo` and `import`, never in a missing folder."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.migrate import HEAD_REVISION
from db.sqlite_file import APPLICATION_ID
from tests.cli.conftest import one_line
from tests.db.legacy import legacy_database, table_rows


def _siblings(path: Path) -> list[str]:
    return sorted(os.listdir(path.parent))


def _foreign(path: Path) -> Path:
    """Another program's SQLite file, in WAL mode, with a table named like one of ours."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute("CREATE TABLE inspection (id INTEGER PRIMARY KEY, ghi_chu TEXT)")
        raw.execute("INSERT INTO inspection (ghi_chu) VALUES ('không phải của Tổ công tác')")
    return path


def _newer(path: Path) -> Path:
    """Our file as a later version leaves it: a revision we do not know."""
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        raw.execute("INSERT INTO alembic_version VALUES ('0042')")
        raw.execute("CREATE TABLE app_info (key VARCHAR(40) PRIMARY KEY, value VARCHAR(200))")
        raw.execute("INSERT INTO app_info VALUES ('app_version', '2.3.0')")
    return path


def _truncated(path: Path, cli) -> Path:
    assert cli("demo", db=path).code == 0
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


CASES = {
    "rỗng": (lambda p, cli: (p.write_bytes(b""), p)[1], "rỗng (0 byte)"),
    "rác": (
        lambda p, cli: (p.write_bytes(b"PK\x03\x04 not a database " * 200), p)[1],
        "không phải cơ sở dữ liệu của Tổ công tác",
    ),
    "sqlite khác": (lambda p, cli: _foreign(p), "của một chương trình khác"),
    "mới hơn": (lambda p, cli: _newer(p), "cần phiên bản 2.3.0 trở lên"),
    "cắt cụt": (_truncated, "bị hỏng hoặc thiếu một phần"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("command", [["list"], ["issue", "1"], ["demo"]])
def test_a_file_that_is_not_ours_is_refused_and_left_byte_identical(cli, tmp_path, case, command):
    make, words = CASES[case]
    path = make(tmp_path / "du-lieu.sqlite", cli)
    before, files = path.read_bytes(), _siblings(path)
    result = cli(*command, db=path)
    assert result.code == 2
    line = one_line(result.err)
    assert words in line and str(path) in line
    assert path.read_bytes() == before
    assert _siblings(path) == files  # no -wal, -shm or journal left beside it


def test_a_directory_is_refused(cli, tmp_path):
    result = cli("list", db=tmp_path)
    assert result.code == 2
    assert "không phải là một tệp cơ sở dữ liệu" in one_line(result.err)


def test_an_old_database_of_ours_is_upgraded_after_a_copy(cli, tmp_path, monkeypatch):
    path = legacy_database(tmp_path / "cu.sqlite", "0004")
    original = tmp_path / "goc.sqlite"
    shutil.copy(path, original)
    rows = table_rows(path)
    result = cli("list", db=path)
    assert result.code == 0, result.err
    assert "UBND huyện Mây Xanh" in result.out
    assert table_rows(path, like=original) == rows  # every row kept
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        assert raw.execute("SELECT revision FROM inspection").fetchone()[0] == 1
    backups = Path(os.environ["XDG_DATA_HOME"]) / "tocongtac" / "backups"
    (copy,) = backups.glob("*.sqlite")
    assert copy.name.startswith("cu-truoc-nang-cap-0004-")
    record = json.loads(copy.with_name(copy.name + ".json").read_text(encoding="utf-8"))
    assert record["kind"] == "truoc-nang-cap" and record["revision"] == "0004"
    assert record["counts"]["inspection"] == 1 and record["integrity_check"] == "ok"
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert table_rows(copy) == rows


@pytest.mark.parametrize("command", [["list"], ["issue", "1"], ["export-json", "--all"]])
def test_a_missing_file_is_refused_except_by_demo_and_import(cli, tmp_path, command):
    path = tmp_path / "go-nham.sqlite"
    extra = ["-o", str(tmp_path / "x.json")] if command[0] == "export-json" else []
    result = cli(*command, *extra, db=path)
    assert result.code == 2
    assert "Không có tệp cơ sở dữ liệu" in one_line(result.err)
    assert os.listdir(tmp_path) == []


def test_demo_creates_a_missing_file_but_never_a_missing_folder(cli, tmp_path):
    result = cli("demo", db=tmp_path / "khong-co" / "thu-muc" / "x.sqlite")
    assert result.code == 2
    assert "không tồn tại" in one_line(result.err)
    assert os.listdir(tmp_path) == []
    assert cli("demo", db=tmp_path / "moi.sqlite").code == 0
    assert _siblings(tmp_path / "moi.sqlite")[0] == "moi.sqlite"
    with sqlite3.connect(tmp_path / "moi.sqlite") as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_the_default_database_is_created_in_the_data_folder(cli, tmp_path, monkeypatch):
    from main import main

    assert main(["demo"]) == 0
    default = Path(os.environ["XDG_DATA_HOME"]) / "tocongtac" / "tocongtac.sqlite"
    assert default.is_file()
    monkeypatch.setenv("TOCONGTAC_DB", str(tmp_path / "khong-co" / "x.sqlite"))
    assert main(["demo"]) == 2  # an explicit path: its folder is not created
    assert not (tmp_path / "khong-co").exists()


def test_import_creates_a_missing_file(cli, tmp_path, demo_json):
    result = cli("import", demo_json, db=tmp_path / "nhan.sqlite")
    assert result.code == 0, result.err
    assert len(result.out.split()) == 5


@pytest.fixture
def demo_json(cli, tmp_path) -> Path:
    source = tmp_path / "nguon" / "demo.sqlite"
    source.parent.mkdir()
    assert cli("demo", db=source).code == 0
    out = tmp_path / "nguon" / "demo.json"
    assert cli("export-json", "--all", "-o", out, db=source).code == 0
    return out
