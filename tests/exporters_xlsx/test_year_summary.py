"""The province-wide year summary of the fictional 2024 inspections, reopened with openpyxl."""

import dataclasses
import datetime as dt
import zipfile

import openpyxl
import pytest

from app import dto
from app.domain.errors import InputError
from app.exporters.year_summary import write_year_summary
from tests.exporters_xlsx.conftest import (
    TODAY,
    YEAR_END,
    by_unit,
    filled_cells,
    inspections,
    organizations,
    recalculated,
    row_of,
)

SHEETS = ["Tổng hợp nhiệm vụ", "Theo dõi kiến nghị", "Đề xuất của đơn vị", "Biểu đồ"]
ORDER = ["UBND thành phố Đồi Thông", "UBND huyện Khe Đá", "UBND huyện Mây Xanh"]
COUNT_KEYS = ("total", "HT_DUNG_HAN", "HT_QUA_HAN", "CHUA_HT_TRONG_HAN", "CHUA_HT_QUA_HAN",
              "KHONG_THOI_HAN")  # fmt: skip
# columns of the counts in the summary sheet, in COUNT_KEYS order
COUNT_COLS = ("E", "G", "H", "I", "J", "K")


def summary(tmp_path, items=None, orgs=None, profile=None, name="y.xlsx"):
    path = tmp_path / name
    write_year_summary(
        2024,
        inspections() if items is None else items,
        organizations() if orgs is None else orgs,
        profile or dto.ProfileData(),
        path,
        today=TODAY,
    )
    return path, openpyxl.load_workbook(path)


@pytest.fixture
def year(tmp_path):
    return summary(tmp_path)


def unit_rows(ws):
    first = row_of(ws, 1, "STT") + 2
    return [r for r in range(first, ws.max_row + 1) if isinstance(ws[f"A{r}"].value, int)]


def test_sheets(year):
    assert year[1].sheetnames == SHEETS


def test_units_sorted_by_place_name_with_vietnamese_collation(year):
    ws = year[1]["Tổng hợp nhiệm vụ"]
    assert [ws[f"B{r}"].value for r in unit_rows(ws)] == ORDER
    assert [ws[f"A{r}"].value for r in unit_rows(ws)] == [1, 2, 3]


def test_unit_rows_hold_the_expected_counts_and_rates(year):
    ws = year[1]["Tổng hợp nhiệm vụ"]
    expected = {row["unit"]: row for row in YEAR_END["rows"]}
    codes = ["ORG-DOITHONG", "ORG-KHEDA", "ORG-MAYXANH"]
    for r, code in zip(unit_rows(ws), codes, strict=True):
        want = expected[code]
        assert [ws[f"{c}{r}"].value for c in COUNT_COLS] == [want[k] for k in COUNT_KEYS]
        assert ws[f"F{r}"].value == want["HT_DUNG_HAN"] + want["HT_QUA_HAN"]
        rate = ws[f"L{r}"]
        assert f"{rate.value:.2f}".replace(".", ",") == want["completion_rate"]
        assert isinstance(rate.value, int | float) and rate.number_format == "0.00"
    r = unit_rows(ws)[0]
    assert ws[f"C{r}"].value == "08/10/2024"
    assert ws[f"D{r}"].value == "49/TB-TCT ngày 09/10/2024"
    assert ws[f"M{r}"].value == pytest.approx(25.0)


def test_group_heading_with_subtotal_formulas_and_grand_total(year):
    ws = year[1]["Tổng hợp nhiệm vụ"]
    group = row_of(ws, 2, "UBND các huyện, thành phố")
    assert ws[f"A{group}"].value == "I"
    rows = unit_rows(ws)
    assert ws[f"E{group}"].value == f"=SUM(E{rows[0]}:E{rows[-1]})"
    total = row_of(ws, 1, "Tổng cộng")
    assert ws[f"E{total}"].value == f"=E{group}"
    assert ws[f"L{total}"].value == f"=IF(E{total}=0,0,ROUND(F{total}/E{total}*100,2))"
    assert ws[f"M{total}"].value == f"=IF(E{total}=0,0,ROUND(J{total}/E{total}*100,2))"
    assert ws[f"L{total}"].number_format == "0.00"
    assert year[1].calculation.fullCalcOnLoad is True


def test_summary_header_is_two_level(year):
    ws = year[1]["Tổng hợp nhiệm vụ"]
    top = row_of(ws, 1, "STT")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"F{top}:H{top}" in merged and ws[f"F{top}"].value == "Đã hoàn thành"
    assert f"I{top}:J{top}" in merged and ws[f"I{top}"].value == "Chưa hoàn thành"
    assert [ws[f"{c}{top + 1}"].value for c in "FGHIJ"] == [
        "Tổng số", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn",
    ]  # fmt: skip
    assert ws[f"L{top}"].value == "Tỷ lệ hoàn thành (%)"
    assert ws[f"M{top}"].value == "Tỷ lệ quá hạn (%)"
    assert f"L{top}:L{top + 1}" in merged


