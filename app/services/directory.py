"""The working group and its members, and the persons they are; one transaction per call."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import InputError
from app.domain.text import nfc
from app.services.mapping import clean_text
from db import models

ROLES = ("Tổ trưởng", "Tổ phó", "Thư ký", "Thành viên")


@dataclass
class MemberData:
    person_name: str
    role: str = "Thành viên"
    title: str = ""  # the member's title, e.g. "Phó Giám đốc Sở Nội vụ"
    agency_code: str = ""  # the organization the member represents
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person_code: str = ""
    id: int | None = None


@dataclass
class WorkingGroupData:
    code: str = "TCT"
    name: str = "Tổ công tác của Chủ tịch UBND tỉnh"
    decision_text: str = ""  # "Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh"
    members: list[MemberData] = field(default_factory=list)


class DirectoryService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def working_group(self) -> WorkingGroupData:
        """The group (the first one recorded); an empty group when none is recorded yet."""
        with self._sessions() as s:
            row = s.scalars(select(models.WorkingGroup).order_by(models.WorkingGroup.id)).first()
            if row is None:
                return WorkingGroupData()
            agencies = {o.id: o.code for o in s.scalars(select(models.Organization))}
            return WorkingGroupData(
                code=row.code,
                name=row.name,
                decision_text=row.decision_text or "",
                members=[
                    MemberData(
                        person_name=m.person.name,
                        role=m.role,
                        title=m.title or m.person.title or "",
                        agency_code=agencies.get(m.agency_id, "") if m.agency_id else "",
                        date_from=m.date_from,
                        date_to=m.date_to,
                        person_code=m.person.code,
                        id=m.id,
                    )
                    for m in row.memberships
                ],
            )

    def save_working_group(self, data: WorkingGroupData) -> None:
        """Write the group and its members in order; members left out are removed."""
        clean_text(data)
        if not data.name.strip():
            raise InputError("Chưa nhập tên Tổ công tác.", field="name")
        for member in data.members:
            if not member.person_name.strip():
                raise InputError("Có thành viên chưa nhập họ tên.", field="person_name")
        with self._sessions.begin() as s:
            row = s.scalars(select(models.WorkingGroup).order_by(models.WorkingGroup.id)).first()
            if row is None:
                row = models.WorkingGroup(code=data.code or "TCT")
                s.add(row)
            row.name = data.name
            row.decision_text = data.decision_text
            existing = {m.id: m for m in row.memberships}
            memberships = []
            for position, member in enumerate(data.members):
                m = existing.get(member.id) if member.id is not None else None
                if m is None:
                    m = models.Membership()
                m.position = position
                m.person = self._person(s, member)
                m.role = member.role
                m.title = member.title
                m.agency_id = self._agency_id(s, member.agency_code)
                m.date_from = member.date_from
                m.date_to = member.date_to
                memberships.append(m)
            row.memberships = memberships

    def delete_organization(self, code: str) -> None:
        """Remove an organization nobody refers to; refuse (InputError) otherwise."""
        with self._sessions.begin() as s:
            org = s.scalar(select(models.Organization).where(models.Organization.code == code))
            if org is None:
                return
            used = (
                s.scalar(
                    select(func.count())
                    .select_from(models.Inspection)
                    .where(models.Inspection.unit_id == org.id)
                )
                or s.scalar(
                    select(func.count())
                    .select_from(models.Organization)
                    .where(models.Organization.parent_id == org.id)
                )
                or s.scalar(
                    select(func.count())
                    .select_from(models.Membership)
                    .where(models.Membership.agency_id == org.id)
                )
            )
            if used:
                raise InputError(
                    f"Không xóa được «{org.name}»: đơn vị này đang được dùng.", field="code"
                )
            s.delete(org)

    @staticmethod
    def _person(s: Session, member: MemberData) -> models.Person:
        person = None
        if member.person_code:
            person = s.scalar(select(models.Person).where(models.Person.code == member.person_code))
        if person is None:
            person = s.scalar(select(models.Person).where(models.Person.name == member.person_name))
        if person is None:
            person = models.Person(code=member.person_code or f"P-{uuid_module.uuid4().hex[:12]}")
            s.add(person)
        person.name = nfc(member.person_name).strip()
        if member.title:
            person.title = member.title
        return person

    @staticmethod
    def _agency_id(s: Session, code: str) -> int | None:
        if not code:
            return None
        return s.scalar(select(models.Organization.id).where(models.Organization.code == code))
