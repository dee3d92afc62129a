"""The appendix workbook of one inspection, reopened with openpyxl."""

import dataclasses
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from app import dto
from app.exporters.inspection_tables import (
    notice_reference,
    roman,
    write_inspection_tables,
)
from app.exporters.xlsx_text import CUT_MARK
from tests.exporters_xlsx.conftest import (
    by_unit,
    filled_cells,
    recalculated,
    row_of,
)

SHEETS = ["Phụ lục nhiệm vụ", "Chỉ tiêu", "Kiến nghị", "Đề xuất của đơn vị"]
MARK_COLUMNS = {"G": "HT_DUNG_HAN", "H": "HT_QUA_HAN", "I": "CHUA_HT_TRONG_HAN",
                "J": "CHUA_HT_QUA_HAN", "K": "KHONG_THOI_HAN"}  # fmt: skip


def written(tmp_path, inspection, profile, name="t.xlsx"):
    path = tmp_path / name
    write_inspection_tables(inspection, profile, path)
    return path, openpyxl.load_workbook(path)


@pytest.fixture
def may_xanh(tmp_path, profile):
    return written(tmp_path, by_unit("ORG-MAYXANH"), profile)


def test_sheets_in_order(may_xanh):
    assert may_xanh[1].sheetnames == SHEETS


def test_title_block_letterhead_title_and_notice_reference(may_xanh):
    ws = may_xanh[1]["Phụ lục nhiệm vụ"]
    assert ws["A1"].value == "UBND TỈNH LẠNG SƠN"
    assert ws["A2"].value == "TỔ CÔNG TÁC" and ws["A2"].font.b
    right = ws.cell(row=1, column=5)
    assert right.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and right.font.b
    assert ws.cell(row=2, column=5).value == "Độc lập - Tự do - Hạnh phúc"
    values = [ws.cell(row=r, column=1).value for r in range(3, 9)]
    assert "Phụ lục I" in values
    assert (
        "DANH MỤC NHIỆM VỤ UBND TỈNH, CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH GIAO "
        "UBND HUYỆN MÂY XANH NĂM 2024" in values
    )
    assert "(Tính đến ngày 16/8/2024)" in values
    assert (
        "(Kèm theo Thông báo số 41/TB-TCT ngày 21/8/2024 của Tổ công tác của Chủ tịch UBND tỉnh)"
    ) in values


def test_letterhead_comes_from_the_profile(tmp_path):
    profile = dto.ProfileData(
        parent_organ="UBND TỈNH CAO BẰNG", issuing_organ="ĐOÀN KIỂM TRA", group_name="Đoàn kiểm tra"
    )
    _, wb = written(tmp_path, by_unit("ORG-MAYXANH"), profile)
    ws = wb["Kiến nghị"]
    assert (ws["A1"].value, ws["A2"].value) == ("UBND TỈNH CAO BẰNG", "ĐOÀN KIỂM TRA")
    assert any("của Đoàn kiểm tra)" in str(ws.cell(row=r, column=1).value) for r in range(3, 9))


def test_a_draft_refers_to_the_notice_with_blanks_as_the_notice_appendix_does(tmp_path, profile):
    from app.notice.builder import build_notice

    draft = by_unit("ORG-MAYXANH")
    draft.notice.issued = False
    _, wb = written(tmp_path, draft, profile)
    references = {str(c.value) for _, c in filled_cells(wb) if "Kèm theo" in str(c.value)}
    assert references == {
        "(Kèm theo Thông báo số      /TB-TCT ngày      /8/2024 "
        "của Tổ công tác của Chủ tịch UBND tỉnh)"
    }
    appendix = build_notice(draft, profile, appendix=True).appendix
    assert references == {appendix.reference}
    titles = {str(c.value) for _, c in filled_cells(wb) if str(c.value).startswith("DANH MỤC")}
    assert appendix.title in titles  # one function gives both titles


def test_task_header_is_two_level_and_merged(may_xanh):
    ws = may_xanh[1]["Phụ lục nhiệm vụ"]
    top = row_of(ws, 1, "STT")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"G{top}:H{top}" in merged and ws[f"G{top}"].value == "Đã hoàn thành"
    assert f"I{top}:J{top}" in merged and ws[f"I{top}"].value == "Chưa hoàn thành"
    for col in "ABCDEFKL":
        assert f"{col}{top}:{col}{top + 1}" in merged
    sub = [ws[f"{c}{top + 1}"].value for c in "GHIJ"]
    assert sub == ["Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"]
    assert ws[f"K{top}"].value == "Không có thời hạn"
    assert ws[f"C{top}"].value == "Nội dung nhiệm vụ" and ws[f"L{top}"].value == "Ghi chú"
    assert ws[f"G{top}"].alignment.wrap_text and ws[f"G{top}"].font.b
    assert ws[f"H{top}"].border.right.style == "thin"  # whole borders on merged blocks