def with_unit(code, name, short, level, type_, day):
    org = dto.OrganizationData(code=code, name=name, short_name=short, level=level, type=type_)
    insp = dataclasses.replace(
        by_unit("ORG-KHEDA"), unit_code=code, unit_name=name, date=day, uuid=code
    )
    return org, insp


def test_groups_present_are_numbered_without_gaps(tmp_path):
    so, so_insp = with_unit("S", "Sở Tư pháp", "Tư pháp", "tinh", "so", dt.date(2024, 5, 2))
    _, wb = summary(tmp_path, inspections() + [so_insp], organizations() + [so])
    ws = wb["Tổng hợp nhiệm vụ"]
    assert ws[f"A{row_of(ws, 2, 'Các sở, ban, ngành')}"].value == "I"
    assert ws[f"A{row_of(ws, 2, 'UBND các huyện, thành phố')}"].value == "II"
    total = row_of(ws, 1, "Tổng cộng")
    groups = [row_of(ws, 2, "Các sở, ban, ngành"), row_of(ws, 2, "UBND các huyện, thành phố")]
    assert ws[f"E{total}"].value == f"=E{groups[0]}+E{groups[1]}"


def test_communes_after_the_2025_reform(tmp_path):
    org, insp = with_unit("X", "UBND xã Nà Mây", "Nà Mây", "xa", "ubnd", dt.date(2024, 9, 9))
    _, wb = summary(tmp_path, [insp], [org])
    ws = wb["Tổng hợp nhiệm vụ"]
    assert ws[f"A{row_of(ws, 2, 'UBND các xã, phường')}"].value == "I"
    assert not any(c.value == "UBND các huyện, thành phố" for _, c in filled_cells(wb))


def test_a_unit_inspected_twice_counts_once_with_its_latest_inspection(tmp_path):
    later = dataclasses.replace(by_unit("ORG-KHEDA"), date=dt.date(2024, 12, 20), uuid="later")
    later.tasks = later.tasks[:2]
    _, wb = summary(tmp_path, inspections() + [later])
    ws = wb["Tổng hợp nhiệm vụ"]
    row = row_of(ws, 2, "UBND huyện Khe Đá")
    assert ws[f"E{row}"].value == 2 and ws[f"C{row}"].value == "20/12/2024"
    assert len(unit_rows(ws)) == 3


def test_other_kinds_and_years_are_left_out(tmp_path):
    meeting = dataclasses.replace(by_unit("ORG-KHEDA"), kind=dto.Kind.HOP, uuid="m")
    old = dataclasses.replace(by_unit("ORG-MAYXANH"), date=dt.date(2023, 8, 1), year=2023, uuid="o")
    with pytest.raises(InputError, match="2024"):
        summary(tmp_path, [meeting, old])
    assert not (tmp_path / "y.xlsx").exists()


def test_every_recommendation_of_the_year_is_followed_up(year):
    ws = year[1]["Theo dõi kiến nghị"]
    top = row_of(ws, 1, "STT")
    assert [ws.cell(row=top, column=c).value for c in range(1, 10)] == [
        "STT", "Đơn vị được kiểm tra", "Thông báo (số, ngày)", "Mục", "Nội dung kiến nghị",
        "Cơ quan thực hiện", "Thời hạn", "Tình trạng thực hiện", "Quá hạn",
    ]  # fmt: skip
    rows = range(top + 1, ws.max_row + 1)
    assert len(rows) == 8 + 5 + 9
    units = [ws[f"B{r}"].value for r in rows]
    assert units == [ORDER[0]] * 9 + [ORDER[1]] * 5 + [ORDER[2]] * 8
    first = top + 1
    assert ws[f"C{first}"].value == "49/TB-TCT ngày 09/10/2024" and ws[f"D{first}"].value == "a)"
    overdue = [ws[f"E{r}"].value[:40] for r in rows if ws[f"I{r}"].value == "x"]
    assert overdue == [
        "Khẩn trương hoàn thành 02 nhiệm vụ quá h",
        "Tham mưu văn bản chỉ đạo các cơ quan, đơ",
        "Khẩn trương hoàn thành nhiệm vụ giải quy",
    ]
    marked = row_of(ws, 5, ws[f"E{first}"].value)
    assert ws[f"I{marked}"].font.color.rgb.endswith("C00000")
    assert ws.auto_filter.ref == f"A{top}:I{ws.max_row}"


def test_done_recommendations_are_not_overdue(tmp_path):
    items = inspections()
    for insp in items:
        for entry in insp.section(dto.Section.RECOMMENDATION):
            entry.followup_status = dto.FollowupStatus.DA_THUC_HIEN
    _, wb = summary(tmp_path, items)
    ws = wb["Theo dõi kiến nghị"]
    assert not [c for c in ws["I"] if c.value == "x"]
    assert ws[f"H{row_of(ws, 1, 1)}"].value == "Đã thực hiện"


