"""The three fictional 2024 inspections of tests/data/fictional-2024.yaml as DTOs, and helpers to
reopen and recalculate the workbooks."""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from app import dto
from tests.programs import soffice

SAMPLE = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "data" / "fictional-2024.yaml").read_text("utf-8")
)
ORGS = {o["id"]: o for o in SAMPLE["organizations"]}
YEAR_END = SAMPLE["year_end_expected"]


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _bare(text: str) -> str:
    """Recommendation text as stored: without its final ";" or "."."""
    return text.strip().rstrip(";.")


def organizations() -> list[dto.OrganizationData]:
    return [
        dto.OrganizationData(
            code=o["id"],
            name=o["name"],
            short_name=o.get("short", ""),
            abbreviation=o.get("abbr", ""),
            level=o.get("level", ""),
            type=o.get("type", ""),
            parent_code=o.get("parent", ""),
            valid_to=o.get("valid_to"),
        )
        for o in SAMPLE["organizations"]
    ]


def _recommendation(raw: dict, addressee: str = "") -> dto.EntryData:
    deadline = raw.get("deadline") or {}
    criterion = raw.get("criterion") or {}
    return dto.EntryData(
        section=dto.Section.RECOMMENDATION,
        text=_bare(raw["text"]),
        addressee=addressee,
        criterion_code=criterion.get("code", ""),
        criterion_title=criterion.get("title", ""),
        context=raw.get("context", ""),
        deadline=deadline.get("value") if deadline.get("type") == "date" else None,
        deadline_text=deadline.get("raw", ""),
    )


def _entries(raw: dict) -> list[dto.EntryData]:
    entries = [
        dto.EntryData(section=dto.Section.ASSESSMENT, text=t) for t in raw.get("assessment", [])
    ]
    entries += [
        dto.EntryData(section=dto.Section.LIMITATION, text=item["text"])
        for item in raw.get("limitations", [])
    ]
    entries += [_recommendation(item) for item in raw.get("recommendations", [])]
    for group in raw.get("addressed_recommendations", []):
        heading = group["group_heading"].split(". ", 1)[1]
        entries.append(
            dto.EntryData(
                section=dto.Section.RECOMMENDATION,
                kind=dto.EntryKind.HEADING,
                level=2,
                text=heading,
                addressee=heading,
            )
        )  # the agency's heading owns its recommendations
        entries += [_recommendation(item) for item in group["items"]]
    entries += [
        dto.EntryData(
            section=dto.Section.PROPOSAL,
            text=item["text"],
            addressee=item.get("addressed_to", ""),
            response=item["response"]["text"],
            response_type=item["response"]["type"],
        )
        for item in raw.get("unit_proposals", [])
    ]
    entries += [
        dto.EntryData(
            section=dto.Section.FOLLOWUP,
            text=_bare(item["text"]),
            source=item["source"],
            followup_status=item["followup_status"].lower(),
        )
        for item in raw.get("previous_recommendations", [])
    ]
    return entries


def inspection(raw: dict) -> dto.InspectionData:
    notice = raw["notice"]
    return dto.InspectionData(
        uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"tocongtac-test/{raw['id']}")),
        kind=dto.Kind.KIEM_TRA,
        unit_code=raw["unit"],
        unit_name=ORGS[raw["unit"]]["name"],
        date=raw["date"],
        part_of_day=raw.get("part_of_day", ""),
        place=raw["place"],
        year=raw["date"].year,
        period_label=raw["reporting_period_label"],
        cutoff_date=raw["data_as_of"],
        status=dto.InspectionStatus.DA_BAN_HANH,
        tasks=[
            dto.TaskData(
                content=t["content"],
                source_doc=t["doc"],
                assigned_by=t["assigned_by"],
                deadline=t.get("deadline"),
                deadline_text=t.get("deadline_text", ""),
                completed_on=t.get("completed_on"),
                note=t.get("note", ""),
            )
            for t in raw["tasks"]
        ],
        indicators=[
            dto.IndicatorData(
                name=i["name"],
                unit=i["unit"],
                target=_decimal(i.get("target")),
                actual=_decimal(i.get("actual")),
                qualifier=i.get("actual_qualifier", ""),
                stated_percent=_decimal(i.get("stated_percent")),
                basis=i.get("percent_basis", ""),
                as_of=i.get("as_of"),
            )
            for i in raw.get("indicators", [])
        ],
        entries=_entries(raw),
        notice=dto.NoticeData(
            number=notice["number"],
            doc_type=notice["type"],
            issuer_code=notice["issuer_code"],
            place=notice["place"],
            date=notice["date"],
            title=notice.get("title", ""),
            issued=True,
            recipients=list(notice.get("recipients", [])),
        ),
    )


def inspections() -> list[dto.InspectionData]:
    return [inspection(raw) for raw in SAMPLE["inspections"]]


def by_unit(code: str) -> dto.InspectionData:
    return next(i for i in inspections() if i.unit_code == code)


@pytest.fixture
def profile() -> dto.ProfileData:
    return dto.ProfileData()


@pytest.fixture
def fictional_db(services):
    """The services over a database holding the fictional organizations and inspections;
    returns {unit code: inspection id}."""
    for org in organizations():
        services.profile.save_organization(org)
    return {i.unit_code: services.inspections.create(i) for i in inspections()}


TODAY = dt.date(2024, 12, 1)


def recalculated(path: Path, out_dir: Path) -> Path:
    """The workbook re-saved by LibreOffice headless (formulas computed and cached)."""
    out_dir.mkdir(exist_ok=True)
    profile_dir = out_dir / "lo-profile"
    subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile_dir}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out_dir / path.name


def row_of(ws, column: int, value) -> int:
    """The first row whose cell in *column* holds *value*."""
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == value:
            return row
    raise AssertionError(f"{value!r} not found in column {column} of {ws.title}")


def filled_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws, cell