def test_marks_follow_the_effective_status(may_xanh):
    ws = may_xanh[1]["Phụ lục nhiệm vụ"]
    first = row_of(ws, 1, 1)
    rows = range(first, first + 12)
    counts = {col: sum(ws[f"{col}{r}"].value == "x" for r in rows) for col in MARK_COLUMNS}
    assert counts == {"G": 9, "H": 1, "I": 1, "J": 1, "K": 0}
    assert all(sum(ws[f"{c}{r}"].value == "x" for c in MARK_COLUMNS) == 1 for r in rows)
    late = row_of(ws, 3, "Hoàn thành bồi thường, giải phóng mặt bằng dự án Đường nối trung tâm "
                         "huyện (giai đoạn 1)")  # fmt: skip
    assert ws[f"H{late}"].value == "x"
    assert ws[f"B{late}"].value == "88/TB-UBND ngày 12/3/2024"
    assert ws[f"D{late}"].value == "Phó Chủ tịch UBND tỉnh"
    assert ws[f"E{late}"].value == "30/6/2024"
    assert ws[f"F{late}"].value == "Hoàn thành ngày 12/7/2024"


def test_totals_are_formulas_over_the_mark_columns(may_xanh):
    wb = may_xanh[1]
    ws = wb["Phụ lục nhiệm vụ"]
    first = row_of(ws, 1, 1)
    last = first + 11
    total = row_of(ws, 1, "Tổng cộng")
    assert total == last + 1
    assert ws[f"F{total}"].value == f"=COUNT(A{first}:A{last})"
    for col in MARK_COLUMNS:
        assert ws[f"{col}{total}"].value == f"=COUNTA({col}{first}:{col}{last})"
    rate = ws[f"F{total + 1}"]
    assert rate.value.startswith("=") and f"G{total}+H{total}" in rate.value
    assert rate.number_format == "0.00"
    assert wb.calculation.fullCalcOnLoad is True


def test_no_deadline_and_override_reason(tmp_path, profile):
    insp = by_unit("ORG-KHEDA")
    insp.tasks[0].status_override = "HT_QUA_HAN"
    insp.tasks[0].override_reason = "Đơn vị báo cáo chậm"
    _, wb = written(tmp_path, insp, profile)
    ws = wb["Phụ lục nhiệm vụ"]
    first = row_of(ws, 1, 1)
    assert ws[f"H{first}"].value == "x" and ws[f"G{first}"].value is None
    assert "Đơn vị báo cáo chậm" in ws[f"L{first}"].value
    regular = row_of(ws, 5, "thường xuyên")
    assert ws[f"K{regular}"].value == "x"


def test_indicators_are_numbers_with_their_formats(tmp_path, profile):
    _, wb = written(tmp_path, by_unit("ORG-MAYXANH"), profile)
    ws = wb["Chỉ tiêu"]
    top = row_of(ws, 1, "STT")
    assert ws[f"E{top}"].value == "Thực hiện"
    assert ws[f"F{top}"].value == "Số liệu đến ngày"
    row = row_of(ws, 2, "Thu ngân sách nhà nước trên địa bàn")
    assert ws[f"C{row}"].value == "tỷ đồng"
    assert ws[f"D{row}"].value == pytest.approx(152.5)
    assert ws[f"E{row}"].value == pytest.approx(98.7)
    assert ws[f"E{row}"].number_format == '"hơn "#,##0.0'
    assert ws[f"F{row}"].value == "31/7/2024"
    assert ws[f"G{row}"].value == pytest.approx(64.75)
    assert ws[f"G{row}"].number_format == "0.00"
    assert "dự toán giao" in ws[f"H{row}"].value
    computed = row_of(ws, 2, "Giải ngân vốn đầu tư công")
    assert ws[f"G{computed}"].value == pytest.approx(38.9)


