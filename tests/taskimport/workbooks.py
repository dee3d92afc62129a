"""Workbooks and CSV files built to look like the task lists provinces and units send.

Each builder writes a file into a folder and returns its path; EXPECTED holds what importing it
must give (content prefix → derived status, with a cut-off of CUTOFF).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import shutil
import unicodedata
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from app.domain.tasks import TaskStatus as S

D = dt.date
CUTOFF = D(2024, 8, 1)

# (content, document, document date, assigned by, deadline, completed, status as written)
# Dates are written as real dates, text, Excel serial numbers or words: mixed as in real files.
TRACKER_ROWS = [
    ("Xây dựng kế hoạch triển khai Chương trình công tác năm 2024 của UBND tỉnh", "01/CTr-UBND",
     D(2024, 1, 5), "UBND tỉnh", D(2024, 1, 31), D(2024, 1, 25), "Đã hoàn thành đúng hạn"),
    ("Báo cáo kết quả rà soát, xử lý các dự án chậm tiến độ", "215/UBND-KT", "20/02/2024",
     "Chủ tịch UBND tỉnh", "15/3/2024", "14/3/2024", "Hoàn thành"),
    ("Hoàn thành bồi thường, giải phóng mặt bằng dự án Đường nối trung tâm huyện", "88/TB-UBND",
     D(2024, 3, 12), "Phó Chủ tịch UBND tỉnh", D(2024, 6, 30), D(2024, 7, 12),
     "Hoàn thành quá hạn"),
    ("Tham mưu phương án sắp xếp đơn vị hành chính cấp xã", "102/KH-UBND", D(2024, 3, 15),
     "UBND tỉnh", D(2024, 4, 30), "26/4/2024", "Đã hoàn thành"),
    ("Báo cáo tình hình thu tiền sử dụng đất 6 tháng đầu năm 2024", "640/UBND-KT", D(2024, 6, 24),
     "Chủ tịch UBND tỉnh", 45478, D(2024, 7, 4), "Hoàn thành đúng hạn"),
    ("Thường xuyên kiểm tra, xử lý vi phạm khai thác khoáng sản trái phép", "45/CT-UBND",
     D(2024, 1, 22), "Chủ tịch UBND tỉnh", "Thường xuyên", None, "Thường xuyên"),
    ("Kiểm tra, xử lý vi phạm trật tự xây dựng khu vực chợ trung tâm", "151/TB-UBND",
     D(2024, 5, 3), "Phó Chủ tịch UBND tỉnh", D(2024, 6, 15), D(2024, 6, 10),
     "đúng hạn, đã hoàn thành"),
    ("Đề xuất danh mục dự án bổ sung kế hoạch đầu tư công trung hạn", "230/UBND-KT",
     D(2024, 2, 6), "UBND tỉnh", "29/02/2024", "27/02/2024", "ĐÃ HOÀN THÀNH"),
    ("Tổng kết 10 năm thực hiện đề án phát triển vùng nguyên liệu hồi", "512/UBND-KT",
     D(2024, 5, 27), "Chủ tịch UBND tỉnh", D(2024, 7, 31), D(2024, 7, 30), "Hoàn thành"),
    ("Hoàn thiện hồ sơ đề nghị công nhận xã Nà Mây đạt chuẩn nông thôn mới nâng cao",
     "402/UBND-KT", D(2024, 4, 8), "Phó Chủ tịch UBND tỉnh", D(2024, 9, 30), None,
     "Đang thực hiện trong hạn"),
    ("Giải quyết dứt điểm đơn kiến nghị kéo dài của công dân thôn Khuổi Mây", "97/TB-UBND",
     D(2024, 3, 18), "Chủ tịch UBND tỉnh", D(2024, 7, 31), None, "Chưa hoàn thành - quá hạn"),
    ("Rà soát quy hoạch sử dụng đất cấp huyện", "602/UBND-KT", D(2024, 6, 10), "UBND tỉnh",
     D(2024, 6, 30), None, "Hoàn thành"),
]  # fmt: skip

TRACKER_EXPECTED = [
    S.HT_DUNG_HAN, S.HT_DUNG_HAN, S.HT_QUA_HAN, S.HT_DUNG_HAN, S.HT_DUNG_HAN, S.KHONG_THOI_HAN,
    S.HT_DUNG_HAN, S.HT_DUNG_HAN, S.HT_DUNG_HAN, S.CHUA_HT_TRONG_HAN, S.CHUA_HT_QUA_HAN,
    S.CHUA_HT_QUA_HAN,
]  # fmt: skip


def _title(ws, cell_range: str, text: str, bold: bool = True) -> None:
    ws.merge_cells(cell_range)
    first = ws[cell_range.split(":")[0]]
    first.value = text
    first.font = Font(bold=bold)
    first.alignment = Alignment(horizontal="center")


def tracker_export(folder: Path) -> Path:
    """The province's tracking system: letterhead and title rows merged across, a two-row
    header, a numbering row, mixed dates, a totals line, signatures, and a second sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh mục nhiệm vụ"
    _title(ws, "A1:C1", "UBND HUYỆN MÂY XANH")
    _title(ws, "E1:J1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _title(ws, "A2:C2", "VĂN PHÒNG HĐND VÀ UBND")
    _title(ws, "E2:J2", "Độc lập - Tự do - Hạnh phúc")
    _title(ws, "A4:J4", "DANH MỤC NHIỆM VỤ DO UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO NĂM 2024")
    _title(ws, "A5:J5", "(Số liệu tính đến ngày 31/7/2024)", bold=False)
    top = ["STT", "Nội dung nhiệm vụ", "Văn bản giao", None, "Lãnh đạo giao",
           "Thời hạn hoàn thành", "Tình hình thực hiện", None, "Kết quả thực hiện",
           "Ghi chú"]  # fmt: skip
    bottom = [None, None, "Số, ký hiệu", "Ngày ban hành", None, None, "Ngày hoàn thành",
              "Trạng thái", None, None]  # fmt: skip
    for col, (upper, lower) in enumerate(zip(top, bottom, strict=True), start=1):
        ws.cell(7, col, upper)
        ws.cell(8, col, lower)
    for letter in "ABEFIJ":
        ws.merge_cells(f"{letter}7:{letter}8")
    ws.merge_cells("C7:D7")
    ws.merge_cells("G7:H7")
    for col in range(1, 11):
        ws.cell(9, col, f"({col})")
    for i, (content, doc, doc_date, by, deadline, done, status) in enumerate(TRACKER_ROWS):
        row = 10 + i
        values = [i + 1, content, doc, doc_date, by, deadline, done, status, "", ""]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col, value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    totals = 10 + len(TRACKER_ROWS)
    ws.cell(totals, 1, "Tổng cộng")
    ws.merge_cells(start_row=totals, start_column=1, end_row=totals, end_column=2)
    ws.cell(totals, 9, "Đã hoàn thành 08/12 nhiệm vụ")
    ws.cell(totals + 2, 2, "Người lập biểu")
    ws.cell(totals + 2, 9, "THỦ TRƯỞNG ĐƠN VỊ")
    notes = wb.create_sheet("Hướng dẫn")
    notes["A1"] = "Bảng này được xuất từ Hệ thống theo dõi nhiệm vụ của tỉnh."
    notes["A2"] = "Cột (8) ghi trạng thái theo đánh giá của cơ quan giao nhiệm vụ."
    path = folder / "danh-muc-nhiem-vu-he-thong.xlsx"
    wb.save(path)
    return path


CTR = "Chương trình số 01/CTr-UBND ngày 05/01/2024"
UNIT_ROWS = [
    ("Triển khai kế hoạch thu ngân sách nhà nước năm 2024", CTR, "UBND tỉnh", "15/02/2024",
     "10/02/2024"),
    ("Phân bổ, giao kế hoạch vốn đầu tư công năm 2024", CTR, "UBND tỉnh", "20/01/2024",
     "18/01/2024"),
    ("Giao chỉ tiêu trồng rừng năm 2024 cho các xã", CTR, "UBND tỉnh", D(2024, 3, 10),
     D(2024, 3, 8)),
    ("Kiện toàn Bộ phận tiếp nhận và trả kết quả cấp huyện", CTR, "UBND tỉnh", "31/5/2024",
     "29/5/2024"),
    ("Báo cáo tiến độ phát triển giao thông nông thôn", "Văn bản số 355/UBND-KT ngày 01/4/2024",
     "Chủ tịch UBND tỉnh", "20/4/2024", "19/4/2024"),
    ("Rà soát, cập nhật quy hoạch sử dụng đất cấp huyện", "Văn bản số 602/UBND-KT ngày 10/6/2024",
     "Chủ tịch UBND tỉnh", "31/8/2024", None),
    ("Thường xuyên kiểm tra, xử lý vi phạm khai thác khoáng sản trái phép",
     "Chỉ thị số 45/CT-UBND ngày 22/01/2024", "Chủ tịch UBND tỉnh", "Thường xuyên", None),
    ("Tổ chức đối thoại với doanh nghiệp, hợp tác xã trên địa bàn",
     "Thông báo số 120/TB-UBND ngày 09/4/2024", "Phó Chủ tịch UBND tỉnh", "Quý IV/2024", None),
]  # fmt: skip

UNIT_EXPECTED = [S.HT_DUNG_HAN] * 5 + [S.CHUA_HT_TRONG_HAN, S.KHONG_THOI_HAN, S.KHONG_THOI_HAN]


def unit_typed(folder: Path) -> Path:
    """Typed by the unit: a title, a one-row header, group headings, text dates, "Thường xuyên",
    the programme that gave the first four tasks merged down their rows, and a hidden column (an
    old deadline) that must not be read."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "A1:I1", "DANH MỤC NHIỆM VỤ ĐƯỢC GIAO NĂM 2024 CỦA UBND HUYỆN KHE ĐÁ")
    header = ["TT", "Thời hạn ban đầu", "Nhiệm vụ", "Văn bản giao nhiệm vụ", "Người giao",
              "Hạn hoàn thành", "Ngày hoàn thành", "Kết quả", "Ghi chú"]  # fmt: skip
    for col, text in enumerate(header, start=1):
        ws.cell(3, col, text)
    ws.column_dimensions["B"].hidden = True
    row = 4
    groups = {
        0: ("I", "NHIỆM VỤ DO UBND TỈNH GIAO"),
        4: ("II", "NHIỆM VỤ DO CHỦ TỊCH UBND TỈNH GIAO"),
    }
    for i, (content, doc, by, deadline, done) in enumerate(UNIT_ROWS):
        if i in groups:
            ws.cell(row, 1, groups[i][0])
            ws.cell(row, 3, groups[i][1])
            row += 1
        values = [i + 1, "01/01/2024", content, doc, by, deadline, done, "", ""]
        for col, value in enumerate(values, start=1):
            if not (col == 4 and 0 < i < 4):  # under the merged cell, as Excel stores it
                ws.cell(row, col, value)
        row += 1
    ws.merge_cells("D5:D8")
    path = folder / "nhiem-vu-khe-da.xlsx"
    wb.save(path)
    return path


SHEETS_ROWS = [
    ("Báo cáo kết quả cải cách hành chính quý I", "Kế hoạch số 12/KH-UBND ngày 10/01/2024",
     D(2024, 3, 31), D(2024, 3, 29)),
    ("Báo cáo kết quả cải cách hành chính quý II", "Kế hoạch số 12/KH-UBND ngày 10/01/2024",
     D(2024, 6, 30), D(2024, 7, 2)),
    ("Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ", "Kế hoạch số 40/KH-UBND ngày 01/3/2024",
     D(2024, 9, 15), None),
    ("Số hóa hồ sơ thủ tục hành chính còn hiệu lực", "Kế hoạch số 40/KH-UBND ngày 01/3/2024",
     D(2024, 6, 30), None),
    ("Công khai thủ tục hành chính tại Bộ phận một cửa", "Công văn số 88/UBND-NC ngày 05/02/2024",
     None, D(2024, 2, 20)),
]  # fmt: skip

SHEETS_EXPECTED = [
    S.HT_DUNG_HAN,
    S.HT_QUA_HAN,
    S.CHUA_HT_TRONG_HAN,
    S.CHUA_HT_QUA_HAN,
    S.HT_DUNG_HAN,
]


def several_sheets(folder: Path) -> Path:
    """A summary sheet first, the task table on the second sheet with a filtered-out (hidden)
    row of another unit, and a hidden third sheet that also has a task table."""
    wb = Workbook()
    summary = wb.active
    summary.title = "Tổng hợp"
    for r, values in enumerate([("Chỉ tiêu", "Kế hoạch", "Thực hiện"), ("Số nhiệm vụ", 6, 5)], 1):
        for c, value in enumerate(values, start=1):
            summary.cell(r, c, value)
    ws = wb.create_sheet("Năm 2024")
    header = ["STT", "Trích yếu nội dung", "Số, ký hiệu, ngày tháng văn bản", "Thời hạn",
              "Ngày hoàn thành", "Đơn vị thực hiện"]  # fmt: skip
    for col, text in enumerate(header, start=1):
        ws.cell(1, col, text)
    rows = list(SHEETS_ROWS)
    rows.insert(2, ("Nhiệm vụ của UBND huyện Đồi Thông", "Kế hoạch số 12/KH-UBND ngày 10/01/2024",
                    D(2024, 5, 31), None))  # fmt: skip
    for i, (content, doc, deadline, done) in enumerate(rows):
        unit = "UBND huyện Đồi Thông" if i == 2 else "UBND huyện Mây Xanh"
        for col, value in enumerate([i + 1, content, doc, deadline, done, unit], start=1):
            cell = ws.cell(2 + i, col, value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    ws.row_dimensions[4].hidden = True
    hidden = wb.create_sheet("Dữ liệu cũ")
    hidden.sheet_state = "hidden"
    hidden.append(["STT", "Nội dung nhiệm vụ", "Thời hạn"])
    hidden.append([1, "Nhiệm vụ cũ đã bỏ", "31/12/2023"])
    path = folder / "nhieu-trang.xlsx"
    wb.save(path)
    return path


def serial(day: dt.date) -> int:
    """The number Excel stores for *day* (a date cell left in the General format shows it)."""
    return (day - D(1899, 12, 30)).days


# (content, document, deadline, completed, result, note, group); a department's report.
DEPARTMENT_ROWS = [
    ("Tham mưu UBND tỉnh ban hành Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030",
     "Văn bản số 215/UBND-KT ngày 20/02/2024", serial(D(2024, 5, 31)), serial(D(2024, 5, 28)),
     "Đã trình UBND tỉnh tại Tờ trình số 88/TTr-SKHĐT", "Đúng tiến độ", "I"),
    ("Rà soát, đề xuất điều chỉnh danh mục dự án chậm giải ngân",
     "Thông báo số 88/TB-UBND ngày 12/3/2024", "30/6/2024", "15/7/2024",
     "Đã báo cáo, đề xuất điều chỉnh 12 dự án", "Chậm do chờ số liệu của huyện", "I"),
    ("Xây dựng bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành (DDCI)",
     "Kế hoạch số 40/KH-UBND ngày 01/3/2024", "30/6/2025", None, "Đang lấy ý kiến các sở",
     "", "I"),
    ("Tổng hợp báo cáo tình hình kinh tế - xã hội hằng tháng",
     "Chương trình số 01/CTr-UBND ngày 05/01/2024", "Thường xuyên", None, "Đã thực hiện 7 kỳ",
     "Báo cáo trước ngày 20 hằng tháng", "II"),
    ("Hướng dẫn các huyện lập kế hoạch vốn năm 2025",
     "Văn bản số 640/UBND-KT ngày 24/6/2024", serial(D(2024, 7, 15)), None,
     "Đang dự thảo văn bản hướng dẫn", "Quá hạn, đã xin gia hạn", "II"),
    ("Báo cáo sơ kết 6 tháng thực hiện Nghị quyết số 12/NQ-HĐND",
     "Văn bản số 512/UBND-KT ngày 27/5/2024", "15/7/2024", serial(D(2024, 7, 12)),
     "Báo cáo số 301/BC-SKHĐT", "", "II"),
]  # fmt: skip

DEPARTMENT_EXPECTED = [S.HT_DUNG_HAN, S.HT_QUA_HAN, S.CHUA_HT_TRONG_HAN, S.KHONG_THOI_HAN,
                       S.CHUA_HT_QUA_HAN, S.HT_DUNG_HAN]  # fmt: skip


def department_report(folder: Path) -> Path:
    """A department's report to the province: the department's name and the report's title
    each merged over two rows, a header whose cells break their lines ("Thời hạn\nhoàn
    thành"), Roman-numeral group rows ("I.", "II.") between the tasks, dates as Excel serial
    numbers in General cells and as text, and a "Ghi chú" column of remarks."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    _title(ws, "A1:B2", "UBND TỈNH LẠNG SƠN\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ")
    _title(ws, "C1:H2", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO\n6 THÁNG ĐẦU NĂM 2024")
    _title(ws, "C3:H3", "(Kèm theo Báo cáo số 305/BC-SKHĐT ngày 02/8/2024)", bold=False)
    header = ["STT", "Nội dung\nnhiệm vụ", "Văn bản\ngiao nhiệm vụ", "Thời hạn\nhoàn thành",
              "Ngày\nhoàn thành", "Kết quả\nthực hiện", "Ghi chú", "Đơn vị\nphối hợp"]  # fmt: skip
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for col, text in enumerate(header, start=1):
        ws.cell(5, col, text).alignment = wrap
    groups = {"I": "NHIỆM VỤ THEO CHƯƠNG TRÌNH CÔNG TÁC", "II": "NHIỆM VỤ PHÁT SINH"}
    row, number, group = 6, 0, None
    for content, doc, deadline, done, result, note, grp in DEPARTMENT_ROWS:
        if grp != group:
            group = grp
            ws.cell(row, 1, f"{grp}.").font = Font(bold=True)
            ws.cell(row, 2, groups[grp]).font = Font(bold=True)
            row += 1
        number += 1
        values = [number, content, doc, deadline, done, result, note, "Sở Tài chính"]
        for col, value in enumerate(values, start=1):
            ws.cell(row, col, value)
        row += 1
    path = folder / "bao-cao-so-ke-hoach.xlsx"
    wb.save(path)
    return path


# Every wording of issue 18's list, with dates that agree with it except where noted.
STATUS_ROWS = [
    ("Nhiệm vụ một", D(2024, 5, 31), D(2024, 5, 20), "Đã hoàn thành đúng hạn"),
    ("Nhiệm vụ hai", D(2024, 5, 31), D(2024, 6, 20), "Hoàn thành quá hạn"),
    ("Nhiệm vụ ba", D(2024, 5, 31), D(2024, 5, 2), "Đã hoàn thành"),
    ("Nhiệm vụ bốn", D(2024, 12, 31), None, "Đang thực hiện trong hạn"),
    ("Nhiệm vụ năm", D(2024, 6, 30), None, "Chưa hoàn thành - quá hạn"),
    ("Nhiệm vụ sáu", None, None, "Thường xuyên"),
    ("Nhiệm vụ bảy", D(2024, 10, 31), None, "Tạm dừng"),
    ("Nhiệm vụ tám", D(2024, 6, 30), None, "Không thực hiện"),
    ("Nhiệm vụ chín", D(2024, 7, 15), D(2024, 7, 14), "Chờ xác nhận"),
    # The unit wrote "on time" for a completion after the deadline: the dates say late.
    ("Nhiệm vụ mười", D(2024, 3, 31), D(2024, 4, 10), "hoàn thành ĐÚNG HẠN"),
]

STATUS_EXPECTED = [S.HT_DUNG_HAN, S.HT_QUA_HAN, S.HT_DUNG_HAN, S.CHUA_HT_TRONG_HAN,
                   S.CHUA_HT_QUA_HAN, S.KHONG_THOI_HAN, S.CHUA_HT_TRONG_HAN, S.CHUA_HT_QUA_HAN,
                   S.HT_DUNG_HAN, S.HT_QUA_HAN]  # fmt: skip


def statuses_with_formulas(folder: Path) -> Path:
    """A status column in the tracker's words, and a deadline computed by a formula whose value
    Excel cached (the document date + 30 days)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Theo dõi"
    ws.append(["STT", "Nội dung", "Ngày văn bản", "Thời hạn", "Ngày hoàn thành", "Tình trạng"])
    ws.append(["(1)", "(2)", "(3)", "(4)=(3)+30", "(5)", "(6)"])
    cached = {}
    for i, (content, deadline, done, status) in enumerate(STATUS_ROWS):
        row = 3 + i
        doc_date = deadline - dt.timedelta(days=30) if deadline else None
        ws.append([i + 1, content, doc_date, None, done, status])
        ws.cell(row, 3).number_format = ws.cell(row, 5).number_format = "dd/mm/yyyy"
        if deadline is None:
            continue
        ws.cell(row, 4, f"=C{row}+30").number_format = "dd/mm/yyyy"
        cached[f"D{row}"] = str(serial(deadline))
    path = folder / "trang-thai.xlsx"
    wb.save(path)
    set_cached_values(path, cached)
    return path


def set_cached_values(path: Path, values: dict[str, str], sheet: int = 1) -> None:
    """Give formula cells the value Excel would have cached when saving (openpyxl writes none)."""
    member = f"xl/worksheets/sheet{sheet}.xml"
    temp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == member:
                xml = data.decode("utf-8")
                for ref, value in values.items():
                    xml = re.sub(
                        rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>\s*)<v\s*(/>|>\s*</v>)',
                        rf"\g<1><v>{value}</v>",
                        xml,
                    )
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    shutil.move(temp, path)


def with_bad_cells(folder: Path) -> Path:
    """A simple list whose row 5 has an impossible deadline (column D) and whose row 6 has a
    formula without a cached value (column E)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung nhiệm vụ", "Văn bản giao", "Thời hạn", "Ngày hoàn thành"])
    ws.append([1, "Nhiệm vụ đọc được", "01/KH-UBND", "31/3/2025", "20/3/2025"])
    ws.append([2, "Nhiệm vụ thứ hai đọc được", "01/KH-UBND", "30/4/2025", None])
    ws.append([3, "Nhiệm vụ thứ ba", "02/KH-UBND", "15/5/2025", None])
    ws.append([4, "Nhiệm vụ có thời hạn sai", "02/KH-UBND", "31/02/2025", None])
    ws.append([5, "Nhiệm vụ có công thức chưa tính", "02/KH-UBND", "30/6/2025", "=D6-1"])
    path = folder / "co-o-loi.xlsx"
    wb.save(path)
    return path


CSV_HEADER = ["STT", "Nội dung nhiệm vụ", "Văn bản giao", "Lãnh đạo giao", "Thời hạn",
              "Ngày hoàn thành", "Trạng thái"]  # fmt: skip
CSV_ROWS = [
    ["1", "Rà soát, công bố công khai danh mục thủ tục hành chính cấp huyện, cấp xã",
     "01/CTr-UBND ngày 05/01/2024", "UBND tỉnh", "31/5/2024", "20/5/2024", "Đã hoàn thành"],
    ["2", "Xây dựng phương án ứng phó thiên tai năm 2024; báo cáo \"4 tại chỗ\"",
     "01/CTr-UBND ngày 05/01/2024", "UBND tỉnh", "15/4/2024", "10/4/2024", "Hoàn thành đúng hạn"],
    ["3", "Giải quyết đơn kiến nghị của công dân thôn Khuổi Mây, xã Đồng Ý",
     "97/TB-UBND ngày 18/3/2024", "Chủ tịch UBND tỉnh", "31/7/2024", "",
     "Chưa hoàn thành, quá hạn"],
    ["4", "Hoàn thiện hồ sơ nông thôn mới nâng cao", "402/UBND-KT ngày 08/4/2024",
     "Phó Chủ tịch UBND tỉnh", "30/9/2024", "", "Đang thực hiện"],
    ["5", "Thường xuyên đôn đốc thu ngân sách", "01/CTr-UBND ngày 05/01/2024", "UBND tỉnh",
     "Không thời hạn", "", "Thường xuyên"],
]  # fmt: skip
CSV_EXPECTED = [
    S.HT_DUNG_HAN,
    S.HT_DUNG_HAN,
    S.CHUA_HT_QUA_HAN,
    S.CHUA_HT_TRONG_HAN,
    S.KHONG_THOI_HAN,
]


def csv_text(delimiter: str, rows: list[list[str]] = CSV_ROWS) -> str:
    """A title line, the header and *rows*, as Excel writes a CSV."""

    def quoted(cell: str) -> str:
        if any(ch in cell for ch in (delimiter, '"', "\n")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    lines = [["DANH MỤC NHIỆM VỤ NĂM 2024"] + [""] * 6, CSV_HEADER, *rows]
    return "\r\n".join(delimiter.join(quoted(c) for c in line) for line in lines) + "\r\n"


def to_windows_1258(text: str) -> bytes:
    """Text as Windows-1258 stores it: the letters it has (ô, ơ, ư, ă, â, ê, đ), tones as
    combining marks after them."""
    modifiers = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn: part of the letter
    out = bytearray()
    clusters = re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text), re.DOTALL)
    for cluster in clusters:
        base = unicodedata.normalize(
            "NFC", cluster[0] + "".join(m for m in cluster[1:] if m in modifiers)
        )
        tones = "".join(m for m in cluster[1:] if m not in modifiers)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def csv_files(folder: Path) -> dict[str, Path]:
    """The same list saved by Excel three ways."""
    files = {
        "utf-8-bom-comma": (codecs.BOM_UTF8 + csv_text(",").encode("utf-8")),
        "cp1258-semicolon": to_windows_1258(csv_text(";")),
        "utf-16-tab": csv_text("\t").encode("utf-16"),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"nhiem-vu-{name}.csv"
        path.write_bytes(data)
        paths[name] = path
    return paths
