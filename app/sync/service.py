"""Receiving another laptop's package (`import --merge`, "Nhận dữ liệu từ máy khác…") and
writing one ("Gửi cho máy khác…", `export-json`); the recorded conflicts, reopened.

A merge is one transaction (a dry run reads only, so it changes nothing). Per inspection of the
file: new here, it is added; present, it is merged (app.sync.merge) from the base the file
carries, else the content this laptop last synchronised, else none. Conflicts the caller chose
(the dialog) are settled as chosen; the others keep the local value and are recorded. Then the
file's content is remembered as the new base. An issued notice's number goes in the register; a
number already used here for another inspection is recorded as a register conflict instead.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.datafile import DataFileContent, write_data_stream
from app.domain.dates import inline_date
from app.domain.errors import InputError, LockedError
from app.domain.register import doc_code, parse_number, reference
from app.export_names import ascii_name
from app.services.inspections import apply_inspection, load_inspection
from app.services.item_uuids import ITEM_LISTS
from app.services.mapping import clean_text, inspection_to_dto
from app.services.profile import read_profile, upsert_organizations
from app.services.register import claim_number
from app.services.revisions import LOCKED_MESSAGE, bump, is_issued, next_revision
from app.services.transfer import check_organizations, check_references
from app.sync import values
from app.sync.merge import ISSUED, LOCAL, OTHER, Conflict, apply_choice, merge_inspection
from app.sync.report import ADDED, KEPT, UNCHANGED, UPDATED, InspectionMerge, MergeReport
from app.sync.snapshot import BasesToSend, content_text, record_base, stored_base
from db import models

# (inspection uuid, conflict key) -> LOCAL or OTHER: what the user chose in the dialog.
Choices = dict[tuple[str, str], str]


@dataclass(frozen=True)
class RecordedConflict:
    """A conflict kept in the database until the user chooses."""

    id: int
    inspection_id: int
    inspection_label: str
    conflict: Conflict
    source: str
    created_at: dt.datetime


class SyncService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def write_package(self, ids: list[int], path: Path | str) -> int:
        """Write the inspections *ids*, the directory entries they use and the bases of those
        changed since last synchronised to *path* (what `export-json` and "Gửi cho máy khác…"
        write); returns how many inspections it holds."""
        from app.services.transfer import TransferService

        with TransferService(self._sessions).exporting(ids) as export, self._sessions() as s:
            bases = BasesToSend(s)
            inspections = bases.wrap(export.inspections)
            return write_data_stream(path, export.organizations, inspections, bases.bases)

    def package_name(self, day: dt.date) -> str:
        """The name proposed for a package: "TCT-gui-TO-CONG-TAC-2024-11-15.json", the sending
        group's name without diacritics, recognisable on a USB stick."""
        with self._sessions() as s:
            group = read_profile(s).group_name
        return f"TCT-gui-{ascii_name(group)[:40].strip('-') or 'may'}-{day.isoformat()}.json"

    def merge(
        self,
        content: DataFileContent,
        source: str = "",
        dry_run: bool = False,
        choices: Choices | None = None,
    ) -> MergeReport:
        """Merge the inspections of a package; *dry_run* only says what would change."""
        clean_text(content)
        choices = choices or {}
        if dry_run:
            with self._sessions() as s:
                return _merge(s, content, source, True, choices)
        with self._sessions.begin() as s:
            return _merge(s, content, source, False, choices)

    def conflicts(self, inspection_id: int | None = None) -> list[RecordedConflict]:
        """The conflicts not yet settled, oldest first (of one inspection, or all)."""
        with self._sessions() as s:
            query = (
                select(models.MergeConflict)
                .where(models.MergeConflict.resolved_at.is_(None))
                .order_by(models.MergeConflict.id)
            )
            if inspection_id is not None:
                query = query.where(models.MergeConflict.inspection_id == inspection_id)
            rows = list(s.scalars(query))
            labels = {
                r.inspection_id: _label(s.get(models.Inspection, r.inspection_id)) for r in rows
            }
            return [_recorded(r, labels[r.inspection_id]) for r in rows]

    def settle(self, conflict_id: int, take: str) -> None:
        """Settle a recorded conflict: LOCAL keeps what the inspection holds, OTHER puts in the
        value it did not take (refused for an issued notice, which changes only in an
        amendment)."""
        with self._sessions.begin() as s:
            row = s.get(models.MergeConflict, conflict_id)
            if row is None or row.resolved_at is not None:
                raise InputError(f"Không có xung đột mã số {conflict_id} chưa xử lý.", field="id")
            if take == OTHER and row.key != "register":
                inspection = load_inspection(s, row.inspection_id)
                if is_issued(inspection):
                    raise LockedError(LOCKED_MESSAGE, field="issued")
                data = inspection_to_dto(inspection)
                conflict = _recorded(row, "").conflict
                apply_choice(data, conflict, conflict.other)
                _revive_trashed(inspection, data)
                apply_inspection(s, inspection, data, next_revision(inspection))
                bump(inspection)
            row.resolved_at = dt.datetime.now()
            row.resolution = take


