"""Files that are not a readable list of tasks are refused with one Vietnamese line (issue 18,
item 5); cells that cannot be read are reported with their row and column."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from openpyxl import Workbook

from app.domain.errors import InputError
from app.taskimport.files import MAX_BYTES
from app.taskimport.importer import open_task_file
from app.taskimport.plan import Action, plan_import
from app.taskimport.rows import read_rows
from tests.taskimport import workbooks as books

# A Compound File header, as Excel 97-2003 and encrypted .xlsx files start.
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def refusal(path) -> str:
    with pytest.raises(InputError) as info:
        open_task_file(path).sheet()
    message = info.value.message
    assert "\n" not in message
    return message


def test_not_a_workbook(tmp_path):
    text = tmp_path / "ghi-chu.xlsx"
    text.write_text("đây là ghi chú, không phải bảng tính", encoding="utf-8")
    assert refusal(text) == (
        "Tệp «ghi-chu.xlsx» không phải là bảng tính Excel (.xlsx) hay tệp CSV."
    )
    word = tmp_path / "bao-cao.xlsx"
    Document().save(word)  # a zip, but a Word document
    assert refusal(word) == "Tệp «bao-cao.xlsx» không phải là bảng tính Excel (.xlsx) hay tệp CSV."
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert "không phải là bảng tính Excel" in refusal(broken)


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "mat-khau.xlsx"
    path.write_bytes(OLE + "EncryptionInfo\0EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    assert refusal(path) == (
        "Tệp «mat-khau.xlsx» có đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi lưu lại."
    )


def test_old_excel_file_is_asked_to_be_saved_as_xlsx(tmp_path):
    old = tmp_path / "cu.xls"
    old.write_bytes(OLE + "Workbook".encode("utf-16-le"))
    expected = (
        "Tệp «cu.xls» là bảng tính Excel 97–2003 (.xls); hãy mở trong Excel và lưu lại dưới "
        "dạng .xlsx."
    )
    assert refusal(old) == expected
    html = tmp_path / "cu.xls"  # web systems export HTML named .xls
    html.write_text("<html><table><tr><td>STT</td></tr></table></html>", encoding="utf-8")
    assert refusal(html) == expected


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "lon.xlsx"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    assert refusal(path) == "Tệp «lon.xlsx» lớn hơn 50 MB, không phải danh mục nhiệm vụ."


def test_a_workbook_without_a_recognisable_header(tmp_path):
    wb = Workbook()
    wb.active.append(["Chỉ tiêu", "Kế hoạch", "Thực hiện"])
    wb.active.append(["Thu ngân sách", 152.5, 98.7])
    path = tmp_path / "chi-tieu.xlsx"
    wb.save(path)
    assert refusal(path) == (
        "Không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong tệp «chi-tieu.xlsx» (cần ít nhất "
        "cột «Nội dung nhiệm vụ» và một cột khác như «Văn bản giao», «Thời hạn»)."
    )


def test_a_missing_file_and_a_missing_sheet(tmp_path):
    assert refusal(tmp_path / "khong-co.xlsx") == "Không tìm thấy tệp «khong-co.xlsx»."
    path = books.several_sheets(tmp_path)
    with pytest.raises(InputError) as info:
        open_task_file(path).sheet("Năm 2025")
    assert info.value.message == (
        "Tệp «nhieu-trang.xlsx» không có trang tính «Năm 2025» (có: «Tổng hợp», «Năm 2024», "
        "«Dữ liệu cũ»)."
    )
    with pytest.raises(InputError) as info:
        open_task_file(path).sheet("Tổng hợp")
    assert "trang tính «Tổng hợp» của tệp «nhieu-trang.xlsx»" in info.value.message


def test_a_csv_in_no_known_encoding(tmp_path):
    path = tmp_path / "la.csv"
    path.write_bytes(b"STT;N\x81i dung;Th\x90i h\x9dn\r\n")  # bytes Windows-1258 does not have
    assert refusal(path) == (
        "Không đọc được bảng mã của tệp «la.csv»; hãy lưu lại dưới dạng CSV UTF-8 hoặc .xlsx."
    )


def test_formulas_are_read_for_their_cached_values_and_never_evaluated(tmp_path):
    path = books.with_bad_cells(tmp_path)
    sheet, layout = open_task_file(path).sheet()
    plan = plan_import(read_rows(sheet, layout), [], books.CUTOFF)
    problems = [p.text for p in plan.problems()]
    assert problems == [
        "Dòng 5, cột D: Ngày «31/02/2025» không tồn tại",
        "Dòng 6, cột E: công thức «=D6-1» chưa có giá trị đã tính (hãy mở tệp trong Excel rồi "
        "lưu lại)",
    ]
    by_row = {r.number: r for r in plan.rows}
    # The impossible deadline is kept as written, flagged; the formula row is left out.
    assert by_row[5].action == Action.ADD
    assert (by_row[5].task.deadline, by_row[5].task.deadline_text) == (None, "31/02/2025")
    assert by_row[5].derived is None  # not counted until corrected
    assert by_row[6].action == Action.SKIP
    assert plan.summary() == "Thêm 4, cập nhật 0, bỏ qua 1 nhiệm vụ."


def test_excel_error_values_are_reported(tmp_path):
    path = tmp_path / "loi.xlsx"
    wb = Workbook()
    wb.active.append(["Nội dung", "Thời hạn"])
    wb.active.append(["Nhiệm vụ", "#REF!"])
    wb.save(path)
    sheet, layout = open_task_file(path).sheet()
    (reading,) = read_rows(sheet, layout)
    assert [p.text for p in reading.problems] == ["Dòng 2, cột B: ô báo lỗi «#REF!» của Excel"]


def test_a_workbook_is_opened_by_its_content_not_its_name(tmp_path):
    path = books.unit_typed(tmp_path)
    renamed = tmp_path / "danh-sach.dat"
    renamed.write_bytes(path.read_bytes())
    assert open_task_file(renamed).sheet()[0].name == "Sheet1"
    with zipfile.ZipFile(path) as archive:
        assert "xl/workbook.xml" in archive.namelist()


def test_a_sheet_too_long_to_be_a_list_of_tasks(tmp_path, monkeypatch):
    import app.taskimport.xlsx_reader as reader

    monkeypatch.setattr(reader, "MAX_ROWS", 20)
    wb = Workbook()
    wb.active.append(["STT", "Nội dung nhiệm vụ", "Thời hạn"])
    for i in range(30):
        wb.active.append([i + 1, f"Nhiệm vụ {i + 1}", "31/12/2024"])
    path = tmp_path / "ca-tinh.xlsx"
    wb.save(path)
    assert refusal(path) == (
        "Trang tính «Sheet» có hơn 10.000 dòng, không phải một danh mục nhiệm vụ; hãy chép danh "
        "mục của đơn vị sang một tệp riêng."
    )


def test_reading_tasks_does_not_load_openpyxl_until_a_workbook_is_opened():
    import subprocess
    import sys

    code = (
        "import sys, ui.main_window, app.services.task_paste, app.taskimport.importer;"
        "print('openpyxl' in sys.modules)"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr


def test_a_content_formula_without_value_is_reported_and_a_numbering_one_is_not(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung nhiệm vụ", "Thời hạn"])
    ws.append(["=ROW()-1", '=CONCAT("Nhiệm vụ ", A2)', "31/12/2024"])
    ws.append(["=ROW()-1", "Nhiệm vụ viết sẵn", "31/12/2024"])
    path = tmp_path / "cong-thuc.xlsx"
    wb.save(path)
    sheet, layout = open_task_file(path).sheet()
    plan = plan_import(read_rows(sheet, layout), [], books.CUTOFF)
    assert [p.text for p in plan.problems()] == [
        'Dòng 2, cột B: công thức «=CONCAT("Nhiệm vụ ", A2)» chưa có giá trị đã tính (hãy mở '
        "tệp trong Excel rồi lưu lại)"
    ]
    assert [r.action for r in plan.rows] == [Action.SKIP, Action.ADD]
