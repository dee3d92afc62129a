"""One rule for the year an inspection belongs to (issue 12 item 5): its own year, else the year
of its session date — in the list, `list --year`, the appendix title and the year summary."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from app import dto
from app.domain.inspection_year import inspection_year
from app.exporters.inspection_tables import write_inspection_tables


def _save(services, unit: str, date: dt.date | None, year: int | None) -> int:
    data = services.inspections.new(unit_name=unit, date=date, year=year)
    return services.inspections.save(data).id


@pytest.fixture
def three(services) -> dict[str, int]:
    return {
        # planned for 2024, no session date yet
        "undated": _save(services, "UBND huyện Mây Xanh", None, 2024),
        # the 2024 work, inspected early in January 2025
        "january": _save(services, "UBND huyện Khe Đá", dt.date(2025, 1, 9), 2024),
        # no year typed: the session date decides
        "dated": _save(services, "UBND thành phố Đồi Thông", dt.date(2025, 3, 4), None),
    }


def test_the_rule():
    assert inspection_year(dto.InspectionData(uuid="u", year=2024)) == 2024
    assert inspection_year(dto.InspectionData(uuid="u", date=dt.date(2025, 1, 9))) == 2025
    assert inspection_year(dto.InspectionData(uuid="u", date=dt.date(2025, 1, 9), year=2024)) == (
        2024
    )
    assert inspection_year(dto.InspectionData(uuid="u")) is None


def test_list_by_year_follows_the_rule(services, three):
    in_2024 = {r.id for r in services.inspections.list_rows(year=2024)}
    in_2025 = {r.id for r in services.inspections.list_rows(year=2025)}
    assert in_2024 == {three["undated"], three["january"]}
    assert in_2025 == {three["dated"]}


def test_the_command_line_lists_the_undated_inspection_of_its_year(db_path, three, capsys):
    from main import main

    assert main(["--db", str(db_path), "list", "--year", "2024"]) == 0
    lines = capsys.readouterr().out.splitlines()
    units = sorted(line.split("\t")[3] for line in lines)
    assert units == ["UBND huyện Khe Đá", "UBND huyện Mây Xanh"]
    assert [line.split("\t")[1] for line in lines if "Mây Xanh" in line] == ["-"]


def test_the_year_summary_takes_the_inspections_of_its_year(services, three):
    inputs = services.reports.summary_inputs(2024)
    assert sorted(i.id for i in inputs.inspections) == sorted([three["undated"], three["january"]])
    assert [i.id for i in services.reports.summary_inputs(2025).inspections] == [three["dated"]]


def test_the_appendix_title_names_the_year(services, three, tmp_path):
    path = tmp_path / "phu-luc.xlsx"
    write_inspection_tables(
        services.inspections.get(three["january"]), services.profile.get(), path
    )
    titles = [c.value for c in load_workbook(path)["Phụ lục nhiệm vụ"]["A"] if c.value]
    assert any(str(t).endswith("UBND HUYỆN KHE ĐÁ NĂM 2024") for t in titles), titles


def test_the_year_summary_workbook_lists_an_inspection_not_yet_held(services, three, tmp_path):
    from app.exporters.year_summary import write_year_summary

    inputs = services.reports.summary_inputs(2024)
    path = tmp_path / "tong-hop.xlsx"
    write_year_summary(2024, inputs.inspections, inputs.organizations, inputs.profile, path)
    sheet = load_workbook(path).worksheets[0]
    rows = {r[1]: r[2] for r in sheet.iter_rows(values_only=True) if r[1] and "UBND" in str(r[1])}
    assert rows == {"UBND huyện Khe Đá": "09/01/2025", "UBND huyện Mây Xanh": None}