def test_each_indicator_is_dated_by_its_own_as_of_date(tmp_path, profile):
    """Issue 11.6: one report's figures are of different days; the table says each one's."""
    insp = by_unit("ORG-MAYXANH")
    insp.indicators[0].as_of = dt.date(2024, 6, 30)
    insp.indicators[1].as_of = dt.date(2024, 7, 31)
    insp.indicators[2].as_of = None  # then the data cut-off
    _, wb = written(tmp_path, insp, profile)
    ws = wb["Chỉ tiêu"]
    first = row_of(ws, 1, 1)
    dates = [ws[f"F{first + i}"].value for i in range(3)]
    assert dates == ["30/6/2024", "31/7/2024", "16/8/2024"]
    assert ws[f"E{row_of(ws, 1, 'STT')}"].value == "Thực hiện"  # no one date for the column


def test_percent_indicators_are_not_divided(tmp_path, profile):
    _, wb = written(tmp_path, by_unit("ORG-DOITHONG"), profile)
    ws = wb["Chỉ tiêu"]
    row = row_of(ws, 2, "Số hóa hồ sơ, kết quả giải quyết TTHC")
    assert ws[f"G{row}"].value is None
    count = row_of(ws, 2, "Cập nhật hồ sơ giải quyết TTHC cấp xã lên Hệ thống thông tin giải "
                          "quyết TTHC")  # fmt: skip
    assert ws[f"D{count}"].value == 21340 and ws[f"D{count}"].number_format == "#,##0"
    assert ws[f"G{count}"].value == pytest.approx(89.15)


def test_recommendations_are_lettered_per_group(tmp_path, profile):
    _, wb = written(tmp_path, by_unit("ORG-DOITHONG"), profile)
    ws = wb["Kiến nghị"]
    top = row_of(ws, 1, "Mục")
    assert [ws.cell(row=top, column=c).value for c in range(1, 7)] == [
        "Mục", "Nội dung", "Cơ quan thực hiện", "Tiêu chí", "Thời hạn", "Tình trạng thực hiện",
    ]  # fmt: skip
    column_a = [ws.cell(row=r, column=1).value for r in range(top + 1, ws.max_row + 1)]
    assert column_a == [
        "1. UBND thành phố Đồi Thông",
        "a)",
        "b)",
        "c)",
        "d)",
        "2. Văn phòng HĐND và UBND thành phố",
        "a)",
        "b)",
        "3. Phòng Tài chính - Kế hoạch",
        "a)",
        "b)",
        "4. Phòng Nội vụ",
        None,
    ]  # fmt: skip (a single item: no letter, as in the notice)
    heading = row_of(ws, 1, "2. Văn phòng HĐND và UBND thành phố")
    assert f"A{heading}:F{heading}" in {str(r) for r in ws.merged_cells.ranges}
    item = heading + 1
    assert ws[f"C{item}"].value == "Văn phòng HĐND và UBND thành phố"
    assert ws[f"D{item}"].value.startswith("Tiêu chí 7.3.1. Cập nhật hồ sơ")
    assert ws[f"E{item}"].value == "chậm nhất ngày 31/10/2024"
    assert ws[f"B{item}"].value.startswith("Theo Báo cáo số 512/BC-VP")


def test_letters_continue_past_g(tmp_path, profile):
    _, wb = written(tmp_path, by_unit("ORG-MAYXANH"), profile)
    ws = wb["Kiến nghị"]
    top = row_of(ws, 1, "Mục")
    letters = [ws.cell(row=r, column=1).value for r in range(top + 1, top + 9)]
    assert letters == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"]
    b = top + 2
    assert ws[f"C{b}"].value == "UBND huyện Mây Xanh"
    assert ws[f"E{b}"].value == "trước ngày 15/9/2024"


def test_followup_status_is_shown(tmp_path, profile):
    insp = by_unit("ORG-KHEDA")
    rec = insp.section(dto.Section.RECOMMENDATION)[1]
    rec.followup_status = dto.FollowupStatus.DANG_THUC_HIEN
    rec.followup_note = "Đã giải ngân 80%"
    _, wb = written(tmp_path, insp, profile)
    ws = wb["Kiến nghị"]
    row = row_of(ws, 1, "b)")
    assert ws[f"F{row}"].value == "Đang thực hiện: Đã giải ngân 80%"


def test_proposals_with_the_groups_answer(tmp_path, profile):
    _, wb = written(tmp_path, by_unit("ORG-MAYXANH"), profile)
    ws = wb["Đề xuất của đơn vị"]
    top = row_of(ws, 1, "STT")
    assert ws.cell(row=top, column=4).value == "Ý kiến của Tổ Công tác"
    assert ws[f"B{top + 1}"].value.startswith("Đề nghị bổ sung biên chế sự nghiệp")
    assert ws[f"D{top + 1}"].value.startswith("Tổ công tác tiếp thu; trước mắt")
    assert ws[f"C{top + 2}"].value == "UBND tỉnh"