# -- helpers: they take the session and never commit --------------------------------------------


def _merge(
    s: Session, content: DataFileContent, source: str, dry_run: bool, choices: Choices
) -> MergeReport:
    report = MergeReport(dry_run=dry_run)
    existing = set(s.scalars(select(models.Organization.code)))
    new_orgs = check_organizations(content.organizations, existing)
    report.organizations = [o.name for o in new_orgs]
    known = existing | {o.code for o in content.organizations}
    bases = {b.uuid: b for b in content.bases}
    for index, data in enumerate(content.inspections):
        check_references(data, known, f"inspections[{index}]")
    if not dry_run:
        upsert_organizations(s, new_orgs)
    seen: set[str] = set()
    for data in content.inspections:
        if data.uuid in seen:
            raise InputError(f"UUID «{data.uuid}» ghi hai lần trong tệp.", field="uuid")
        seen.add(data.uuid)
        row = s.scalar(select(models.Inspection).where(models.Inspection.uuid == data.uuid))
        if row is None:
            report.inspections.append(_add(s, data, dry_run))
        else:
            row = load_inspection(s, row.id)
            base = bases.get(data.uuid) or stored_base(s, data.uuid)
            report.inspections.append(_update(s, row, base, data, source, dry_run, choices))
    return report


def _add(s: Session, data: dto.InspectionData, dry_run: bool) -> InspectionMerge:
    data = copy.deepcopy(data)
    _fill_uuids(data, None)
    item = InspectionMerge(data.uuid, _label_of(data), ADDED)
    clash = _register_clash(s, data.notice, None)
    if clash:
        item.register.append(clash)
    if dry_run:
        return item
    row = models.Inspection()
    s.add(row)
    data.id = None
    apply_inspection(s, row, data)
    s.flush()
    item.inspection_id = row.id
    if clash:
        _record(s, row.id, _register_conflict(clash), "")
    else:
        _claim(s, row, data.notice)
    record_base(s, data)
    return item


def _update(s, row, base, data, source, dry_run, choices) -> InspectionMerge:
    local = inspection_to_dto(row)
    data = copy.deepcopy(data)
    _fill_uuids(data, local)
    item = InspectionMerge(data.uuid, _label_of(local), UNCHANGED, inspection_id=row.id)
    local_text, their_text = content_text(local), content_text(data)
    if local_text == their_text:
        if not dry_run:
            record_base(s, data, their_text)
        return item
    outcome = merge_inspection(base, local, data)
    result = outcome.result
    unsettled = []
    for conflict in outcome.conflicts:
        chosen = choices.get((data.uuid, conflict.key))
        # An issued copy is never changed here, even by choice: only inside an amendment.
        if chosen is None or chosen == conflict.kept or conflict.reason == ISSUED:
            unsettled.append(conflict)
        else:
            apply_choice(result, conflict, conflict.other if chosen == OTHER else conflict.local)
    item.taken, item.conflicts = outcome.taken, unsettled
    changes = content_text(result) != local_text
    item.action = UPDATED if changes else KEPT
    becomes_issued = result.notice.issued and not local.notice.issued
    clash = _register_clash(s, result.notice, row.id) if becomes_issued else None
    if clash:
        item.register.append(clash)
    if dry_run:
        return item
    if changes:
        _revive_trashed(row, result)
        apply_inspection(s, row, result, next_revision(row))
        bump(row)
        s.flush()
        if becomes_issued and not clash:
            _claim(s, row, result.notice)
    for conflict in unsettled:
        _record(s, row.id, conflict, source)
    if clash:
        _record(s, row.id, _register_conflict(clash), source)
    record_base(s, data, their_text)
    return item


