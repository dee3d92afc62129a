""" "Mới từ lần trước": a new inspection of a unit built from its previous one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.dates import inline_date
from app.domain.errors import InputError
from app.domain.register import issued_reference
from app.notice import outline
from app.services.copies import copy_for_new
from app.services.inspections import InspectionService
from db import models


def _source_text(previous: dto.InspectionData) -> str:
    notice = previous.notice
    number = issued_reference(notice)
    when = notice.date or previous.date
    if number and when:
        return f"{number} ngày {inline_date(when)}"
    if when:
        return f"buổi làm việc ngày {inline_date(when)}"
    return number


class CarryOverService:
    def __init__(self, sessions: sessionmaker[Session], inspections: InspectionService):
        self._sessions = sessions
        self._inspections = inspections

    def previous_of(self, inspection_id: int) -> int | None:
        """The latest earlier inspection of the same unit, if any."""
        with self._sessions() as s:
            row = s.get(models.Inspection, inspection_id)
            if row is None:
                return None
            query = (
                select(models.Inspection.id)
                .where(models.Inspection.id != row.id)
                .where(models.Inspection.deleted_at.is_(None))
                .where(models.Inspection.unit_name == row.unit_name)
                .order_by(models.Inspection.date.desc())
            )
            if row.date is not None:
                query = query.where(models.Inspection.date < row.date)
            return s.scalars(query).first()

    def new_from_previous(
        self, previous_id: int, date: dt.date | None = None
    ) -> tuple[dto.InspectionData, dto.InspectionRow]:
        """Create and save an inspection for the same unit, carrying over what stays the same.

        Unit, place, chair, attendees, recipients and signature come along; last time's
        recommendations become follow-up entries to be marked done / in progress / not done.
        """
        previous = self._inspections.get(previous_id)
        if previous.kind == dto.Kind.GIAM_SAT and not previous.entries:
            raise InputError("Buổi giám sát này không có nội dung để kế thừa.")
        date = date or dt.date.today()
        # What belonged to the previous session itself (its period, figures, tasks, entries, the
        # notice's title and wording) stays behind.
        data = dataclasses.replace(
            copy_for_new(previous),
            date=date,
            year=date.year,
            period_label="",
            cutoff_date=None,
            subject="",
            unit_report="",
            tasks=[],
            indicators=[],
        )
        data.notice = dataclasses.replace(
            data.notice,
            title="",
            opening="",
            recommendations_intro="",
            closing="",
            attachments=[],
        )
        source = _source_text(previous)
        recommendations = previous.section(dto.Section.RECOMMENDATION)
        agencies = outline.addressees(recommendations, previous.unit_name)
        data.entries = [
            dataclasses.replace(
                e,
                section=dto.Section.FOLLOWUP,
                addressee=agency,  # the agency of the heading it stood under
                context="",
                followup_status=dto.FollowupStatus.NONE,
                followup_note="",
                response="",
                response_type="",
                source=source,
            )
            for e, agency in zip(recommendations, agencies, strict=True)
            if outline.effective_kind(e, previous.kind) != dto.EntryKind.HEADING
        ]
        row = self._inspections.save(data)
        return data, row