def test_an_empty_inspection_still_gives_valid_tables(tmp_path, profile):
    empty = dto.InspectionData(uuid="u", unit_name="Sở Tư pháp", date=dt.date(2024, 3, 1))
    _, wb = written(tmp_path, empty, profile)
    ws = wb["Phụ lục nhiệm vụ"]
    total = row_of(ws, 1, "Tổng cộng")
    assert ws[f"A{total - 1}"].value == "(Không có nhiệm vụ)"
    assert ws[f"F{total}"].value == f"=COUNT(A{total - 1}:A{total - 1})"
    for name in SHEETS[1:]:
        assert any(
            str(c.value).startswith("(Không có") for _, c in filled_cells(wb) if _ is wb[name]
        )


def test_text_longer_than_a_cell_is_cut_with_a_mark(tmp_path, profile):
    insp = by_unit("ORG-KHEDA")
    insp.tasks[0].result = "Kết quả " * 6000
    _, wb = written(tmp_path, insp, profile)
    ws = wb["Phụ lục nhiệm vụ"]
    value = ws[f"F{row_of(ws, 1, 1)}"].value
    assert len(value) == 32_767 and value.endswith(CUT_MARK)


def test_times_new_roman_everywhere(may_xanh):
    wb = may_xanh[1]
    fonts = {cell.font.name for _, cell in filled_cells(wb)}
    assert fonts == {"Times New Roman"}


@pytest.mark.parametrize("sheet", SHEETS)
def test_print_setup(may_xanh, sheet):
    ws = may_xanh[1][sheet]
    top = row_of(ws, 1, "STT" if sheet != "Kiến nghị" else "Mục")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    last_header = top + 1 if sheet == "Phụ lục nhiệm vụ" else top
    assert ws.print_title_rows == f"${top}:${last_header}"
    assert ws.freeze_panes == f"A{last_header + 1}"


def test_decimal_values_keep_their_digits(tmp_path, profile):
    insp = by_unit("ORG-KHEDA")
    insp.indicators = [dto.IndicatorData(name="Trồng rừng", unit="ha", target=Decimal("1250"),
                                         actual=Decimal("1250.50"))]  # fmt: skip
    _, wb = written(tmp_path, insp, profile)
    ws = wb["Chỉ tiêu"]
    row = row_of(ws, 2, "Trồng rừng")
    assert ws[f"E{row}"].number_format == "#,##0.0"
    assert ws[f"G{row}"].value == pytest.approx(100.04)


def test_totals_after_recalculation_in_libreoffice(tmp_path, profile):
    path, _ = written(tmp_path, by_unit("ORG-MAYXANH"), profile)
    ws = openpyxl.load_workbook(recalculated(path, tmp_path / "lo"), data_only=True)[SHEETS[0]]
    total = row_of(ws, 1, "Tổng cộng")
    assert [ws[f"{c}{total}"].value for c in "FGHIJK"] == [12, 9, 1, 1, 1, 0]
    assert ws[f"F{total + 1}"].value == pytest.approx(83.33)


def test_wording_helpers():
    notice = dto.NoticeData(number="5", issued=True, date=dt.date(2024, 1, 5))
    assert notice_reference(notice) == "05/TB-TCT ngày 05/01/2024"
    assert notice_reference(dataclasses.replace(notice, issued=False)) == ""
    assert [roman(n) for n in (1, 2, 4, 9, 14)] == ["I", "II", "IV", "IX", "XIV"]


def test_meeting_notice_letterhead_and_reference(tmp_path, profile):
    meeting = by_unit("ORG-KHEDA")
    meeting.kind = dto.Kind.HOP
    meeting.notice.organ_parent = ""
    meeting.notice.organ_issuing = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"
    meeting.notice.doc_type, meeting.notice.issuer_code = "TB", "UBND"
    _, wb = written(tmp_path, meeting, profile)
    ws = wb["Phụ lục nhiệm vụ"]
    assert [ws["A1"].value, ws["A2"].value] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert ws["A1"].font.b and ws["A2"].font.b
    texts = [ws.cell(row=r, column=1).value for r in range(3, 9)]
    assert "(Kèm theo Thông báo số 57/TB-UBND ngày 15/11/2024 của UBND tỉnh)" in texts
