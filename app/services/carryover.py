""" "Mới từ lần trước": a new inspection of a unit built from its previous one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.dates import inline_date
from app.domain.errors import InputError
from app.notice import outline
from app.services.inspections import InspectionService, notice_number_text
from db import models


def _copy(item):
    return dataclasses.replace(item, id=None)


def _source_text(previous: dto.InspectionData) -> str:
    notice = previous.notice
    number = notice_number_text(notice)
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
    ) -> dto.InspectionData:
        """Create and save an inspection for the same unit, carrying over what stays the same.

        Unit, place, chair, attendees, recipients and signature come along; last time's
        recommendations become follow-up entries to be marked done / in progress / not done.
        """
        previous = self._inspections.get(previous_id)
        if previous.kind == dto.Kind.GIAM_SAT and not previous.entries:
            raise InputError("Buổi giám sát này không có nội dung để kế thừa.")
        date = date or dt.date.today()
        data = self._inspections.new(
            kind=previous.kind,
            unit_code=previous.unit_code,
            unit_name=previous.unit_name,
            date=date,
            part_of_day=previous.part_of_day,
            place=previous.place,
            year=date.year,
            legal_basis=previous.legal_basis,
            chair_name=previous.chair_name,
            chair_title=previous.chair_title,
            scopes=list(previous.scopes),
            attendees=[_copy(a) for a in previous.attendees],
        )
        old = previous.notice
        data.notice = dto.NoticeData(
            doc_type=old.doc_type,
            issuer_code=old.issuer_code,
            organ_parent=old.organ_parent,
            organ_issuing=old.organ_issuing,
            place=old.place,
            authority_lines=list(old.authority_lines),
            signer_capacity=old.signer_capacity,
            signer_title=old.signer_title,
            signer_name=old.signer_name,
            recipients=list(old.recipients),
            issuing_body=old.issuing_body,
            issuer_name=old.issuer_name,
            issuer_voice=old.issuer_voice,
            authority=old.authority,
        )
        source = _source_text(previous)
        recommendations = previous.section(dto.Section.RECOMMENDATION)
        agencies = outline.addressees(recommendations, previous.unit_name)
        data.entries = [
            dto.EntryData(
                section=dto.Section.FOLLOWUP,
                text=e.text,
                addressee=agency,  # the agency of the heading it stood under
                criterion_code=e.criterion_code,
                criterion_title=e.criterion_title,
                criterion_label=e.criterion_label,
                deadline=e.deadline,
                deadline_text=e.deadline_text,
                source=source,
            )
            for e, agency in zip(recommendations, agencies, strict=True)
            if outline.effective_kind(e, previous.kind) != dto.EntryKind.HEADING
        ]
        self._inspections.save(data)
        return data
