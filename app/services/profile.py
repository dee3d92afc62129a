"""The issuing body's profile and the directories (organizations) the editor completes from."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.services.mapping import clean_text, organization_to_dto
from db import models

DEFAULT_RECIPIENTS = [
    "Chủ tịch, các PCT UBND tỉnh (BC);",
    "Thanh tra tỉnh;",
    "C, PVP UBND tỉnh, các phòng CM;",
    "Lưu: VT, TH.",
]

DEFAULT_SIGNATURE_PRESETS = [
    {
        "label": "Tổ trưởng",
        "authority_lines": [],
        "capacity": "TỔ TRƯỞNG",
        "title": "CHÁNH VĂN PHÒNG UBND TỈNH",
    },
    {
        "label": "TL. Chủ tịch",
        "authority_lines": ["TL. CHỦ TỊCH"],
        "capacity": "CHÁNH VĂN PHÒNG",
        "title": "",
    },
    {
        "label": "TL. + KT.",
        "authority_lines": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"],
        "capacity": "PHÓ CHÁNH VĂN PHÒNG",
        "title": "",
    },
]


class ProfileService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def get(self) -> dto.ProfileData:
        with self._sessions.begin() as s:
            row = self._row(s)
            return dto.ProfileData(
                parent_organ=row.parent_organ,
                issuing_organ=row.issuing_organ,
                group_name=row.group_name,
                place_name=row.place_name,
                issuer_code=row.issuer_code,
                default_recipients=list(row.default_recipients or []),
                signature_presets=[dict(p) for p in row.signature_presets or []],
                voice=row.voice,
                authority=row.authority,
            )

    def save(self, data: dto.ProfileData) -> None:
        clean_text(data)
        with self._sessions.begin() as s:
            row = self._row(s)
            for name in (
                "parent_organ",
                "issuing_organ",
                "group_name",
                "place_name",
                "issuer_code",
                "voice",
                "authority",
            ):
                setattr(row, name, getattr(data, name))
            row.default_recipients = list(data.default_recipients)
            row.signature_presets = [dict(p) for p in data.signature_presets]

    def organizations(self) -> list[dto.OrganizationData]:
        with self._sessions() as s:
            rows = s.scalars(select(models.Organization).order_by(models.Organization.name))
            return [organization_to_dto(r, s) for r in rows]

    def organization(self, code: str) -> dto.OrganizationData | None:
        with self._sessions() as s:
            row = s.scalar(select(models.Organization).where(models.Organization.code == code))
            return organization_to_dto(row, s) if row else None

    def save_organization(self, data: dto.OrganizationData) -> None:
        """Add or update an organization by its code."""
        clean_text(data)
        with self._sessions.begin() as s:
            upsert_organization(s, data)

    @staticmethod
    def _row(s: Session) -> models.Profile:
        row = s.get(models.Profile, 1)
        if row is None:
            row = models.Profile(
                id=1,
                default_recipients=list(DEFAULT_RECIPIENTS),
                signature_presets=[dict(p) for p in DEFAULT_SIGNATURE_PRESETS],
            )
            s.add(row)
            s.flush()
        return row


def upsert_organization(s: Session, data: dto.OrganizationData) -> models.Organization:
    row = s.scalar(select(models.Organization).where(models.Organization.code == data.code))
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
    parent = None
    if data.parent_code:
        parent = s.scalar(
            select(models.Organization).where(models.Organization.code == data.parent_code)
        )
    row.parent_id = parent.id if parent else None
    s.flush()
    return row
