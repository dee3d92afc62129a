"""`backup`, `backups`, `restore`: a checked copy that restores to an equal database; a file
that is not a verified backup of ours is refused (exit 2, one line) and nothing changes."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.backups import Kind, list_backups, make_backup
from app.preferences import Preferences, save_preferences
from db.sqlite_file import APPLICATION_ID
from tests.backup_files import all_rows, cut_in_half, overwrite_page_of
from tests.cli.conftest import one_line


def _backups_dir() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "tocongtac" / "backups"


@pytest.fixture
def demo_db(cli, db_path) -> Path:
    assert cli("demo").code == 0
    return db_path


def test_a_backup_restores_to_a_database_equal_in_every_table(cli, demo_db):
    result = cli("backup")
    assert result.code == 0, result.err
    copy = Path(result.out.strip())
    assert copy.parent == _backups_dir() and copy.is_file()
    before = all_rows(demo_db)
    assert all_rows(copy) == before
    record = json.loads(copy.with_name(copy.name + ".json").read_text(encoding="utf-8"))
    assert record["integrity_check"] == "ok" and record["counts_equal_to_source"] is True
    assert record["counts"]["inspection"] == 5 and record["kind"] == "thu-cong"
    assert record["source"] == str(demo_db.resolve())

    # the data changes after the backup: an inspection issued, the entries of another deleted
    assert cli("issue", "1", "--number", "77").code == 0
    with sqlite3.connect(demo_db) as raw:
        raw.execute("DELETE FROM entry WHERE inspection_id = 4")
    assert all_rows(demo_db) != before

    result = cli("restore", copy)
    assert result.code == 0, result.err
    assert all_rows(demo_db) == before
    assert "Đã khôi phục" in result.out
    # the state it replaced was backed up first, checked, and is listed
    (saved,) = [b for b in list_backups(demo_db) if b.kind is Kind.BEFORE_RESTORE]
    assert saved.path.name in result.out
    with sqlite3.connect(saved.path) as raw:
        assert raw.execute("SELECT count(*) FROM entry WHERE inspection_id = 4").fetchone() == (0,)
    listing = cli("list")
    assert listing.code == 0 and "77/" not in listing.out


def test_backup_to_a_file_of_ones_choice(cli, demo_db, tmp_path):
    target = tmp_path / "usb" / "ban-sao.sqlite"
    target.parent.mkdir()
    result = cli("backup", "-o", target)
    assert result.code == 0, result.err
    assert all_rows(target) == all_rows(demo_db)
    again = cli("backup", "-o", target)
    assert again.code == 2 and "đã có" in one_line(again.err)
    onto_itself = cli("backup", "-o", demo_db)
    assert onto_itself.code == 2


def test_backups_lists_newest_first_tab_separated(cli, demo_db):
    older = make_backup(demo_db, Kind.DAILY, now=dt.datetime(2026, 11, 30, 17, 5))
    newer = make_backup(demo_db, Kind.AT_QUIT, now=dt.datetime(2026, 12, 1, 18, 30))
    result = cli("backups")
    assert result.code == 0
    lines = [line.split("\t") for line in result.out.splitlines()]
    assert [line[0] for line in lines] == ["01/12/2026 18:30:00", "30/11/2026 17:05:00"]
    assert [line[1] for line in lines] == ["khi thoát", "hằng ngày"]
    assert lines[0][2].endswith(" KB") and lines[0][3] == "5"
    assert [line[4] for line in lines] == [str(newer.path), str(older.path)]


def test_the_rotation_removes_the_backups_the_rule_does_not_keep(demo_db):
    for day in range(1, 31):
        make_backup(demo_db, Kind.DAILY, now=dt.datetime(2026, 11, day, 17))
    upgrade = make_backup(demo_db, Kind.BEFORE_UPGRADE, now=dt.datetime(2026, 11, 2, 8))
    dates = sorted(b.created.date() for b in list_backups(demo_db) if b.kind.rotated)
    # days 24–30/11; weeks: Monday 30/11 (week 49) and Sunday 29/11 are in the days, then
    # Sundays 22/11 and 15/11; the month's is the 30th
    assert dates == [dt.date(2026, 11, d) for d in (15, 22, 24, 25, 26, 27, 28, 29, 30)]
    assert upgrade.path.is_file()  # a copy taken before an upgrade is never rotated away
    names = sorted(p.name for p in _backups_dir().iterdir())
    assert len(names) == 2 * 10  # every copy with its record, nothing else left


def test_every_backup_is_also_copied_to_the_second_folder(cli, demo_db, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    save_preferences(Preferences(second_backup_dir=usb))
    result = cli("backup")
    assert result.code == 0, result.err
    copy = Path(result.out.strip())
    second = usb / copy.name
    assert all_rows(second) == all_rows(demo_db)
    assert (usb / (copy.name + ".json")).is_file()
    shutil.rmtree(usb)  # the stick is pulled out: the backup is still made, and says so
    result = cli("backup")
    assert result.code == 0
    assert "Chưa chép được sang thư mục sao lưu thứ hai" in result.out


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE inspection (id INTEGER PRIMARY KEY)")
    return path


def _newer(copy: Path) -> Path:
    with sqlite3.connect(copy) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042'")
    return copy


def _marked_empty(path: Path) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("CREATE TABLE x (y)")
    return path


def _edited_after(copy: Path) -> Path:
    with sqlite3.connect(copy) as raw:
        raw.execute("DELETE FROM entry WHERE id IN (SELECT id FROM entry LIMIT 3)")
    return copy


REFUSED = {
    "not sqlite": (lambda c: (c.write_bytes(b"PK\x03\x04" * 500), c)[1], "không phải bản sao lưu"),
    "another program's": (lambda c: _foreign(c.with_name("khac.sqlite")), "không phải bản sao"),
    "ours without a schema": (lambda c: _marked_empty(c.with_name("x.sqlite")), "không phải"),
    "page overwritten": (lambda c: (overwrite_page_of(c, "entry"), c)[1], "bị hỏng"),
    "truncated": (lambda c: (cut_in_half(c), c)[1], "bị hỏng"),
    "newer schema": (_newer, "phiên bản mới hơn"),
    "edited after the backup": (_edited_after, "đã bị thay đổi sau khi sao lưu"),
    "missing": (lambda c: c.with_name("khong-co.sqlite"), "Không có tệp"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_restore_refuses_what_is_not_a_verified_backup_and_changes_nothing(
    cli, demo_db, snapshot, case
):
    copy = Path(cli("backup").out.strip())
    make, words = REFUSED[case]
    bad = make(copy)
    before, rows = snapshot(), all_rows(demo_db)
    files = sorted(os.listdir(demo_db.parent)), sorted(os.listdir(_backups_dir()))
    result = cli("restore", bad)
    assert result.code == 2
    line = one_line(result.err)
    assert words in line and str(bad) in line
    assert snapshot() == before and all_rows(demo_db) == rows
    assert (sorted(os.listdir(demo_db.parent)), sorted(os.listdir(_backups_dir()))) == files


def test_a_damaged_database_is_kept_aside_when_a_backup_replaces_it(cli, demo_db):
    copy = Path(cli("backup").out.strip())
    good = all_rows(demo_db)
    overwrite_page_of(demo_db, "entry")
    damaged = demo_db.read_bytes()
    assert cli("backup").code == 2  # a damaged file gives no backup
    result = cli("restore", copy)
    assert result.code == 0, result.err
    assert all_rows(demo_db) == good
    (aside,) = demo_db.parent.glob("test-hong-*.sqlite")
    assert aside.read_bytes() == damaged
    assert str(aside) in result.out


def test_a_backup_of_an_older_schema_restores_and_opens_upgraded(cli, tmp_path, db_path):
    from tests.db.legacy import legacy_database, table_rows

    old = legacy_database(tmp_path / "cu.sqlite", "0004")
    rows = table_rows(old)
    assert cli("demo").code == 0
    result = cli("restore", old)
    assert result.code == 0, result.err
    listing = cli("list")
    assert listing.code == 0 and "UBND huyện Mây Xanh" in listing.out
    assert table_rows(db_path, like=old) == rows


def test_restore_brings_back_a_database_that_was_deleted(cli, demo_db):
    copy = Path(cli("backup").out.strip())
    rows = all_rows(demo_db)
    for name in os.listdir(demo_db.parent):
        os.unlink(demo_db.parent / name)
    assert cli("list").code == 2  # a missing file is refused…
    result = cli("restore", copy)  # …and restored from its backup
    assert result.code == 0, result.err
    assert all_rows(demo_db) == rows
    assert os.listdir(demo_db.parent) == [demo_db.name]


def test_restore_refuses_the_database_onto_itself(cli, demo_db):
    before = demo_db.read_bytes()
    result = cli("restore", demo_db)
    assert result.code == 2 and "chính nó" in one_line(result.err)
    assert demo_db.read_bytes() == before


def test_backup_of_a_missing_database_is_refused(cli, tmp_path):
    result = cli("backup", db=tmp_path / "khong-co.sqlite")
    assert result.code == 2 and "Không có tệp cơ sở dữ liệu" in one_line(result.err)
    assert os.listdir(tmp_path) == []
    assert cli("backups", db=tmp_path / "khong-co.sqlite").out == ""