def test_proposals_grouped_by_the_agency_responsible(year):
    ws = year[1]["Đề xuất của đơn vị"]
    top = row_of(ws, 1, "STT")
    column_a = [ws[f"A{r}"].value for r in range(top + 1, ws.max_row + 1)]
    assert column_a == ["I", 1, 2, 3, 4, 5, "II", 1]
    assert ws[f"B{top + 1}"].value == "UBND tỉnh"
    assert ws[f"B{top + 7}"].value == "Văn phòng UBND tỉnh"
    assert ws[f"C{top + 8}"].value.startswith("Đề nghị hướng dẫn quy trình số hóa")
    assert ws[f"D{top + 8}"].value.startswith("Đã được đại diện Văn phòng UBND tỉnh")
    assert ws[f"E{top + 8}"].value == "49/TB-TCT ngày 09/10/2024"


def test_bar_chart_of_completion_rates(year):
    path, wb = year
    ws = wb["Biểu đồ"]
    assert [ws[f"B{r}"].value for r in (4, 5, 6)] == ["Đồi Thông", "Khe Đá", "Mây Xanh"]
    assert [ws[f"C{r}"].value for r in (4, 5, 6)] == [75.0, 77.78, 83.33]
    (chart,) = ws._charts
    assert chart.tagname == "barChart" and chart.type == "bar"
    (series,) = chart.series
    assert series.val.numRef.f == "'Biểu đồ'!$C$4:$C$6"
    assert series.cat.strRef.f == "'Biểu đồ'!$B$4:$B$6"
    assert chart.dataLabels.showVal and not chart.dataLabels.showCatName
    with zipfile.ZipFile(path) as z:
        (name,) = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = z.read(name).decode()
    assert 'typeface="Times New Roman"' in xml


def test_title_block_and_fonts(year):
    wb = year[1]
    for name in SHEETS[:3]:
        ws = wb[name]
        assert ws["A1"].value == "UBND TỈNH LẠNG SƠN"
        assert any(
            ws.cell(row=1, column=c).value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            for c in range(2, 14)
        )
    ws = wb["Tổng hợp nhiệm vụ"]
    assert ws["A4"].value == (
        "TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ UBND TỈNH, CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH "
        "GIAO NĂM 2024"
    )
    assert ws["A4"].font.b and ws["A4"].font.sz == 14
    assert {cell.font.name for _, cell in filled_cells(wb)} == {"Times New Roman"}


@pytest.mark.parametrize("sheet", SHEETS)
def test_print_setup(year, sheet):
    ws = year[1][sheet]
    top = row_of(ws, 1, "STT")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    last = top + 1 if sheet == "Tổng hợp nhiệm vụ" else top
    assert ws.print_title_rows == f"${top}:${last}"
    assert ws.freeze_panes.endswith(str(last + 1))


def test_totals_after_recalculation_in_libreoffice(year, tmp_path):
    path, _ = year
    ws = openpyxl.load_workbook(recalculated(path, tmp_path / "lo"), data_only=True)[SHEETS[0]]
    total = row_of(ws, 1, "Tổng cộng")
    want = YEAR_END["total"]
    assert [ws[f"{c}{total}"].value for c in COUNT_COLS] == [want[k] for k in COUNT_KEYS]
    assert ws[f"F{total}"].value == want["completed"] == 23
    assert f"{ws[f'L{total}'].value:.2f}" == want["completion_rate"].replace(",", ".")
    assert f"{ws[f'M{total}'].value:.2f}" == want["overdue_rate"].replace(",", ".")
    group = row_of(ws, 2, "UBND các huyện, thành phố")
    assert ws[f"E{group}"].value == 29 and ws[f"L{group}"].value == pytest.approx(79.31)


def test_a_unit_without_tasks_has_no_rate(tmp_path):
    empty = dataclasses.replace(by_unit("ORG-KHEDA"), tasks=[])
    _, wb = summary(tmp_path, [empty])
    ws = wb["Tổng hợp nhiệm vụ"]
    row = row_of(ws, 2, "UBND huyện Khe Đá")
    assert ws[f"E{row}"].value == 0
    assert ws[f"L{row}"].value is None and ws[f"M{row}"].value is None


def test_rows_are_tall_enough_for_their_text(tmp_path):
    items = inspections()
    rec = items[0].section(dto.Section.RECOMMENDATION)[0]
    rec.text = "Nội dung rất dài của kiến nghị " * 30
    _, wb = summary(tmp_path, items)
    ws = wb["Theo dõi kiến nghị"]
    long_row = row_of(ws, 5, rec.text)
    short_row = row_of(ws, 5, items[0].section(dto.Section.RECOMMENDATION)[1].text)
    assert ws.row_dimensions[long_row].height >= 4 * ws.row_dimensions[short_row].height
