"""The issuing body's profile and the directories (organizations) the editor completes from."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.collation import vn_sort_key
from app.domain.errors import InputError
from app.domain.hierarchy import cycle_words, parent_cycle
from app.services.mapping import clean_text, organization_to_dto
from db import models, seed

_TEXT_FIELDS = (
    "parent_organ",
    "issuing_organ",
    "group_name",
    "place_name",
    "issuer_code",
    "voice",
    "authority",
)


class ProfileService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def get(self) -> dto.ProfileData:
        """The profile, read without writing anything (the row is seeded by migration 0005)."""
        with self._sessions() as s:
            return read_profile(s)

    def organizations(self) -> list[dto.OrganizationData]:
        """Every organization, by name in Vietnamese order (the directory, the completers)."""
        with self._sessions() as s:
            found = [organization_to_dto(r) for r in s.scalars(select(models.Organization))]
        return sorted(found, key=lambda o: vn_sort_key(o.name))

    def organization(self, code: str) -> dto.OrganizationData | None:
        with self._sessions() as s:
            row = organization_by_code(s, code)
            return organization_to_dto(row) if row else None

    def save_organization(self, data: dto.OrganizationData) -> None:
        """Add or update an organization by its code."""
        clean_text(data)
        with self._sessions.begin() as s:
            upsert_organizations(s, [data])


# -- helpers: they take the session and never commit --------------------------------------------


def read_profile(s: Session) -> dto.ProfileData:
    row = s.get(models.Profile, seed.PROFILE_ID)
    if row is None:  # only a database someone emptied by hand: show the defaults, write nothing
        return dto.ProfileData()
    return dto.ProfileData(
        **{name: getattr(row, name) for name in _TEXT_FIELDS},
        default_recipients=list(row.default_recipients),
        signature_presets=[dict(p) for p in row.signature_presets],
    )


def write_profile(s: Session, data: dto.ProfileData) -> None:
    row = s.get(models.Profile, seed.PROFILE_ID)
    if row is None:
        row = models.Profile(id=seed.PROFILE_ID)
        s.add(row)
    for name in _TEXT_FIELDS:
        setattr(row, name, getattr(data, name))
    row.default_recipients = list(data.default_recipients)
    row.signature_presets = [dict(p) for p in data.signature_presets]


def upsert_organizations(s: Session, organizations: list[dto.OrganizationData]) -> None:
    """Add or update organizations by code; parents are linked once all of them are written,
    so that an organization may name a parent listed after it."""
    rows = [_upsert(s, data) for data in organizations]
    s.flush()
    for row, data in zip(rows, organizations, strict=True):
        parent = organization_by_code(s, data.parent_code)
        if row.parent is not parent:
            row.parent = parent
    s.flush()
    for row in rows:  # a parent that makes a loop is refused (the transaction rolls back)
        cycle = parent_cycle(row, lambda org: org.parent)
        if cycle:
            codes = [org.code for org in cycle]
            raise InputError(f"Không lưu được đơn vị «{row.code}»: {cycle_words(codes)}.")


def organization_by_code(s: Session, code: str) -> models.Organization | None:
    """The organization with *code*; None for an empty code or one not recorded."""
    if not code:
        return None
    return s.scalar(select(models.Organization).where(models.Organization.code == code))


def _upsert(s: Session, data: dto.OrganizationData) -> models.Organization:
    row = organization_by_code(s, data.code)
    if row is None:
        row = models.Organization(code=data.code)
        s.add(row)
    row.name = data.name
    row.short_name = data.short_name or None
    row.abbreviation = data.abbreviation or None
    row.level = data.level or None
    row.type = data.type or None
    row.valid_from = data.valid_from
    row.valid_to = data.valid_to
    return row
