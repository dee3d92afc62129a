"""Moving whole inspections in and out of the database (the data file, the demo data set).

An import is one transaction: every check runs first, and any refusal leaves the database as it
was. Problems are named by the JSON path of the data file ("inspections[1].uuid").
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.domain.hierarchy import cycle_words, first_cycle
from app.domain.register import doc_code, parse_number
from app.services.inspections import apply_inspection, load_inspection
from app.services.mapping import clean_text, inspection_to_dto, organization_to_dto
from app.services.profile import upsert_organizations
from app.services.register import claim_number
from app.sync.snapshot import record_base
from db import models


class TransferService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def export_inspections(
        self, ids: list[int]
    ) -> tuple[list[dto.OrganizationData], list[dto.InspectionData]]:
        """The inspections *ids* in that order, with the organizations they use (sorted by code).

        The organizations are each inspection's unit and the unit's parents, so that an import
        elsewhere can rebuild the links.
        """
        with self._sessions() as s:
            rows = [load_inspection(s, i) for i in ids]
            inspections = [inspection_to_dto(r) for r in rows]
            orgs: dict[str, models.Organization] = {}
            for row in rows:
                org = row.unit
                while org is not None and org.code not in orgs:
                    orgs[org.code] = org
                    org = org.parent
            organizations = [organization_to_dto(orgs[c]) for c in sorted(orgs)]
        return organizations, inspections

    def import_inspections(
        self,
        organizations: list[dto.OrganizationData],
        inspections: list[dto.InspectionData],
        skip_existing: bool = False,
    ) -> list[int]:
        """Add the inspections (new UUIDs only) and the organizations missing from the database.

        An inspection whose UUID is already present refuses the whole import, or is passed over
        with *skip_existing* (the demo data set, added again). Organizations already present keep
        their data. An issued notice also takes its number in the register. Returns the new ids.
        """
        clean_text(organizations)
        clean_text(inspections)
        with self._sessions.begin() as s:
            existing_orgs = set(s.scalars(select(models.Organization.code)))
            new_orgs = _check_organizations(organizations, existing_orgs)
            known = existing_orgs | {o.code for o in organizations}
            wanted = _check_inspections(s, inspections, known, skip_existing)
            upsert_organizations(s, new_orgs)
            ids = []
            for index, data in wanted:
                row = models.Inspection()
                s.add(row)
                apply_inspection(s, row, data)
                s.flush()
                _register_number(s, row, data.notice, f"inspections[{index}].notice")
                record_base(s, data)  # what the sender has too: the base of a later merge
                ids.append(row.id)
        return ids


def _check_organizations(
    organizations: list[dto.OrganizationData], existing: set[str]
) -> list[dto.OrganizationData]:
    seen: set[str] = set()
    for index, org in enumerate(organizations):
        if org.code in seen:
            raise InputError(
                f"Mã đơn vị «{org.code}» lặp lại ở «organizations[{index}].code».",
                field=f"organizations[{index}].code",
            )
        seen.add(org.code)
    for index, org in enumerate(organizations):
        if org.parent_code and org.parent_code not in seen | existing:
            raise InputError(
                f"«organizations[{index}].parent_code»: không có đơn vị mã «{org.parent_code}» "
                "trong tệp hoặc trong cơ sở dữ liệu.",
                field=f"organizations[{index}].parent_code",
            )
    new = [o for o in organizations if o.code not in existing]
    cycle = first_cycle({o.code: o.parent_code for o in new})
    if cycle:
        index = next(i for i, o in enumerate(organizations) if o.code == cycle[0])
        where = f"organizations[{index}].parent_code"
        raise InputError(f"«{where}»: {cycle_words(cycle)}.", field=where)
    return new


def _check_inspections(
    s: Session, inspections: list[dto.InspectionData], known_orgs: set[str], skip_existing: bool
) -> list[tuple[int, dto.InspectionData]]:
    """The (index, inspection) pairs to add; raises on the first problem."""
    first_index: dict[str, int] = {}
    wanted = []
    for index, data in enumerate(inspections):
        where = f"inspections[{index}]"
        key = data.uuid.lower()
        if key in first_index:
            raise InputError(
                f"UUID «{data.uuid}» ở «{where}.uuid» trùng với «inspections"
                f"[{first_index[key]}].uuid»; không nhập cuộc kiểm tra nào.",
                field=f"{where}.uuid",
            )
        first_index[key] = index
        present = s.scalar(select(models.Inspection.id).where(models.Inspection.uuid == data.uuid))
        if present is not None:
            if skip_existing:
                continue
            raise InputError(
                f"Cuộc kiểm tra «{where}» (UUID {data.uuid}) đã có trong cơ sở dữ liệu "
                f"(mã số {present}); không nhập cuộc kiểm tra nào.",
                field=f"{where}.uuid",
            )
        if data.unit_code and data.unit_code not in known_orgs:
            raise InputError(
                f"«{where}.unit_code»: không có đơn vị mã «{data.unit_code}» trong tệp "
                "hoặc trong cơ sở dữ liệu.",
                field=f"{where}.unit_code",
            )
        _check_issued(data.notice, f"{where}.notice")
        data.id = None
        wanted.append((index, data))
    return wanted


def _at(where: str, error: InputError, then: str = "") -> InputError:
    """*error* as a refusal of the data file, naming the JSON path *where*."""
    return InputError(f"«{where}»: {error.message}{then}", field=where)


def _check_issued(notice: dto.NoticeData, where: str) -> None:
    if not notice.issued:
        return
    try:
        parse_number(notice.number)
    except InputError as error:
        raise _at(f"{where}.number", error) from None
    if notice.date is None:
        raise InputError(
            f"«{where}.date»: thông báo đã ban hành phải có ngày ban hành.", field=f"{where}.date"
        )


def _register_number(s: Session, row: models.Inspection, notice: dto.NoticeData, where: str):
    """Record an issued notice's number so that later numbers follow it; a clash is refused."""
    if not notice.issued or notice.date is None:
        return
    code = doc_code(notice.doc_type, notice.issuer_code)
    try:
        claim_number(s, notice.date.year, code, parse_number(notice.number), row.id)
    except InputError as error:
        raise _at(f"{where}.number", error, " Không nhập cuộc kiểm tra nào.") from None
