"""Moving whole inspections in and out of the database (the data file, the demo data set).

An import is one transaction: every check runs first, the rows go in by bulk inserts
(app/services/archive_write.py), and any refusal leaves the database as it was. Problems are
named by the JSON path of the data file ("inspections[1].uuid").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.domain.hierarchy import cycle_words, first_cycle
from app.domain.register import doc_code, parse_number
from app.services.archive_write import BATCH, insert_inspections
from app.services.item_uuids import give_item_uuids
from app.services.mapping import clean_text
from app.services.profile import upsert_organizations
from app.services.register import Claim, NumberTakenError, claim_numbers
from db import models

if TYPE_CHECKING:
    from app.services.archive_read import Export


class TransferService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    @contextmanager
    def exporting(self, ids: list[int]) -> Iterator[Export]:
        """The inspections *ids* (distinct) in that order, with the organizations they use
        (sorted by code): each one's unit and the unit's parents, so that an import elsewhere
        can rebuild the links. The inspections are read batch by batch while the caller writes
        them, inside this block; an unknown id is refused before any is read."""
        # Here, not at the top: it needs the data file's models (pydantic), which the start-up of
        # the app and of every other command does without.
        from app.services.archive_read import read_export

        with self._sessions() as s:
            yield read_export(s, ids)

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
            new_orgs = check_organizations(organizations, existing_orgs)
            known = existing_orgs | {o.code for o in organizations}
            wanted = _check_inspections(s, inspections, known, skip_existing)
            upsert_organizations(s, new_orgs)
            for _index, data in wanted:
                give_item_uuids(data)
            ids = insert_inspections(s, [data for _index, data in wanted])
            _register_numbers(s, wanted, ids)
            # Here, not at the top: the data file's models (pydantic) stay out of the start-up.
            from app.sync.snapshot import record_bases

            record_bases(s, [data for _index, data in wanted])  # the base of a later merge
        return ids


def check_organizations(
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
    present_ids = _present(s, [data.uuid for data in inspections])
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
        present = present_ids.get(data.uuid)
        if present is not None:
            if skip_existing:
                continue
            raise InputError(
                f"Cuộc kiểm tra «{where}» (UUID {data.uuid}) đã có trong cơ sở dữ liệu "
                f"(mã số {present}); không nhập cuộc kiểm tra nào.",
                field=f"{where}.uuid",
            )
        check_references(data, known_orgs, where)
        data.id = None
        wanted.append((index, data))
    return wanted


def _present(s: Session, uuids: list[str]) -> dict[str, int]:
    """The id of each of *uuids* already in the database (one query per batch of them)."""
    uuid, found = models.Inspection.uuid, {}
    for start in range(0, len(uuids), BATCH):
        query = select(uuid, models.Inspection.id).where(uuid.in_(uuids[start : start + BATCH]))
        found.update(s.execute(query).all())
    return found


def _at(where: str, error: InputError, then: str = "") -> InputError:
    """*error* as a refusal of the data file, naming the JSON path *where*."""
    return InputError(f"«{where}»: {error.message}{then}", field=where)


def check_references(data: dto.InspectionData, known_orgs: set[str], where: str) -> None:
    """What an inspection of a data file names must exist: its unit among *known_orgs* (the
    file's and the database's), and its issued notice a number the register can hold (plain
    import and merge alike)."""
    if data.unit_code and data.unit_code not in known_orgs:
        raise InputError(
            f"«{where}.unit_code»: không có đơn vị mã «{data.unit_code}» trong tệp "
            "hoặc trong cơ sở dữ liệu.",
            field=f"{where}.unit_code",
        )
    _check_issued(data.notice, f"{where}.notice")


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


def _register_numbers(
    s: Session, wanted: list[tuple[int, dto.InspectionData]], ids: list[int]
) -> None:
    """Record the issued notices' numbers so that later numbers follow them; a clash is
    refused, naming the first notice whose number is taken."""
    claims, places = [], []
    for (index, data), inspection_id in zip(wanted, ids, strict=True):
        notice = data.notice
        if not notice.issued or notice.date is None:
            continue
        code = doc_code(notice.doc_type, notice.issuer_code)
        claims.append(Claim(notice.date.year, code, parse_number(notice.number), inspection_id))
        places.append(f"inspections[{index}].notice.number")
    try:
        claim_numbers(s, claims)
    except NumberTakenError as error:
        raise _at(places[error.index], error, " Không nhập cuộc kiểm tra nào.") from None
