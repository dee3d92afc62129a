"""`tocongtac notice ID… -o DIR` and `notice --year Y -o DIR` (issue 16.3): one file per
inspection, named as the save dialog proposes; what has no notice is skipped (exit 2)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.database import open_database
from app.notice.builder import NO_NOTICE
from app.services.bundle import Services
from main import main
from tests.cli.conftest import one_line

# The demo: 1 the 2020 meeting (copy for signature), 2 notice 54 of 2021, 3–5 notices of 2024.
ISSUED_NAMES = {
    2: "TB-54-TCT-2021-TP-Lang-Son",
    3: "TB-41-TCT-2024-May-Xanh",
    4: "TB-49-TCT-2024-TP-Doi-Thong",
    5: "TB-57-TCT-2024-Khe-Da",
}
MEETING_NAME = "Du-thao-TB-UBND-TP-Lang-Son-13-05-2020"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, int]:
    """The demo with a giám sát session of 2024 added; its id."""
    path = tmp_path_factory.mktemp("batch") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    db = open_database(path)
    services = Services(db)
    rows = services.inspections.list_rows()
    assert {r.id: r.notice_number for r in rows if r.notice_number} == {
        i: f"{name.split('-')[1]}/TB-TCT" for i, name in ISSUED_NAMES.items()
    }
    data = services.inspections.new(kind="giam_sat", unit_name="UBND huyện Khe Đá", year=2024)
    supervision = services.inspections.create(data)
    db.close()
    return path, supervision


def _run(capsys, db: Path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db), "notice", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _suggested(db: Path, inspection_id: int, kind: str, draft: bool = False) -> str:
    """What the window's save dialog proposes (ui/exports.py asks ExportService for it)."""
    database = open_database(db)
    try:
        services = Services(database)
        data = services.inspections.get(inspection_id)
        return services.exports.suggested_name(kind, data, draft)
    finally:
        database.close()


def test_ids_write_one_file_each_under_the_proposed_name(demo, tmp_path, capsys):
    db, _ = demo
    code, out, err = _run(capsys, db, 1, 2, 3, 2, "-o", tmp_path)
    assert (code, err) == (0, "")
    expected = [f"{MEETING_NAME}.pdf", f"{ISSUED_NAMES[2]}.pdf", f"{ISSUED_NAMES[3]}.pdf"]
    assert _names(tmp_path) == sorted(expected)  # id 2 twice: written once
    assert sorted(_suggested(db, i, "notice-pdf") for i in (1, 2, 3)) == sorted(expected)
    for name in expected:
        assert f"«{tmp_path / name}»" in out
        assert PdfReader(tmp_path / name).pages
    assert out.splitlines()[-1] == f"Đã xuất 3 tệp vào thư mục «{tmp_path}»."


def test_one_id_into_a_folder_is_a_batch_of_one(demo, tmp_path, capsys):
    db, _ = demo
    code, _out, _err = _run(capsys, db, 2, "-o", tmp_path)
    assert code == 0
    assert _names(tmp_path) == [f"{ISSUED_NAMES[2]}.pdf"]


def test_a_year_in_both_formats_is_its_notices(demo, tmp_path, capsys):
    db, _supervision = demo
    code, out, err = _run(capsys, db, "--year", 2024, "-o", tmp_path, "--format", "pdf,docx")
    assert code == 0 and err == ""  # the year's giám sát has no notice: not asked for
    stems = [ISSUED_NAMES[i] for i in (3, 4, 5)]
    assert _names(tmp_path) == sorted(f"{s}{x}" for s in stems for x in (".pdf", ".docx"))
    for stem in stems:
        assert (tmp_path / f"{stem}.pdf").read_bytes().startswith(b"%PDF-")
        with zipfile.ZipFile(tmp_path / f"{stem}.docx") as docx:
            assert "word/document.xml" in docx.namelist()
        assert _suggested(db, 3, "notice-docx") == f"{ISSUED_NAMES[3]}.docx"
    assert out.splitlines()[-1] == f"Đã xuất 6 tệp vào thư mục «{tmp_path}»."


def test_only_docx(demo, tmp_path, capsys):
    db, _ = demo
    assert _run(capsys, db, 2, 3, "-o", tmp_path, "--format", "docx")[0] == 0
    assert _names(tmp_path) == sorted(f"{ISSUED_NAMES[i]}.docx" for i in (2, 3))


