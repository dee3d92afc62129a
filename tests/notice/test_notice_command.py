"""`tocongtac notice ID -o FILE.pdf|FILE.docx [--draft]`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from app.database import open_database
from app.services.bundle import Services
from main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> tuple[Path, int, int]:
    """A database with the demo; the ids of 54/TB-TCT and of the 2020 meeting draft."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    db = open_database(path)
    rows = Services(db).inspections.list_rows()
    db.close()
    issued = next(r.id for r in rows if r.notice_number == "54/TB-TCT")
    meeting = next(r.id for r in rows if r.kind == "hop")
    return path, issued, meeting


def _pdf_text(path: Path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_issued_inspection_gives_the_issued_notice(demo_db, tmp_path, capsys):
    db, issued, _ = demo_db
    out = tmp_path / "tb54.pdf"
    assert main(["--db", str(db), "notice", str(issued), "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "Số: 54/TB-TCT" in text and "DỰ THẢO" not in text
    assert "Lạng Sơn, ngày 11 tháng 8 năm 2021" in text
    assert str(out) in capsys.readouterr().out


def test_draft_flag_and_the_copy_for_signature(demo_db, tmp_path):
    db, issued, meeting = demo_db
    forced = tmp_path / "nhap.PDF"
    assert main(["--db", str(db), "notice", str(issued), "-o", str(forced), "--draft"]) == 0
    text = _pdf_text(forced)
    assert "DỰ THẢO" in text and "Số: /TB-TCT" in text and "ngày tháng 8 năm 2021" in text
    out = tmp_path / "hop.docx"
    assert main(["--db", str(db), "notice", str(meeting), "-o", str(out)]) == 0
    document = docx.Document(str(out))
    header = document.sections[0].first_page_header.paragraphs[0].text
    assert header == ""  # the 2020 meeting conclusion is the copy for signature: no mark
    assert "Số:      /TB-UBND" in [c.text for c in document.tables[0].rows[1].cells]
    assert main(["--db", str(db), "notice", str(meeting), "-o", str(out), "--draft"]) == 0
    header = docx.Document(str(out)).sections[0].first_page_header.paragraphs[0].text
    assert header == "DỰ THẢO"


def test_output_is_replaced_atomically(demo_db, tmp_path):
    db, issued, _ = demo_db
    out = tmp_path / "tb.docx"
    out.write_bytes(b"PK\x03\x04old")  # an older file of the same kind
    assert main(["--db", str(db), "notice", str(issued), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["tb.docx"]  # no temporary file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "-o", "tb.odt"], "đuôi .pdf hoặc .docx"),
        (["1", "-o", "tb"], "đuôi .pdf hoặc .docx"),
        (["999", "-o", "tb.pdf"], "Không có cuộc kiểm tra mã số 999"),
        (["1", "-o", "khong-co/tb.pdf"], "không tồn tại"),
    ],
)
def test_bad_input_exits_2_with_a_vietnamese_message(demo_db, tmp_path, capsys, args, message):
    db, _, _ = demo_db
    args = [*args[:2], str(tmp_path / args[2])]
    assert main(["--db", str(db), "notice", *args]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_command_imports_only_what_it_needs(demo_db, tmp_path):
    db, issued, _ = demo_db
    argv = ["--db", str(db), "notice", str(issued), "-o", str(tmp_path / "a.pdf")]
    probe = (
        f"import sys; from main import main; rc = main({argv!r}); "
        "print(rc, sorted(m for m in ('openpyxl', 'PySide6', 'docx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_a_supervision_has_no_notice(demo_db, tmp_path, capsys):
    """Issue 12.1: `notice <giám sát id>` wrote a notice anyway."""
    db, _, _ = demo_db
    database = open_database(db)
    services = Services(database)
    data = services.inspections.new(kind="giam_sat", unit_name="UBND thành phố Đồi Thông")
    supervision = services.inspections.create(data)
    database.close()
    out = tmp_path / "gs.pdf"
    assert main(["--db", str(db), "notice", str(supervision), "-o", str(out)]) == 2
    assert "Buổi giám sát không có thông báo kết luận" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
