"""The province-wide year summary: tasks per unit, recommendations to follow up, unit proposals.

Units are grouped by the kinds present (sở/ngành, huyện, xã) and sorted by their short place name
with Vietnamese collation. A unit inspected twice in a year counts once, with its latest
inspection: each inspection reviews the whole list of tasks assigned to the unit that year, so
adding them up would count the same tasks twice. Group subtotals and the grand total are
formulas over the unit rows; the unit rows hold the counts and rates as numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app import dto
from app.domain.collation import vn_sort_key
from app.domain.counts import TaskCounts, count_statuses
from app.domain.dates import inline_date
from app.domain.emphasis import plain_entry
from app.domain.errors import InputError
from app.domain.inspection_year import inspection_year
from app.domain.task_dates import counted
from app.domain.tasks import status_day, task_status
from app.exporters import xlsx_style as st
from app.exporters.inspection_tables import (
    deadline_text,
    followup_text,
    notice_reference,
    rate_value,
    recommendation_groups,
    roman,
)
from app.exporters.xlsx_text import apply_style, put_text
from app.notice.builder import entry_labels
from app.notice.issuer import profile_body
from app.notice.wording import authorities

SUMMARY_WIDTHS = (6, 30, 12, 25, 10, 10, 9, 9, 9, 9, 10, 11, 11)
FOLLOWUP_WIDTHS = (6, 24, 25, 6, 50, 24, 16, 22, 9)
PROPOSAL_WIDTHS = (6, 26, 52, 52, 25)
CHART_WIDTHS = (6, 34, 14)
UNIT_GROUPS = (
    ("so", "Các sở, ban, ngành"),
    ("huyen", "UBND các huyện, thành phố"),
    ("xa", "UBND các xã, phường"),
    ("khac", "Các cơ quan, đơn vị khác"),
)
NO_AGENCY = "Chưa ghi cơ quan xem xét"
CLOSED = (dto.FollowupStatus.DA_THUC_HIEN, dto.FollowupStatus.KHONG_THUC_HIEN_DUOC)
COUNT_COLUMNS = range(5, 12)  # total … no deadline


@dataclass(frozen=True)
class UnitRow:
    inspection: dto.InspectionData
    short_name: str
    counts: TaskCounts


def write_year_summary(
    year: int,
    inspections: list[dto.InspectionData],
    organizations: list[dto.OrganizationData],
    profile: dto.ProfileData,
    path: Path | str,
    today: dt.date | None = None,
) -> None:
    """Write the year summary of the kiểm tra inspections of *year* (inspection_year) to *path*.

    Inspections of another kind or year are left out; none left raises InputError. *today* is
    the day recommendations are judged overdue on (default: today).
    """
    chosen = [i for i in inspections if i.kind == dto.Kind.KIEM_TRA and inspection_year(i) == year]
    if not chosen:
        raise InputError(f"Năm {year} không có cuộc kiểm tra nào để tổng hợp.", field="year")
    orgs = {o.code: o for o in organizations}
    today = today or dt.date.today()
    groups = unit_groups(chosen, orgs)
    head = st.letterhead(profile.parent_organ, profile.issuing_organ)
    body = profile_body(profile)
    group = body.voice
    by_us = f"(Theo kết quả kiểm tra của {group} năm {year})"

    wb = st.new_workbook()
    ws = wb.create_sheet("Tổng hợp nhiệm vụ")
    title = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ {authorities(body).upper()} GIAO NĂM {year}"
    top = st.write_title_block(ws, head, SUMMARY_WIDTHS, [title], [by_us])
    _summary_table(ws, top, groups)

    ws = wb.create_sheet("Theo dõi kiến nghị")
    title = f"THEO DÕI THỰC HIỆN KIẾN NGHỊ CỦA {group.upper()} NĂM {year}"
    as_of = f"(Tình trạng thực hiện đến ngày {inline_date(today)})"
    top = st.write_title_block(ws, head, FOLLOWUP_WIDTHS, [title], [as_of])
    ordered = sorted(chosen, key=lambda i: _sort_key(i, orgs))
    _followup_table(ws, top, ordered, today, profile)

    ws = wb.create_sheet("Đề xuất của đơn vị")
    title = f"TỔNG HỢP ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ QUA KIỂM TRA NĂM {year}"
    top = st.write_title_block(ws, head, PROPOSAL_WIDTHS, [title], [by_us])
    _proposal_table(ws, top, ordered, group)

    _chart_sheet(wb.create_sheet("Biểu đồ"), groups, year)
    wb.save(path)


def unit_groups(
    inspections: list[dto.InspectionData], orgs: dict[str, dto.OrganizationData]
) -> list[tuple[str, list[UnitRow]]]:
    """(group heading, unit rows sorted by place name) for the kinds of units present."""
    latest: dict[str, dto.InspectionData] = {}
    for insp in sorted(inspections, key=lambda i: (_session_day(i), i.id or 0)):
        latest[insp.unit_code or insp.unit_name] = insp
    rows: dict[str, list[UnitRow]] = {}
    for insp in latest.values():
        org = orgs.get(insp.unit_code)
        statuses = [
            task_status(t, status_day(insp.cutoff_date, insp.date)).effective
            for t in counted(insp.tasks)
        ]
        row = UnitRow(insp, _short_name(insp, org), count_statuses(statuses))
        rows.setdefault(_group_key(org), []).append(row)
    return [
        (heading, sorted(rows[key], key=lambda r: _place_key(r.short_name)))
        for key, heading in UNIT_GROUPS
        if key in rows
    ]


def _short_name(insp: dto.InspectionData, org: dto.OrganizationData | None) -> str:
    return org.short_name if org and org.short_name else insp.unit_name


def _group_key(org: dto.OrganizationData | None) -> str:
    if org is None:
        return "khac"
    if org.level == "xa":
        return "xa"
    if org.level == "huyen":
        return "huyen"
    if org.level == "tinh" and org.type in ("so", "co_quan_chuyen_mon"):
        return "so"
    return "khac"


def _sort_key(insp: dto.InspectionData, orgs: dict[str, dto.OrganizationData]):
    place = _place_key(_short_name(insp, orgs.get(insp.unit_code)))
    return (place, _session_day(insp), insp.id or 0)


def _session_day(insp: dto.InspectionData) -> dt.date:
    """The session date, for ordering; an inspection not yet held comes after those held."""
    return insp.date or dt.date.max


@lru_cache(maxsize=4096)
def _place_key(name: str):
    return vn_sort_key(name)


# -- Tổng hợp nhiệm vụ ---------------------------------------------------------------------


def _summary_table(ws: Worksheet, top: int, groups: list[tuple[str, list[UnitRow]]]) -> None:
    st.set_widths(ws, SUMMARY_WIDTHS)
    for col, text in enumerate(
        ("STT", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Thông báo kết luận",
         "Tổng số nhiệm vụ"),
        start=1,
    ):  # fmt: skip
        st.header_cell(ws, top, col, text, rows=2)
    st.header_cell(ws, top, 6, "Đã hoàn thành", cols=3)
    st.header_cell(ws, top, 9, "Chưa hoàn thành", cols=2)
    for col, text in enumerate(("Tổng số", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"), 6):
        st.header_cell(ws, top + 1, col, text)
    for col, text in enumerate(
        ("Không có thời hạn", "Tỷ lệ hoàn thành (%)", "Tỷ lệ quá hạn (%)"), start=11
    ):
        st.header_cell(ws, top, col, text, rows=2)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    ws.row_dimensions[top + 1].height = 2 * st.LINE_HEIGHT + 4
    row = top + 2
    subtotal_rows = []
    for number, (heading, units) in enumerate(groups):
        group_row = row
        subtotal_rows.append(group_row)
        apply_style(ws.cell(row=row, column=1, value=roman(number + 1)), st.TOTAL_LABEL)
        st.text_block(ws, row, 2, heading, st.GROUP, 3)
        ws.row_dimensions[row].height = st.LINE_HEIGHT + 6
        for col in COUNT_COLUMNS:
            c = get_column_letter(col)
            _total_cell(ws, row, col, f"=SUM({c}{row + 1}:{c}{row + len(units)})")
        _rate_formulas(ws, row)
        for index, unit in enumerate(units, start=1):
            row += 1
            _unit_row(ws, row, index, unit)
        row += 1
    st.text_block(ws, row, 1, "Tổng cộng", st.TOTAL_LABEL, 4)
    for col in COUNT_COLUMNS:
        c = get_column_letter(col)
        _total_cell(ws, row, col, "=" + "+".join(f"{c}{r}" for r in subtotal_rows))
    _rate_formulas(ws, row)
    ws.row_dimensions[row].height = st.LINE_HEIGHT + 6
    st.setup_page(ws, (top, top + 1), f"C{top + 2}")


def _total_cell(ws: Worksheet, row: int, col: int, formula: str) -> None:
    cell = ws.cell(row=row, column=col, value=formula)
    apply_style(cell, st.TOTAL_COUNT)


def _rate_formulas(ws: Worksheet, row: int) -> None:
    """Completion rate (completed / total) and overdue rate (unfinished past deadline / total)."""
    for col, part in ((12, f"F{row}"), (13, f"J{row}")):
        cell = ws.cell(row=row, column=col, value=f"=IF(E{row}=0,0,ROUND({part}/E{row}*100,2))")
        apply_style(cell, st.TOTAL_RATE)


def _unit_row(ws: Worksheet, row: int, index: int, unit: UnitRow) -> None:
    insp, c = unit.inspection, unit.counts
    apply_style(ws.cell(row=row, column=1, value=index), st.CENTER)
    held = inline_date(insp.date) if insp.date else ""
    texts = {2: insp.unit_name, 3: held, 4: notice_reference(insp.notice)}
    for col, text in texts.items():
        put_text(ws, row, col, text, st.TEXT if col == 2 else st.CENTER)
    values = (
        c.total, c.completed, c.ht_dung_han, c.ht_qua_han,
        c.chua_ht_trong_han, c.chua_ht_qua_han, c.khong_thoi_han,
    )  # fmt: skip
    for col, value in zip(COUNT_COLUMNS, values, strict=True):
        apply_style(ws.cell(row=row, column=col, value=value), st.COUNT)
    for col, rate in ((12, c.completion_rate), (13, c.overdue_rate)):
        apply_style(ws.cell(row=row, column=col, value=rate_value(rate)), st.RATE)
    ws.row_dimensions[row].height = st.fit_height(
        [(text, SUMMARY_WIDTHS[col - 1]) for col, text in texts.items()]
    )


# -- Theo dõi kiến nghị --------------------------------------------------------------------


def is_overdue(entry: dto.EntryData, today: dt.date) -> bool:
    """Past its dated deadline and neither done nor declared impossible."""
    return bool(entry.deadline and entry.deadline < today and entry.followup_status not in CLOSED)


def _followup_table(ws, top, inspections, today: dt.date, profile: dto.ProfileData) -> None:
    st.set_widths(ws, FOLLOWUP_WIDTHS)
    headers = ("STT", "Đơn vị được kiểm tra", "Thông báo (số, ngày)", "Mục", "Nội dung kiến nghị",
               "Cơ quan thực hiện", "Thời hạn", "Tình trạng thực hiện", "Quá hạn")  # fmt: skip
    for col, text in enumerate(headers, start=1):
        st.header_cell(ws, top, col, text)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    row, number = top + 1, 0
    for insp in inspections:
        labels = entry_labels(insp, profile)
        for agency, entries in recommendation_groups(insp):
            for index, entry in entries:
                number += 1
                overdue = is_overdue(entry, today)
                texts = {
                    2: insp.unit_name,
                    3: notice_reference(insp.notice),
                    4: labels.get(index, ""),
                    5: entry.text,
                    6: agency,
                    7: deadline_text(entry.deadline, entry.deadline_text),
                    8: followup_text(entry),
                }
                apply_style(ws.cell(row=row, column=1, value=number), st.CENTER)
                for col, text in texts.items():
                    style = st.TEXT if col in (2, 5, 6, 8) else st.CENTER
                    put_text(ws, row, col, text, st.OVERDUE if overdue and col == 7 else style)
                mark = ws.cell(row=row, column=9, value="x" if overdue else None)
                apply_style(mark, st.OVERDUE if overdue else st.CENTER)
                ws.row_dimensions[row].height = st.fit_height(
                    [(text, FOLLOWUP_WIDTHS[col - 1]) for col, text in texts.items()]
                )
                row += 1
    if number == 0:
        st.text_block(ws, row, 1, "(Không có kiến nghị)", st.CENTER, len(FOLLOWUP_WIDTHS))
    else:
        ws.auto_filter.ref = f"A{top}:I{row - 1}"
    st.setup_page(ws, (top, top), f"A{top + 1}")


# -- Đề xuất của đơn vị --------------------------------------------------------------------


def _proposal_table(ws, top, inspections, group: str) -> None:
    st.set_widths(ws, PROPOSAL_WIDTHS)
    headers = ("STT", "Đơn vị đề xuất", "Nội dung đề xuất, kiến nghị", f"Ý kiến của {group}",
               "Thông báo (số, ngày)")  # fmt: skip
    for col, text in enumerate(headers, start=1):
        st.header_cell(ws, top, col, text)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    by_agency: dict[str, list[tuple[dto.InspectionData, dto.EntryData]]] = {}
    for insp in inspections:
        for entry in insp.section(dto.Section.PROPOSAL):
            entry = plain_entry(entry)
            by_agency.setdefault(entry.addressee.strip() or NO_AGENCY, []).append((insp, entry))
    agencies = sorted(by_agency, key=lambda a: (a == NO_AGENCY, _place_key(a)))
    row = top + 1
    for number, agency in enumerate(agencies):
        apply_style(ws.cell(row=row, column=1, value=roman(number + 1)), st.TOTAL_LABEL)
        st.text_block(ws, row, 2, agency, st.GROUP, len(PROPOSAL_WIDTHS) - 1)
        ws.row_dimensions[row].height = st.LINE_HEIGHT + 6
        row += 1
        for index, (insp, entry) in enumerate(by_agency[agency], start=1):
            texts = {
                2: insp.unit_name,
                3: entry.text,
                4: entry.response,
                5: notice_reference(insp.notice),
            }
            apply_style(ws.cell(row=row, column=1, value=index), st.CENTER)
            for col, text in texts.items():
                put_text(ws, row, col, text, st.CENTER if col == 5 else st.TEXT)
            ws.row_dimensions[row].height = st.fit_height(
                [(text, PROPOSAL_WIDTHS[col - 1]) for col, text in texts.items()]
            )
            row += 1
    if not agencies:
        st.text_block(ws, row, 1, "(Không có đề xuất)", st.CENTER, len(PROPOSAL_WIDTHS))
    st.setup_page(ws, (top, top), f"A{top + 1}")


# -- Biểu đồ -------------------------------------------------------------------------------


def _chart_sheet(ws: Worksheet, groups, year: int) -> None:
    """The completion rate of each unit as a table and a horizontal bar chart beside it."""
    st.set_widths(ws, CHART_WIDTHS)
    title = f"Tỷ lệ hoàn thành nhiệm vụ được giao năm {year} (%)"
    st.text_block(ws, 1, 1, title.upper(), st.TITLE, 12)
    ws.row_dimensions[1].height = 2 * st.LINE_HEIGHT + 6
    for col, text in enumerate(("STT", "Đơn vị", "Tỷ lệ hoàn thành (%)"), start=1):
        st.header_cell(ws, 3, col, text)
    ws.row_dimensions[3].height = 2 * st.LINE_HEIGHT + 4
    row = 4
    for _, units in groups:
        for unit in units:
            apply_style(ws.cell(row=row, column=1, value=row - 3), st.CENTER)
            put_text(ws, row, 2, unit.short_name, st.TEXT)
            cell = ws.cell(row=row, column=3, value=rate_value(unit.counts.completion_rate))
            apply_style(cell, st.RATE)
            ws.row_dimensions[row].height = st.fit_height([(unit.short_name, CHART_WIDTHS[1])])
            row += 1
    chart = BarChart()
    chart.type = "bar"
    chart.style = 2
    chart.title = st.chart_title(title)
    chart.legend = None
    chart.add_data(Reference(ws, min_col=3, min_row=3, max_row=row - 1), titles_from_data=True)
    names = Reference(ws, min_col=2, min_row=4, max_row=row - 1)
    chart.series[0].cat = AxDataSource(strRef=StrRef(f=str(names)))  # text labels, not numbers
    chart.dataLabels = DataLabelList(
        showVal=True, showCatName=False, showSerName=False, showLegendKey=False,
        showPercent=False, txPr=st.chart_text(1000),
    )  # fmt: skip
    st.style_bar_axes(chart, maximum=100)
    chart.width = 18
    chart.height = min(120.0, max(8.0, 0.7 * (row - 4) + 3))  # cm; a page is about 19
    ws.add_chart(chart, "E3")
    st.setup_page(ws, (3, 3), "A4")
