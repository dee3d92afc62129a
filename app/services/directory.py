"""Danh mục: the profile, the organizations, the working group and its members, saved together.

The dialog hands back everything it edited and `save_directory` writes it as one unit of work,
in the order the rows depend on each other; a refusal leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.domain.text import nfc
from app.services.mapping import clean_text
from app.services.profile import organization_by_code, upsert_organizations, write_profile
from db import models, seed

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
    code: str = seed.WORKING_GROUP_CODE
    name: str = seed.GROUP_NAME
    decision_text: str = ""  # "Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh"
    members: list[MemberData] = field(default_factory=list)


@dataclass
class DirectoryData:
    """Everything the Danh mục dialog edits, as it hands it back."""

    profile: dto.ProfileData
    organizations: list[dto.OrganizationData]
    removed_organizations: list[str]  # codes
    group: WorkingGroupData


class DirectoryService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def working_group(self) -> WorkingGroupData:
        """The group (the first one recorded); an empty group when none is recorded yet."""
        with self._sessions() as s:
            row = _group_row(s)
            if row is None:
                return WorkingGroupData()
            return WorkingGroupData(
                code=row.code,
                name=row.name,
                decision_text=row.decision_text or "",
                members=[
                    MemberData(
                        person_name=m.person.name,
                        role=m.role,
                        title=m.title or m.person.title or "",
                        agency_code=m.agency.code if m.agency else "",
                        date_from=m.date_from,
                        date_to=m.date_to,
                        person_code=m.person.code,
                        id=m.id,
                    )
                    for m in row.memberships
                ],
            )

    def save_directory(self, data: DirectoryData) -> None:
        """Write the profile, the organizations (parents linked once all are written) and the
        group, then remove the organizations taken out (so that a member taken out of the group
        no longer holds them): one transaction, all or nothing."""
        clean_text(data)
        _check_group(data.group)
        with self._sessions.begin() as s:
            write_profile(s, data.profile)
            upsert_organizations(s, data.organizations)
            _write_group(s, data.group)
            _delete_organizations(s, data.removed_organizations)


# -- helpers: they take the session and never commit --------------------------------------------


def _group_row(s: Session) -> models.WorkingGroup | None:
    return s.scalars(select(models.WorkingGroup).order_by(models.WorkingGroup.id)).first()


def _check_group(data: WorkingGroupData) -> None:
    if not data.name.strip():
        raise InputError("Chưa nhập tên Tổ công tác.", field="name")
    for member in data.members:
        if not member.person_name.strip():
            raise InputError("Có thành viên chưa nhập họ tên.", field="person_name")


def _write_group(s: Session, data: WorkingGroupData) -> None:
    """The group and its members in order; members left out are removed."""
    row = _group_row(s)
    if row is None:
        row = models.WorkingGroup(code=data.code or seed.WORKING_GROUP_CODE)
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
        m.person = _person(s, member)
        m.role = member.role
        m.title = member.title
        m.agency = organization_by_code(s, member.agency_code)
        m.date_from = member.date_from
        m.date_to = member.date_to
        memberships.append(m)
    row.memberships = memberships


def _delete_organizations(s: Session, codes: list[str]) -> None:
    """Remove organizations nobody refers to, those under another removed one first; refuse
    (InputError) one still in use."""
    found = (organization_by_code(s, code) for code in codes)
    pending = [org for org in found if org is not None]
    while pending:
        free = [org for org in pending if not _in_use(s, org)]
        if not free:
            raise InputError(
                f"Không xóa được «{pending[0].name}»: đơn vị này đang được dùng.", field="code"
            )
        for org in free:
            s.delete(org)
            pending.remove(org)
        s.flush()


def _in_use(s: Session, org: models.Organization) -> bool:
    uses = (
        select(func.count()).select_from(models.Inspection).where(models.Inspection.unit == org),
        select(func.count())
        .select_from(models.Organization)
        .where(models.Organization.parent == org),
        select(func.count()).select_from(models.Membership).where(models.Membership.agency == org),
    )
    return any(s.scalar(query) for query in uses)


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