def _fill_uuids(data: dto.InspectionData, local: dto.InspectionData | None) -> None:
    """Items of a file written before items had UUIDs: one equal to a local item takes its
    UUID (the same item), any other a new one."""
    for name in ITEM_LISTS:
        free = {}
        for mine in getattr(local, name) if local is not None else []:
            free.setdefault(_content(mine), []).append(mine.uuid)
        taken = {i.uuid for i in getattr(data, name) if i.uuid}
        for theirs in getattr(data, name):
            if theirs.uuid:
                continue
            candidates = [u for u in free.get(_content(theirs), []) if u not in taken]
            theirs.uuid = candidates[0] if candidates else str(uuid_module.uuid4())
            taken.add(theirs.uuid)


def _content(item) -> tuple:
    return tuple((name, value) for name, value in vars(item).items() if name not in ("id", "uuid"))


def _revive_trashed(row: models.Inspection, data: dto.InspectionData) -> None:
    """An entry of *data* that is in this inspection's trash comes back under its own id."""
    trashed = {e.uuid: e.id for e in row.entries if e.deleted_at is not None}
    for entry in data.entries:
        if entry.id is None and entry.uuid in trashed:
            entry.id = trashed[entry.uuid]


def _register_clash(s: Session, notice: dto.NoticeData, inspection_id: int | None) -> str:
    """Why an issued notice's number cannot go in the register here ("" when it can)."""
    if not notice.issued or notice.date is None:
        return ""
    code = doc_code(notice.doc_type, notice.issuer_code)
    number = parse_number(notice.number)
    holder = s.scalar(
        select(models.RegisterEntry.inspection_id).where(
            models.RegisterEntry.year == notice.date.year,
            models.RegisterEntry.doc_code == code,
            models.RegisterEntry.number == number,
        )
    )
    if holder is None or holder == inspection_id:
        return ""
    other = s.get(models.Inspection, holder) if holder is not None else None
    whom = f"cuộc kiểm tra «{_label(other)}» (mã số {holder})" if other else "văn bản khác"
    return (
        f"số {reference(number, code)} năm {notice.date.year} ở máy này đã dùng cho {whom}; "
        "số không được ghi vào sổ, cần sửa đổi một trong hai văn bản"
    )


def _register_conflict(note: str) -> Conflict:
    return Conflict("register", "Sổ đăng ký số văn bản", "", note, LOCAL, "register")


def _claim(s: Session, row: models.Inspection, notice: dto.NoticeData) -> None:
    if notice.issued and notice.date is not None:
        code = doc_code(notice.doc_type, notice.issuer_code)
        claim_number(s, notice.date.year, code, parse_number(notice.number), row.id)


def _record(s: Session, inspection_id: int, conflict: Conflict, source: str) -> None:
    """Keep *conflict*: the value the inspection holds now, and the one it did not take."""
    kept, not_taken = conflict.local, conflict.other
    if conflict.kept == OTHER:
        kept, not_taken = not_taken, kept
    s.add(
        models.MergeConflict(
            inspection_id=inspection_id,
            key=conflict.key,
            label=conflict.label,
            local_value=values.to_json(conflict.key, kept),
            other_value=values.to_json(conflict.key, not_taken),
            reason=conflict.reason,
            source=source[:300],
            created_at=dt.datetime.now(),
            resolution="",
        )
    )


def _recorded(row: models.MergeConflict, label: str) -> RecordedConflict:
    """The record as a Conflict whose `local` is what the inspection holds, `other` what it did
    not take."""
    conflict = Conflict(
        row.key,
        row.label,
        values.from_json(row.key, row.local_value),
        values.from_json(row.key, row.other_value),
        LOCAL,
        row.reason,
    )
    return RecordedConflict(row.id, row.inspection_id, label, conflict, row.source, row.created_at)


def _label(row: models.Inspection | None) -> str:
    if row is None:
        return ""
    when = f", {inline_date(row.date)}" if row.date else ""
    return f"{row.unit_name or '(chưa có đơn vị)'}{when}"


def _label_of(data: dto.InspectionData) -> str:
    when = f", {inline_date(data.date)}" if data.date else ""
    return f"{data.unit_name or '(chưa có đơn vị)'}{when}"
