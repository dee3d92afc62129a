"""Read-only loading for the Excel reports: a whole year of inspections at once.

The year summary needs every kiểm tra inspection of a year with its tasks, recommendations and
proposals. Loading them one by one through InspectionService.get costs a transaction and seven
queries each, and building ORM objects for 12 000 tasks is most of the time; here one transaction
runs four plain column queries (inspections with their unit and notice, tasks, entries,
organizations) and builds the DTOs directly.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.domain.inspection_year import inspection_year
from app.services.mapping import organization_to_dto
from app.services.profile import ProfileService
from db import models

_SUMMARY_SECTIONS = (dto.Section.RECOMMENDATION.value, dto.Section.PROPOSAL.value)


def _columns(cls: type, model: type, skip: tuple[str, ...] = ()) -> list:
    """The model's columns named like the DTO's fields."""
    return [getattr(model, f.name) for f in dataclasses.fields(cls) if f.name not in skip]


@dataclass
class SummaryInputs:
    """Everything write_year_summary needs."""

    year: int
    inspections: list[dto.InspectionData]
    organizations: list[dto.OrganizationData]
    profile: dto.ProfileData


class ReportService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def summary_inputs(self, year: int) -> SummaryInputs:
        """The kiểm tra inspections of *year* (app.domain.inspection_year), not in the trash, with
        the organizations and the profile. Raises InputError when the year has none.

        The inspections carry what the summary uses: their own fields, the unit's code, the
        tasks, the recommendations and proposals, and the notice without its recipients;
        attendees, indicators and the other sections are left empty.
        """
        candidates = (
            select(models.Inspection.id, models.Inspection.year, models.Inspection.date)
            .where(models.Inspection.kind == dto.Kind.KIEM_TRA.value)
            .where(models.Inspection.deleted_at.is_(None))
        )
        with self._sessions() as s:
            chosen = [row.id for row in s.execute(candidates) if inspection_year(row) == year]
            inspections = _inspections(s, chosen)
            by_id = {i.id: i for i in inspections}
            _add_tasks(s, by_id, chosen)
            _add_entries(s, by_id, chosen)
            organizations = _organizations(s)
        if not inspections:
            raise InputError(f"Năm {year} không có cuộc kiểm tra nào để tổng hợp.", field="year")
        return SummaryInputs(year, inspections, organizations, ProfileService(self._sessions).get())


def _inspections(s: Session, chosen: list[int]) -> list[dto.InspectionData]:
    children = ("unit_code", "attendees", "tasks", "indicators", "entries", "notice")
    own = _columns(dto.InspectionData, models.Inspection, children)
    notice = _columns(dto.NoticeData, models.Notice, ("recipients",))
    query = (
        select(*own, models.Organization.code, models.Notice.id, *notice)
        .outerjoin(models.Organization, models.Inspection.unit_id == models.Organization.id)
        .outerjoin(models.Notice, models.Notice.inspection_id == models.Inspection.id)
        .where(models.Inspection.id.in_(chosen))
        .order_by(models.Inspection.date, models.Inspection.id)
    )
    result = []
    for row in s.execute(query):
        values = iter(row)
        fields = {c.key: next(values) for c in own}
        unit_code = next(values) or ""
        notice_id = next(values)
        notice_fields = {c.key: next(values) for c in notice}
        result.append(
            dto.InspectionData(
                **fields,
                unit_code=unit_code,
                notice=dto.NoticeData(**notice_fields) if notice_id else dto.NoticeData(),
            )
        )
    return result


def _add_tasks(s: Session, by_id: dict[int, dto.InspectionData], chosen: list[int]) -> None:
    columns = _columns(dto.TaskData, models.AssignedTask)
    query = (
        select(models.AssignedTask.inspection_id, *columns)
        .where(models.AssignedTask.inspection_id.in_(chosen))
        .order_by(models.AssignedTask.inspection_id, models.AssignedTask.position)
    )
    names = [c.key for c in columns]
    for inspection_id, *values in s.execute(query):
        by_id[inspection_id].tasks.append(dto.TaskData(**dict(zip(names, values, strict=True))))


def _add_entries(s: Session, by_id: dict[int, dto.InspectionData], chosen: list[int]) -> None:
    columns = _columns(dto.EntryData, models.Entry)
    query = (
        select(models.Entry.inspection_id, *columns)
        .where(models.Entry.inspection_id.in_(chosen))
        .where(models.Entry.deleted_at.is_(None))
        .where(models.Entry.section.in_(_SUMMARY_SECTIONS))
        .order_by(models.Entry.inspection_id, models.Entry.position)
    )
    names = [c.key for c in columns]
    for inspection_id, *values in s.execute(query):
        by_id[inspection_id].entries.append(dto.EntryData(**dict(zip(names, values, strict=True))))


def _organizations(s: Session) -> list[dto.OrganizationData]:
    """All organizations; with every row loaded, each parent comes from the session's identity
    map (no query per row)."""
    rows = list(s.scalars(select(models.Organization)))
    return [organization_to_dto(row) for row in rows]
