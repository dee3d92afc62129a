"""Issuing notices: the group's own number register, one series per year and document code.

`claim_number` is the one step that puts a number in the register; issuing and the data file
import both call it inside a write transaction, which holds SQLite's write lock from its first
read (BEGIN IMMEDIATE, db.session), so two processes issuing at the same time never read the
same "next number".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.domain.register import check_number, doc_code, issued_reference, reference
from app.domain.task_dates import require_readable_deadlines
from app.notice.builder import require_notice
from app.services.inspections import load_inspection, row_summary
from app.services.revisions import bump, mark_changed
from db import models, seed


class RegisterService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def next_number(self, year: int, code: str = doc_code("TB", seed.ISSUER_CODE)) -> int:
        with self._sessions() as s:
            return next_free_number(s, year, code)

    def issue(
        self, inspection_id: int, number: int | None = None, date: dt.date | None = None
    ) -> dto.InspectionRow:
        """Issue the notice: take the next number of the year, or record the one given."""
        date = date or dt.date.today()
        if number is not None:
            check_number(number)
        with self._sessions.begin() as s:
            row = load_inspection(s, inspection_id, include_trashed=False)
            require_notice(row)
            require_readable_deadlines(row.tasks)
            if row.notice is None:
                row.notice = models.Notice()
            notice = row.notice
            if notice.issued:
                raise InputError(
                    f"Thông báo đã được ban hành với số {issued_reference(notice)}.",
                    field="number",
                )
            code = doc_code(notice.doc_type, notice.issuer_code)
            number = claim_number(s, date.year, code, number, row.id)
            notice.number = str(number)
            notice.date = date
            notice.issued = True
            row.status = dto.InspectionStatus.DA_BAN_HANH
            mark_changed(notice, bump(row))  # an open window must not save over the issue
            s.flush()
            return row_summary(s, row)


# -- helpers: they take the session and never commit --------------------------------------------


def next_free_number(s: Session, year: int, code: str) -> int:
    current = s.scalar(
        select(func.max(models.RegisterEntry.number)).where(
            models.RegisterEntry.year == year, models.RegisterEntry.doc_code == code
        )
    )
    return (current or 0) + 1


def claim_number(s: Session, year: int, code: str, number: int | None, inspection_id: int) -> int:
    """Put *number* (None: the next free one) of *year* and *code* in the register for the
    inspection, and return it; a number already in the register is refused (InputError)."""
    if number is None:
        number = check_number(next_free_number(s, year, code))
    else:
        taken = s.scalar(
            select(models.RegisterEntry.id).where(
                models.RegisterEntry.year == year,
                models.RegisterEntry.doc_code == code,
                models.RegisterEntry.number == number,
            )
        )
        if taken is not None:
            raise _taken(year, code, number)
    s.add(
        models.RegisterEntry(year=year, doc_code=code, number=number, inspection_id=inspection_id)
    )
    s.flush()
    return number


@dataclass(frozen=True)
class Claim:
    year: int
    code: str
    number: int
    inspection_id: int


class NumberTakenError(InputError):
    """A claim of `claim_numbers` refused: `index` is its place in the claims."""

    def __init__(self, error: InputError, index: int):
        super().__init__(error.message, error.field)
        self.index = index


def claim_numbers(s: Session, claims: list[Claim]) -> None:
    """Put every claim in the register, as `claim_number` one by one would (with one query per
    year and code, and one insert): a number already in the register, or claimed earlier in
    *claims*, refuses the whole list (NumberTakenError naming the first such claim)."""
    entries = models.RegisterEntry.__table__
    taken: dict[tuple[int, str], set[int]] = {}
    for index, claim in enumerate(claims):
        key = (claim.year, claim.code)
        if key not in taken:
            query = select(entries.c.number).where(
                entries.c.year == claim.year, entries.c.doc_code == claim.code
            )
            taken[key] = set(s.scalars(query))
        if claim.number in taken[key]:
            raise NumberTakenError(_taken(claim.year, claim.code, claim.number), index)
        taken[key].add(claim.number)
    if claims:
        s.execute(
            insert(entries),
            [
                {"year": c.year, "doc_code": c.code, "number": c.number,
                 "inspection_id": c.inspection_id}
                for c in claims
            ],
        )  # fmt: skip


def _taken(year: int, code: str, number: int) -> InputError:
    return InputError(
        f"Số {reference(number, code)} năm {year} đã được dùng cho văn bản khác.", field="number"
    )
