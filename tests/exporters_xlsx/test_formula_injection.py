"""No cell built from user text is ever a formula, in either workbook."""

import datetime as dt
import re
from decimal import Decimal

import openpyxl
import pytest

from app import dto
from app.exporters.inspection_tables import write_inspection_tables
from app.exporters.year_summary import write_year_summary
from tests.exporters_xlsx.conftest import TODAY, filled_cells, recalculated

PAYLOADS = (
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1",
    "@SUM(A1)",
    "=cmd|' /C calc'!A0",
    "-2+3",
)
# the only formulas the exporters write: counts, sums, rates and additions of cell references
OURS = re.compile(r"=(COUNTA?|SUM|IF)\([A-Z0-9:=,()+*/ ]+\)|=[A-Z]+[0-9]+(\+[A-Z]+[0-9]+)*")


def payload(i: int) -> str:
    return PAYLOADS[i % len(PAYLOADS)]


def hostile_inspection(offset: int = 0) -> dto.InspectionData:
    p = iter(range(offset, offset + 100))
    day = dt.date(2024, 6, 1)
    return dto.InspectionData(
        uuid=f"hostile-{offset}",
        unit_code=f"ORG-{offset}",
        unit_name=payload(next(p)),
        date=day,
        cutoff_date=day,
        tasks=[
            dto.TaskData(
                content=payload(next(p)), source_doc=payload(next(p)),
                assigned_by=payload(next(p)), deadline_text=payload(next(p)),
                result=payload(next(p)), note=payload(next(p)),
                status_override="HT_QUA_HAN", override_reason=payload(next(p)),
            ),
            dto.TaskData(content="x", deadline=day, completed_on=day),
        ],
        indicators=[
            dto.IndicatorData(
                name=payload(next(p)), unit=payload(next(p)), target=Decimal(10),
                actual=Decimal(5), qualifier=payload(next(p)), basis=payload(next(p)),
                note=payload(next(p)),
            )
        ],
        entries=[
            dto.EntryData(
                section=dto.Section.RECOMMENDATION, text=payload(next(p)),
                addressee=payload(next(p)), criterion_code=payload(next(p)),
                criterion_title=payload(next(p)), context=payload(next(p)),
                deadline_text=payload(next(p)), followup_status=dto.FollowupStatus.CHUA_THUC_HIEN,
                followup_note=payload(next(p)), deadline=dt.date(2024, 7, 1),
            ),
            dto.EntryData(
                section=dto.Section.PROPOSAL, text=payload(next(p)),
                addressee=payload(next(p)), response=payload(next(p)),
            ),
        ],
        notice=dto.NoticeData(number=payload(next(p)), issued=True, date=day,
                              organ_issuing=payload(next(p))),
    )  # fmt: skip


def assert_no_user_formula(wb):
    user_cells = 0
    for ws, cell in filled_cells(wb):
        if cell.data_type == "f":
            assert OURS.fullmatch(cell.value), f"{ws.title}!{cell.coordinate}: {cell.value}"
        if isinstance(cell.value, str) and any(p in cell.value for p in PAYLOADS):
            assert cell.data_type == "s", f"{ws.title}!{cell.coordinate}"
            user_cells += 1
            if cell.value.startswith(("=", "+", "-", "@")):
                assert cell.quotePrefix, f"{ws.title}!{cell.coordinate} can turn into a formula"
    return user_cells


@pytest.fixture
def workbooks(tmp_path):
    profile = dto.ProfileData(parent_organ=payload(0), issuing_organ=payload(3))
    tables = tmp_path / "tables.xlsx"
    write_inspection_tables(hostile_inspection(), profile, tables)
    orgs = [
        dto.OrganizationData(code=f"ORG-{o}", name=payload(o), short_name=payload(o + 1),
                             level="huyen")
        for o in (0, 50)
    ]  # fmt: skip
    year = tmp_path / "year.xlsx"
    items = [hostile_inspection(0), hostile_inspection(50)]
    write_year_summary(2024, items, orgs, profile, year, today=TODAY)
    return tables, year


def test_no_cell_built_from_user_text_is_a_formula(workbooks):
    tables, year = workbooks
    assert assert_no_user_formula(openpyxl.load_workbook(tables)) >= 25
    assert assert_no_user_formula(openpyxl.load_workbook(year)) >= 20


def test_the_payloads_are_stored_verbatim(workbooks):
    wb = openpyxl.load_workbook(workbooks[0])
    values = {cell.value for _, cell in filled_cells(wb)}
    assert set(PAYLOADS) <= values


def test_payloads_stay_text_after_recalculation(workbooks, tmp_path):
    for path in workbooks:
        wb = openpyxl.load_workbook(recalculated(path, tmp_path / path.stem))
        values = {cell.value for _, cell in filled_cells(wb)}
        assert '=HYPERLINK("http://x","y")' in values and "@SUM(A1)" in values
        assert "y" not in values and "+1" in values