def test_each_pdf_is_the_one_the_single_command_writes(demo, tmp_path, capsys, monkeypatch):
    """Byte for byte; ReportLab stamps the time into a PDF unless SOURCE_DATE_EPOCH fixes it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    db, _ = demo
    batch, single = tmp_path / "batch", tmp_path / "single"
    batch.mkdir()
    single.mkdir()
    assert _run(capsys, db, 1, 2, 3, 4, 5, "-o", batch)[0] == 0
    for name in _names(batch):
        inspection_id = next((i for i, stem in ISSUED_NAMES.items() if name.startswith(stem)), 1)
        assert _run(capsys, db, inspection_id, "-o", single / "one.pdf")[0] == 0
        assert (batch / name).read_bytes() == (single / "one.pdf").read_bytes(), name
    # and with --draft, the draft the single command writes, under the draft's name
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    assert _run(capsys, db, 2, "-o", drafts, "--draft")[0] == 0
    name = _suggested(db, 2, "notice-pdf", draft=True)
    assert _names(drafts) == [name] == ["Du-thao-TB-TCT-TP-Lang-Son-10-08-2021.pdf"]
    assert _run(capsys, db, 2, "-o", single / "draft.pdf", "--draft")[0] == 0
    assert (drafts / name).read_bytes() == (single / "draft.pdf").read_bytes()


def test_a_supervision_among_ids_is_skipped_and_the_others_written(demo, tmp_path, capsys):
    db, supervision = demo
    code, _out, err = _run(capsys, db, 2, supervision, 3, "-o", tmp_path)
    assert code == 2
    assert NO_NOTICE in one_line(err) and f"(mã số {supervision})" in err
    assert _names(tmp_path) == sorted(f"{ISSUED_NAMES[i]}.pdf" for i in (2, 3))


def test_a_file_of_another_kind_is_never_replaced(demo, tmp_path, capsys):
    db, _ = demo
    other = tmp_path / f"{ISSUED_NAMES[2]}.pdf"
    other.write_text("ghi chú, không phải PDF", encoding="utf-8")
    older = tmp_path / f"{ISSUED_NAMES[3]}.pdf"
    older.write_bytes(b"%PDF-1.4 older")  # an older notice: replaced
    folder = tmp_path / f"{ISSUED_NAMES[4]}.pdf"
    folder.mkdir()  # a folder under the name: refused
    code, _out, err = _run(capsys, db, 2, 3, 4, 5, "-o", tmp_path)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 2
    assert "(mã số 2)" in lines[0] and "không phải tệp PDF; không ghi đè" in lines[0]
    assert "(mã số 4)" in lines[1] and "là một thư mục, không ghi đè" in lines[1]
    assert other.read_text(encoding="utf-8") == "ghi chú, không phải PDF"
    assert older.read_bytes().startswith(b"%PDF-") and len(older.read_bytes()) > 1000
    assert (tmp_path / f"{ISSUED_NAMES[5]}.pdf").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file


def test_two_drafts_proposing_one_name_both_kept(db_path, tmp_path, capsys):
    import datetime as dt

    db = open_database(db_path)
    services = Services(db)
    ids = [
        services.inspections.create(
            services.inspections.new(unit_name="UBND xã Nà Phặc", date=dt.date(2024, 3, 5))
        )
        for _ in range(2)
    ]
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    assert _run(capsys, db_path, *ids, "-o", out)[0] == 0
    stem = "Du-thao-TB-TCT-Xa-Na-Phac-05-03-2024"
    assert _names(out) == [f"{stem}-2.pdf", f"{stem}.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "2", "-o", "{tmp}/khong-co"], "Thư mục «{tmp}/khong-co» không tồn tại"),
        (["--year", "2024", "-o", "{tmp}/khong-co"], "không tồn tại"),
        (["1", "2", "-o", "{tmp}/tb.pdf"], "Thư mục «{tmp}/tb.pdf» không tồn tại"),
        (["1", "-o", "{tmp}", "--year", "2024"], "Chỉ ghi mã số cuộc kiểm tra hoặc --year"),
        (["-o", "{tmp}"], "Cần ghi mã số cuộc kiểm tra cần xuất, hoặc --year"),
        (["1", "2", "-o", "{tmp}", "--format", "odt"], "Định dạng «odt» không có"),
        (["1", "-o", "{tmp}/tb.pdf", "--format", "pdf"], "không tồn tại"),
        (["1", "998", "999", "-o", "{tmp}"], "Không có cuộc kiểm tra mã số 998, 999."),
        (["--year", "1999", "-o", "{tmp}"], "Năm 1999 chưa có thông báo kết luận nào."),
    ],
)
def test_bad_input_writes_nothing(demo, tmp_path, capsys, args, message):
    db, _ = demo
    args = [a.format(tmp=tmp_path) for a in args]
    code, out, err = _run(capsys, db, *args)
    assert code == 2
    assert message.format(tmp=tmp_path) in one_line(err)
    assert out == ""
    assert list(tmp_path.iterdir()) == []
