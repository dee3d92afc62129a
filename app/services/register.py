"""Issuing notices: the group's own number register, one series per year and document code."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.services.inspections import load_inspection, notice_number_text, row_summary
from db import models


def _doc_code(notice: models.Notice) -> str:
    return f"{notice.doc_type}-{notice.issuer_code}"


class RegisterService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def next_number(self, year: int, doc_code: str = "TB-TCT") -> int:
        with self._sessions() as s:
            return self._next(s, year, doc_code)

    def issue(
        self, inspection_id: int, number: int | None = None, date: dt.date | None = None
    ) -> dto.InspectionRow:
        """Issue the notice: take the next number of the year, or record the one given."""
        date = date or dt.date.today()
        with self._sessions.begin() as s:
            row = load_inspection(s, inspection_id, include_trashed=False)
            if row.kind == dto.Kind.GIAM_SAT:
                raise InputError(
                    "Buổi giám sát không ban hành thông báo kết luận của Tổ công tác.",
                    field="kind",
                )
            if row.notice is None:
                row.notice = models.Notice()
            notice = row.notice
            if notice.issued:
                raise InputError(
                    f"Thông báo đã được ban hành với số {notice_number_text(notice)}.",
                    field="number",
                )
            code = _doc_code(notice)
            if number is None:
                number = self._next(s, date.year, code)
            if number < 1:
                raise InputError("Số văn bản phải là số nguyên dương.", field="number")
            taken = s.scalar(
                select(models.RegisterEntry).where(
                    models.RegisterEntry.year == date.year,
                    models.RegisterEntry.doc_code == code,
                    models.RegisterEntry.number == number,
                )
            )
            if taken is not None:
                raise InputError(
                    f"Số {number:02d}/{code} năm {date.year} đã được dùng cho văn bản khác.",
                    field="number",
                )
            s.add(
                models.RegisterEntry(
                    year=date.year, doc_code=code, number=number, inspection_id=row.id
                )
            )
            notice.number = str(number)
            notice.date = date
            notice.issued = True
            row.status = dto.InspectionStatus.DA_BAN_HANH
            s.flush()
            return row_summary(row)

    @staticmethod
    def _next(s: Session, year: int, doc_code: str) -> int:
        current = s.scalar(
            select(func.max(models.RegisterEntry.number)).where(
                models.RegisterEntry.year == year, models.RegisterEntry.doc_code == doc_code
            )
        )
        return (current or 0) + 1
