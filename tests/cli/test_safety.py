"""Issue 14 on the command line: no command overwrites what it must not, bad input (however
hostile) is exit 2 with one line and nothing changed, an unexpected error is one line with a
log of its own."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import one_line
from tests.datafile.builders import as_text, minimal_file


@pytest.fixture
def demo_db(cli, db_path):
    assert cli("demo").code == 0
    return db_path


# -- outputs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export-json", "1"],
        ["export-json", "--all"],
        ["notice", "2"],
        ["tables", "2"],
        ["summary", "--year", "2024"],
    ],
)
def test_no_command_writes_over_the_database_it_works_on(cli, demo_db, snapshot, command):
    before = snapshot()
    data = demo_db.read_bytes()
    result = cli(*command, "-o", demo_db)
    assert result.code == 2
    assert "phải có đuôi" in one_line(result.err) or "cơ sở dữ liệu" in result.err
    assert demo_db.read_bytes() == data
    assert snapshot() == before


def test_a_database_named_like_an_export_is_not_replaced(cli, demo_db, tmp_path):
    other = tmp_path / "sao-luu.json"
    other.write_bytes(demo_db.read_bytes())
    result = cli("export-json", "--all", "-o", other)
    assert result.code == 2
    assert "là một cơ sở dữ liệu" in one_line(result.err)
    assert other.read_bytes() == demo_db.read_bytes()


def test_export_json_wants_a_json_name(cli, demo_db, tmp_path):
    result = cli("export-json", "--all", "-o", tmp_path / "x.pdf")
    assert result.code == 2
    assert "phải có đuôi .json" in one_line(result.err)
    assert not (tmp_path / "x.pdf").exists()


def test_a_fifo_and_a_device_stay_what_they_are(cli, demo_db, tmp_path):
    fifo = tmp_path / "ong.json"
    os.mkfifo(fifo)
    device = tmp_path / "thiet-bi.json"
    device.symlink_to("/dev/null")
    for target in (fifo, device):
        result = cli("export-json", "--all", "-o", target)
        assert result.code == 2
        assert "không phải tệp thông thường" in one_line(result.err)
    assert fifo.is_fifo() and device.resolve() == Path("/dev/null")


def test_a_refusal_echoing_a_newline_stays_onone_line(cli, demo_db, tmp_path):
    result = cli("export-json", "--all", "-o", tmp_path / "hai\ndòng" / "x.json")
    assert result.code == 2
    assert "hai\\ndòng" in one_line(result.err)


# -- arguments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["summary", "--year", "0", "-o", "x.xlsx"], "Năm phải từ 1900 đến 2100"),
        (["summary", "--year", "-1", "-o", "x.xlsx"], "Năm phải từ 1900 đến 2100"),
        (["summary", "--year", "99999", "-o", "x.xlsx"], "Năm phải từ 1900 đến 2100"),
        (["list", "--year", "٢٠٢٤"], "chữ số 0–9"),
        (["issue", "1", "--number", "99999999999999999999"], "Số văn bản phải từ 1 đến"),
        (["issue", "1", "--number", "9223372036854775808"], "Số văn bản phải từ 1 đến"),
        (["issue", "1", "--number", "٥٤"], "chữ số 0–9"),
        (["issue", "1", "--number", "²"], "chữ số 0–9"),
        (["issue", "1", "--number", "0"], "Số văn bản phải từ 1 đến"),
        (["issue", "9223372036854775808"], "Mã số cuộc kiểm tra phải từ 1 đến"),
        (["export-json", "99999999999999999999999", "-o", "x.json"], "chữ số 0–9"),
        (["issue", "1", "--date", "0001-01-01"], "năm phải từ 1900 đến 2100"),
    ],
)
def test_numbers_out_of_range_are_refused_with_exit_2(cli, demo_db, snapshot, capsys, args, words):
    before = snapshot()
    try:
        result = cli(*args)
        code, err = result.code, result.err
    except SystemExit as stop:  # argparse's own refusal (a process would exit 2 the same)
        code, err = stop.code, capsys.readouterr().err
    assert code == 2
    last = err.splitlines()[-1]
    assert words in last
    assert last.startswith("Lỗi tham số dòng lệnh: tham số ") or "argument" not in last
    assert "Traceback" not in err
    assert snapshot() == before


# -- hostile data files ---------------------------------------------------------------------


def _text(change) -> str:
    data = minimal_file()
    change(data)
    return as_text(data)


def _org(code: str, parent: str) -> dict:
    return {"code": code, "name": f"Đơn vị {code}", "parent_code": parent}


def _deep(depth: int) -> str:
    return (
        as_text(minimal_file())
        .replace('"scopes"', '"x"')
        .replace(
            '"status": "da_ban_hanh"',
            '"status": "da_ban_hanh", "scopes": ' + "[" * depth + "]" * depth,
        )
    )


HOSTILE = {
    "khóa lặp": (
        as_text(minimal_file()).replace('"issued": true', '"issued": true, "issued": false'),
        "«inspections[0].notice» có khóa «issued» ghi hai lần",
    ),
    "lồng 100 cấp": (_deep(100), "lồng nhau quá sâu"),
    "lồng 100000 cấp": (_deep(100_000), "lồng nhau quá sâu"),
    "năm 2^63": (
        _text(lambda d: d["inspections"][0].update(year=2**63)),
        "«inspections[0].year» lớn hơn giá trị cho phép 2100",
    ),
    "số 10^30": (
        as_text(minimal_file()).replace('"year": 2024', '"year": ' + "9" * 30),
        "là số nguyên quá dài",
    ),
    "surrogate": (
        as_text(minimal_file()).replace("UBND huyện Khe Đá", "UBND \\ud800", 1),
        "nửa cặp thay thế",
    ),
    "số ٥٤": (
        _text(lambda d: d["inspections"][0]["notice"].update(number="٥٤")),
        "«inspections[0].notice.number» phải là số viết bằng chữ số 0–9",
    ),
    "số ²": (
        _text(lambda d: d["inspections"][0]["notice"].update(number="²")),
        "«inspections[0].notice.number» phải là số viết bằng chữ số 0–9",
    ),
    "trường 10 MB": (
        _text(lambda d: d["inspections"][0]["entries"][0].update(text="a" * 10_000_000)),
        "«inspections[0].entries[0].text» dài quá 50000 ký tự",
    ),
    "10^6 nơi nhận": (
        _text(lambda d: d["inspections"][0]["notice"].update(recipients=["Sở;"] * 10**6)),
        "«inspections[0].notice.recipients» có quá nhiều phần tử (tối đa 500)",
    ),
    "cấp trên là chính nó": (
        _text(lambda d: d["organizations"].append(_org("A", "A"))),
        "«organizations[1].parent_code»: đơn vị «A» là cấp trên của chính nó",
    ),
    "vòng cấp trên": (
        _text(lambda d: d["organizations"].extend([_org("A", "B"), _org("B", "A")])),
        "vòng lặp «A» → «B» → «A»",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_exit_2_with_its_path_and_changes_nothing(
    cli, demo_db, snapshot, tmp_path, case
):
    text, words = HOSTILE[case]
    path = tmp_path / "vao.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before, data = snapshot(), demo_db.read_bytes()
    result = cli("import", path)
    assert result.code == 2, result.err
    assert words in one_line(result.err)
    assert snapshot() == before
    assert demo_db.read_bytes() == data


def test_bidi_controls_do_not_reach_the_notice(cli, tmp_path):
    data = minimal_file()
    data["inspections"][0]["entries"][0]["text"] = "Hạn chế \u202egnợưht\u202c và \u2066x\u2069"
    path = tmp_path / "vao.json"
    path.write_text(as_text(data), encoding="utf-8")
    assert cli("import", path).code == 0
    out = tmp_path / "tb.docx"
    assert cli("notice", "1", "-o", out).code == 0
    with zipfile.ZipFile(out) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Hạn chế gnợưht và x" in xml
    assert not any(ch in xml for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# -- unexpected errors ----------------------------------------------------------------------


def _boom(monkeypatch):
    import app.cli.basic_commands as commands

    def fail(args, services):
        raise RuntimeError("hỏng ở giữa")

    monkeypatch.setattr(commands, "run_list", fail)


def test_an_unexpected_error_is_one_line_with_a_log_of_its_own(cli, demo_db, monkeypatch):
    _boom(monkeypatch)
    first, second = cli("list"), cli("list")  # within the same second
    logs = []
    for result in (first, second):
        assert result.code == 1
        line = one_line(result.err)
        assert line.startswith("Lỗi không mong đợi. Chi tiết đã ghi vào ")
        logs.append(Path(line.rsplit(" ", 1)[1]))
    assert logs[0] != logs[1]
    for log in logs:
        text = log.read_text(encoding="utf-8")
        assert "Traceback" in text and "RuntimeError: hỏng ở giữa" in text


def test_with_an_unwritable_data_folder_the_log_goes_to_the_temporary_folder(
    cli, demo_db, monkeypatch, tmp_path
):
    _boom(monkeypatch)
    blocked = tmp_path / "khong-ghi-duoc"
    blocked.write_text("một tệp, không phải thư mục")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tam"))
    (tmp_path / "tam").mkdir()
    result = cli("list", db=demo_db)
    assert result.code == 1
    line = one_line(result.err)
    log = Path(line.rsplit(" ", 1)[1])
    assert log.parent == tmp_path / "tam" / "tocongtac-logs"
    assert "RuntimeError" in log.read_text(encoding="utf-8")


def test_a_database_written_by_a_newer_app_names_the_version_needed(cli, tmp_path):
    path = tmp_path / "moi-hon.sqlite"
    assert cli("demo", db=path).code == 0
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
        raw.execute("UPDATE app_info SET value = '3.0.0' WHERE key = 'app_version'")
    result = cli("list", db=path)
    assert result.code == 2
    assert "cần phiên bản 3.0.0 trở lên để mở" in one_line(result.err)


def test_the_app_version_is_recorded_in_a_new_database(cli, tmp_path):
    from app.version import app_version

    path = tmp_path / "x.sqlite"
    assert cli("demo", db=path).code == 0
    with sqlite3.connect(path) as raw:
        value = raw.execute("SELECT value FROM app_info WHERE key = 'app_version'").fetchone()
    assert value == (app_version(),) and app_version()
    assert json.loads(json.dumps(value))  # plain text
