"""`demo`, `import` and `export-json` as the user runs them (DESIGN §4, issue 3)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import one_line
from tests.datafile.builders import as_text, minimal_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(cli, db_path):
    assert cli("demo").code == 0
    return db_path


def test_demo_then_list_shows_54_and_the_other_inspections(cli):
    first = cli("demo")
    assert first.code == 0 and "Đã thêm 5" in first.out
    lines = cli("list").out.splitlines()
    assert len(lines) == 5
    fields = [line.split("\t") for line in lines]
    assert fields[1][1:] == [
        "10/08/2021",
        "kiểm tra",
        "UBND thành phố Lạng Sơn",
        "đã ban hành",
        "54/TB-TCT",
    ]
    assert fields[0][1:] == ["13/05/2020", "họp", "UBND thành phố Lạng Sơn", "dự thảo", "-"]
    assert [f[5] for f in fields[2:]] == ["41/TB-TCT", "49/TB-TCT", "57/TB-TCT"]
    assert cli("list", "--year", "2024").out.count("\n") == 3


def test_demo_twice_adds_nothing_the_second_time(cli, demo_db, snapshot):
    before = snapshot()
    again = cli("demo")
    assert again.code == 0 and "không thêm gì" in again.out
    assert snapshot() == before


def test_demo_creates_the_profile_and_registers_the_numbers(cli, demo_db, snapshot):
    assert snapshot()[1]["profile"] == 1
    assert snapshot()[1]["register_entry"] == 4
    data = minimal_file()
    data["inspections"][0] |= {"date": "2021-09-01", "year": 2021, "notice": {}}
    path = demo_db.parent / "moi.json"
    path.write_text(as_text(data), encoding="utf-8")
    (new_id,) = cli("import", path).out.split()
    issued = cli("issue", new_id, "--date", "2021-09-02")
    assert issued.code == 0 and issued.out.strip() == "55/TB-TCT"


def test_export_import_export_is_byte_identical(cli, demo_db, tmp_path):
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert cli("export-json", "--all", "-o", first).code == 0
    other = tmp_path / "other.sqlite"
    imported = cli("import", first, db=other)
    assert imported.code == 0
    assert imported.out.splitlines() == ["1", "2", "3", "4", "5"]
    assert cli("export-json", "--all", "-o", second, db=other).code == 0
    assert first.read_bytes() == second.read_bytes()
    assert cli("list", db=other).out == cli("list").out


def test_export_of_chosen_ids_keeps_their_order_and_replaces_the_file(cli, demo_db, tmp_path):
    out = tmp_path / "chon.json"
    out.write_text('{"format": "cũ"}', encoding="utf-8")
    assert cli("export-json", "3", "2", "3", "-o", out).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [i["notice"]["number"] for i in data["inspections"]] == ["41", "54"]
    assert [o["code"] for o in data["organizations"]] == ["ORG-MAYXANH", "ORG-TP-LANGSON"]
    assert not [name for name in os.listdir(tmp_path) if ".tmp" in name]


# ---------------------------------------------------------------- bad input: exit 2, data unchanged


def _write(tmp_path: Path, content: str | bytes, name: str = "vao.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _broken(change) -> str:
    data = minimal_file()
    change(data)
    return as_text(data)


BAD_FILES = {
    "malformed-json": ('{"format": "tocongtac/1",\n "inspections": [\n', "dòng 3"),
    "other-version": (as_text(minimal_file(format="tocongtac/9")), "«tocongtac/9»"),
    "missing-field": (
        _broken(lambda d: d["inspections"][0]["tasks"][0].pop("content")),
        "«inspections[0].tasks[0].content» bị thiếu",
    ),
    "mistyped-field": (
        _broken(lambda d: d["inspections"][0]["notice"].update(issued="có")),
        "«inspections[0].notice.issued» phải là true hoặc false",
    ),
    "impossible-date": (
        _broken(lambda d: d["inspections"][0]["tasks"][1].update(deadline="2021-02-31")),
        "«inspections[0].tasks[1].deadline» là ngày không tồn tại",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_with_one_message_and_nothing_changes(
    case, cli, demo_db, snapshot, tmp_path
):
    text, expected = BAD_FILES[case]
    before = snapshot()
    result = cli("import", _write(tmp_path, text))
    assert result.code == 2
    assert result.out == ""
    message = one_line(result.err)
    assert expected in message
    assert "vao.json" in message
    assert snapshot() == before


def test_a_uuid_already_present_refuses_the_whole_file(cli, demo_db, snapshot, tmp_path):
    exported = tmp_path / "demo.json"
    cli("export-json", "2", "-o", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    fresh = minimal_file()["inspections"][0]
    data["inspections"].insert(0, fresh)
    data["organizations"] += minimal_file()["organizations"]
    before = snapshot()
    result = cli("import", _write(tmp_path, as_text(data)))
    assert result.code == 2
    message = one_line(result.err)
    assert "«inspections[1]»" in message and "đã có trong cơ sở dữ liệu" in message
    assert snapshot() == before  # the new inspection before it was not imported either


def test_a_register_clash_is_refused(cli, demo_db, snapshot, tmp_path):
    data = minimal_file()
    data["inspections"][0]["notice"] |= {"number": "54", "date": "2021-08-20"}
    before = snapshot()
    result = cli("import", _write(tmp_path, as_text(data)))
    assert result.code == 2
    message = one_line(result.err)
    assert "«inspections[0].notice.number»" in message
    assert "54/TB-TCT năm 2021 đã được dùng" in message
    assert snapshot() == before


def test_a_file_over_200_mb_is_refused_before_reading(cli, demo_db, snapshot, tmp_path):
    path = tmp_path / "lon.json"
    with open(path, "wb") as f:
        f.seek(200 * 1024 * 1024)
        f.write(b"}")  # sparse: 200 MB + 1 byte long, nothing written before it
    before = snapshot()
    result = cli("import", path)
    assert result.code == 2
    assert "quá lớn" in one_line(result.err)
    assert snapshot() == before


def test_a_missing_file_is_refused(cli, demo_db, tmp_path):
    result = cli("import", tmp_path / "khong-co.json")
    assert result.code == 2
    assert "Không tìm thấy tệp" in one_line(result.err)


def test_nfd_input_is_imported_as_nfc(cli, tmp_path):
    import unicodedata

    path = _write(tmp_path, unicodedata.normalize("NFD", as_text(minimal_file())))
    assert cli("import", path).code == 0
    line = cli("list").out
    assert "UBND huyện Khe Đá" in line and unicodedata.is_normalized("NFC", line)


def test_export_of_an_unknown_id_is_refused(cli, demo_db, snapshot, tmp_path):
    out = tmp_path / "x.json"
    before = snapshot()
    result = cli("export-json", "2", "99", "-o", out)
    assert result.code == 2
    assert "99" in one_line(result.err)
    assert not out.exists()
    assert snapshot() == before


@pytest.mark.parametrize("args", [[], ["1", "--all"]])
def test_export_needs_ids_or_all_but_not_both(cli, demo_db, tmp_path, args):
    result = cli("export-json", *args, "-o", tmp_path / "x.json")
    assert result.code == 2
    assert "--all" in one_line(result.err)


def test_export_into_a_missing_folder_is_refused(cli, demo_db, tmp_path):
    result = cli("export-json", "--all", "-o", tmp_path / "khong-co" / "x.json")
    assert result.code == 2
    assert "không tồn tại" in one_line(result.err)


# ---------------------------------------------------------------- a real process


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_main_py_as_a_process(tmp_path):
    db = str(tmp_path / "p.sqlite")
    assert _run("--db", db, "demo").returncode == 0
    listing = _run("--db", db, "list")
    assert listing.returncode == 0
    assert "\tUBND thành phố Lạng Sơn\tđã ban hành\t54/TB-TCT\n" in listing.stdout
    bad = _write(tmp_path, as_text(minimal_file(format="tocongtac/9")))
    refused = _run("--db", db, "import", str(bad))
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert "«tocongtac/9»" in one_line(refused.stderr)
