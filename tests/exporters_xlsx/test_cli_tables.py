"""`tables` and `summary` on the command line, over a real database."""

import dataclasses

import openpyxl
import pytest

from app import dto
from main import main
from tests.exporters_xlsx.conftest import recalculated, row_of


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), *map(str, args)])


def test_tables_writes_the_inspection_workbook(fictional_db, db_path, tmp_path, capsys):
    out = tmp_path / "phu-luc.xlsx"
    assert run(db_path, "tables", fictional_db["ORG-KHEDA"], "-o", out) == 0
    assert "phu-luc.xlsx" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out)["Phụ lục nhiệm vụ"]
    assert (
        ws["C" + str(row_of(ws, 1, 1))].value
        == "Triển khai kế hoạch thu ngân sách nhà nước năm 2024"
    )
    assert ws.cell(row=row_of(ws, 1, "Tổng cộng"), column=6).value.startswith("=COUNT(")


def test_summary_writes_the_year_workbook(fictional_db, db_path, tmp_path):
    out = tmp_path / "tong-hop.xlsx"
    assert run(db_path, "summary", "--year", 2024, "-o", out) == 0
    ws = openpyxl.load_workbook(out)["Tổng hợp nhiệm vụ"]
    names = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
    units = [n for n in names if n and n.startswith("UBND ") and "các" not in n]
    assert units == ["UBND thành phố Đồi Thông", "UBND huyện Khe Đá", "UBND huyện Mây Xanh"]


def test_a_year_without_inspections_is_bad_input_and_writes_nothing(
    fictional_db, db_path, tmp_path, capsys
):
    out = tmp_path / "2019.xlsx"
    assert run(db_path, "summary", "--year", 2019, "-o", out) == 2
    assert "Năm 2019 không có cuộc kiểm tra nào" in capsys.readouterr().err
    assert list(tmp_path.glob("*.xlsx")) == [] and not list(tmp_path.glob(".*"))


def test_trashed_and_other_kinds_do_not_count(fictional_db, services, db_path, tmp_path):
    for inspection_id in fictional_db.values():
        services.inspections.delete(inspection_id)
    meeting = dataclasses.replace(services.inspections.get(fictional_db["ORG-KHEDA"]))
    meeting.id, meeting.uuid, meeting.kind = None, "meeting-2024", dto.Kind.HOP
    meeting.tasks, meeting.entries, meeting.indicators, meeting.attendees = [], [], [], []
    services.inspections.create(meeting)
    assert run(db_path, "summary", "--year", 2024, "-o", tmp_path / "y.xlsx") == 2
    assert not (tmp_path / "y.xlsx").exists()


def test_unknown_inspection_is_bad_input(fictional_db, db_path, tmp_path, capsys):
    assert run(db_path, "tables", 999, "-o", tmp_path / "t.xlsx") == 2
    assert "999" in capsys.readouterr().err
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize("name", ["t.pdf", "missing/t.xlsx"])
def test_bad_output_paths_are_bad_input(fictional_db, db_path, tmp_path, capsys, name):
    assert run(db_path, "tables", fictional_db["ORG-KHEDA"], "-o", tmp_path / name) == 2
    assert capsys.readouterr().err.strip()


def test_an_existing_file_is_replaced_whole(fictional_db, db_path, tmp_path):
    out = tmp_path / "y.xlsx"
    out.write_bytes(b"PK\x03\x04old")  # an older file of the same kind
    assert run(db_path, "summary", "--year", 2024, "-o", out) == 0
    assert openpyxl.load_workbook(out).sheetnames[0] == "Tổng hợp nhiệm vụ"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.fixture
def demo_db(db_path):
    assert run(db_path, "demo") == 0
    return db_path


def test_demo_year_2024_summary(demo_db, tmp_path):
    out = tmp_path / "y.xlsx"
    assert run(demo_db, "summary", "--year", 2024, "-o", out) == 0
    ws = openpyxl.load_workbook(out)["Biểu đồ"]
    assert [ws[f"B{r}"].value for r in (4, 5, 6)] == ["Đồi Thông", "Khe Đá", "Mây Xanh"]
    assert [ws[f"C{r}"].value for r in (4, 5, 6)] == [75, 77.78, 83.33]
    ws = openpyxl.load_workbook(recalculated(out, tmp_path / "lo"), data_only=True)
    ws = ws["Tổng hợp nhiệm vụ"]
    total = row_of(ws, 1, "Tổng cộng")
    assert [ws[f"{c}{total}"].value for c in "EFGH"] == [29, 23, 21, 2]
    assert (ws[f"L{total}"].value, ws[f"M{total}"].value) == (79.31, 10.34)


def test_demo_notice_54_appendix(demo_db, tmp_path, capsys):
    assert run(demo_db, "list", "--year", 2021) == 0
    inspection_id = capsys.readouterr().out.split("\t")[0]
    out = tmp_path / "t.xlsx"
    assert run(demo_db, "tables", inspection_id, "-o", out) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Phụ lục nhiệm vụ"]
    first, total = row_of(ws, 1, 1), row_of(ws, 1, "Tổng cộng")
    assert total - first == 34
    marks = [sum(ws[f"{c}{r}"].value == "x" for r in range(first, total)) for c in "GHIJK"]
    assert marks == [32, 1, 1, 0, 0]
    titles = [ws.cell(row=r, column=1).value for r in range(1, first)]
    assert (
        "(Kèm theo Thông báo số 54/TB-TCT ngày 11/8/2021 của Tổ công tác của Chủ tịch UBND tỉnh)"
    ) in titles
