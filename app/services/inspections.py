"""Reading, saving, listing and trashing inspections; one transaction per call."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app import dto
from app.domain.counts import TaskCounts
from app.domain.errors import InputError
from app.domain.inspection_year import inspection_year
from app.domain.register import issued_reference
from app.domain.text import nfc
from app.notice.forms import notice_form
from app.services.item_uuids import give_item_uuids
from app.services.mapping import (
    clean_text,
    copy_into_row,
    inspection_to_dto,
    row_to_dto,
    sync_children,
)
from app.services.profile import organization_by_code, read_profile
from app.services.revisions import (
    bump,
    claim,
    has_changes,
    is_issued,
    mark_changed,
    next_revision,
)
from app.services.task_counts import task_counts
from db import models

_FULL = (
    selectinload(models.Inspection.unit),
    selectinload(models.Inspection.attendees),
    selectinload(models.Inspection.tasks),
    selectinload(models.Inspection.indicators),
    selectinload(models.Inspection.entries),
    selectinload(models.Inspection.notice).selectinload(models.Notice.recipients),
)


# What the list line shows of an inspection and its notice: no text of the inspection's body.
_LINE_COLUMNS = (
    models.Inspection.id,
    models.Inspection.uuid,
    models.Inspection.date,
    models.Inspection.kind,
    models.Inspection.unit_name,
    models.Inspection.status,
    models.Inspection.year,
    models.Notice.id.label("notice_id"),
    models.Notice.issued,
    models.Notice.for_signature,
    models.Notice.number,
    models.Notice.doc_type,
    models.Notice.issuer_code,
)


def _line(inspection: Any, notice: Any, counts: TaskCounts) -> dto.InspectionRow:
    """The list line from *inspection* and *notice* (model rows, or result rows with their
    columns; notice None when there is none) and the inspection's task counts."""
    return dto.InspectionRow(
        id=inspection.id,
        uuid=inspection.uuid,
        date=inspection.date,
        kind=inspection.kind,
        unit_name=inspection.unit_name,
        status=inspection.status,
        notice_number=issued_reference(notice),
        year=inspection.year,
        notice_form=notice_form(notice),
        task_count=counts.total,
        completed_count=counts.completed,
    )


def row_summary(s: Session, row: models.Inspection) -> dto.InspectionRow:
    """The list line of *row*, its counts read as list_rows reads them (app.services.task_counts),
    so a saved line and the list's line agree. Call after a flush."""
    counts = task_counts(s, models.Inspection.id == row.id).get(row.id, TaskCounts())
    return _line(row, row.notice, counts)


class InspectionService:
    """Everything the list, the editor and the command line do to inspections."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def list_rows(self, year: int | None = None, trashed: bool = False) -> list[dto.InspectionRow]:
        """The list lines (the trash's when *trashed*), by date: a few columns of each
        inspection and its notice, and task counts from one grouped query; no task is loaded."""
        if trashed:
            shown = models.Inspection.deleted_at.is_not(None)
        else:
            shown = models.Inspection.deleted_at.is_(None)
        with self._sessions() as s:
            counts = task_counts(s, shown)
            lines = s.execute(select(*_LINE_COLUMNS).outerjoin(models.Notice).where(shown))
            rows = [
                _line(r, r if r.notice_id is not None else None, counts.get(r.id, TaskCounts()))
                for r in lines
            ]
        if year is not None:
            rows = [r for r in rows if inspection_year(r) == year]
        rows.sort(key=lambda r: (r.date or dt.date.min, r.id))
        return rows

    def get(self, inspection_id: int) -> dto.InspectionData:
        with self._sessions() as s:
            row = load_inspection(s, inspection_id)
            return inspection_to_dto(row)

    def missing_ids(self, ids: Iterable[int]) -> list[int]:
        """Those of *ids* that name no inspection (one in the trash still has its id)."""
        wanted = list(dict.fromkeys(ids))
        column = models.Inspection.id
        with self._sessions() as s:
            found = set(s.scalars(select(column).where(column.in_(wanted))))
        return [i for i in wanted if i not in found]

    def new(self, **fields) -> dto.InspectionData:
        """A fresh inspection (not yet saved) carrying the profile's defaults."""
        with self._sessions() as s:
            return _new_data(read_profile(s), fields)

    def create_new(self, **fields) -> dto.InspectionRow:
        """A fresh inspection carrying the profile's defaults, saved at once ("Mới"): one
        transaction reads the profile and writes the inspection."""
        with self._sessions.begin() as s:
            return _write(s, _new_data(read_profile(s), fields))

    def save(self, data: dto.InspectionData, amending: bool = False) -> dto.InspectionRow:
        """Write the whole inspection; ids of new child rows and the new revision are written
        back into *data*.

        Refused (app.services.revisions) when the stored inspection changed since *data* was
        read, or when its notice is issued and the caller is not *amending* it.
        """
        with self._sessions.begin() as s:
            return _write(s, data, amending)

    def create(self, data: dto.InspectionData) -> int:
        return self.save(data).id

    def amend(self, inspection_id: int, reason: str, expected_revision: int | None) -> int:
        """Open an amendment of an issued notice, recording why; returns the new revision.

        Saves of the inspection then pass `amending=True` for as long as the editor keeps it
        open. Refused when the reason is empty, the notice is not issued, or the inspection
        changed since *expected_revision*.
        """
        reason = nfc(reason).strip()
        if not reason:
            raise InputError("Cần ghi lý do sửa đổi văn bản đã ban hành.", field="reason")
        with self._sessions.begin() as s:
            row = load_inspection(s, inspection_id, include_trashed=False)
            if not is_issued(row):
                raise InputError("Thông báo chưa ban hành, không cần mở sửa đổi.", field="issued")
            revision = claim(row, expected_revision, amending=True)
            row.amendments.append(
                models.Amendment(created_at=dt.datetime.now(), reason=reason, revision=revision)
            )
            return revision

    def amendments(self, inspection_id: int) -> list[dto.AmendmentData]:
        """The amendments of an issued notice, oldest first."""
        with self._sessions() as s:
            rows = s.scalars(
                select(models.Amendment)
                .where(models.Amendment.inspection_id == inspection_id)
                .order_by(models.Amendment.id)
            )
            return [dto.AmendmentData(r.created_at, r.reason, r.revision) for r in rows]

    def delete(self, inspection_id: int) -> None:
        """Move to the trash."""
        with self._sessions.begin() as s:
            row = load_inspection(s, inspection_id, include_trashed=True)
            row.deleted_at = dt.datetime.now()
            bump(row)

    def restore(self, inspection_id: int) -> dto.InspectionRow:
        """Bring back from the trash; returns the list line."""
        with self._sessions.begin() as s:
            row = load_inspection(s, inspection_id, include_trashed=True)
            row.deleted_at = None
            bump(row)
            s.flush()
            return row_summary(s, row)

    def purge_trash(self) -> int:
        """Delete for good everything in the trash (inspections, and deleted entries of the
        others); returns how many inspections went."""
        with self._sessions.begin() as s:
            rows = list(
                s.scalars(
                    select(models.Inspection).where(models.Inspection.deleted_at.is_not(None))
                )
            )
            for row in rows:
                s.delete(row)
            s.execute(delete(models.Entry).where(models.Entry.deleted_at.is_not(None)))
            return len(rows)

    def trashed_entries(self, inspection_id: int) -> list[dto.EntryData]:
        with self._sessions() as s:
            rows = s.scalars(
                select(models.Entry)
                .where(models.Entry.inspection_id == inspection_id)
                .where(models.Entry.deleted_at.is_not(None))
                .order_by(models.Entry.deleted_at.desc())
            )
            return [row_to_dto(r, dto.EntryData) for r in rows]

    def restore_entry(self, entry_id: int) -> None:
        with self._sessions.begin() as s:
            row = s.get(models.Entry, entry_id)
            if row is None:
                raise InputError("Không tìm thấy mục cần khôi phục.")
            row.deleted_at = None
            row.position = 1 + max(
                (
                    e.position
                    for e in s.scalars(
                        select(models.Entry).where(models.Entry.inspection_id == row.inspection_id)
                    )
                ),
                default=0,
            )


# -- helpers: they take the session and never commit --------------------------------------------


def _new_data(profile: dto.ProfileData, fields: dict[str, Any]) -> dto.InspectionData:
    data = dto.InspectionData(uuid=str(uuid_module.uuid4()), **fields)
    data.notice.issuer_code = profile.issuer_code
    data.notice.place = profile.place_name
    data.notice.recipients = list(profile.default_recipients)
    return data


def _write(s: Session, data: dto.InspectionData, amending: bool = False) -> dto.InspectionRow:
    clean_text(data)
    if data.id is None:
        row = models.Inspection()
        s.add(row)
        apply_inspection(s, row, data)
    else:
        row = load_inspection(s, data.id)
        apply_inspection(s, row, data, next_revision(row))
        if has_changes(s):  # a save that changes nothing raises nothing
            claim(row, data.revision, amending)
    s.flush()
    write_back_ids(row, data)
    return row_summary(s, row)


def load_inspection(
    s: Session, inspection_id: int, include_trashed: bool = True
) -> models.Inspection:
    row = s.scalar(
        select(models.Inspection).options(*_FULL).where(models.Inspection.id == inspection_id)
    )
    if row is None or (row.deleted_at is not None and not include_trashed):
        raise InputError(f"Không có cuộc kiểm tra mã số {inspection_id}.", field="id")
    return row


def apply_inspection(
    s: Session, row: models.Inspection, data: dto.InspectionData, revision: int | None = None
) -> None:
    """Copy *data* into *row*; changed child rows record *revision* (None for a new row)."""
    give_item_uuids(data)
    if revision is None:
        row.updated_at = dt.datetime.now()
    copy_into_row(
        data,
        row,
        skip=("unit_code", "attendees", "tasks", "indicators", "entries", "notice"),
    )
    unit = organization_by_code(s, data.unit_code)
    if row.unit is not unit:
        row.unit = unit
    row.attendees = sync_children(row.attendees, data.attendees, models.Attendee, (), revision)
    row.tasks = sync_children(row.tasks, data.tasks, models.AssignedTask, (), revision)
    row.indicators = sync_children(row.indicators, data.indicators, models.Indicator, (), revision)
    # Entries left out of *data* go to the trash; a trashed entry that comes back (undo of a
    # delete) is revived under its own id instead of being written again.
    kept_ids = {e.id for e in data.entries if e.id is not None}
    now = dt.datetime.now()
    live, trashed = [], []
    for e in row.entries:
        if e.id in kept_ids:
            e.deleted_at = None
            live.append(e)
        else:
            if e.deleted_at is None:
                e.deleted_at = now
                if revision is not None:
                    mark_changed(e, revision)
            trashed.append(e)
    row.entries = sync_children(live, data.entries, models.Entry, (), revision) + trashed
    if row.notice is None:
        row.notice = models.Notice()
    changed = copy_into_row(data.notice, row.notice, skip=("recipients",))
    recipients = [r for r in row.notice.recipients]
    texts = list(data.notice.recipients)
    if [r.text for r in recipients] != texts:
        row.notice.recipients = [
            models.NoticeRecipient(position=i, text=t) for i, t in enumerate(texts)
        ]
        changed = True
    if changed and revision is not None:
        mark_changed(row.notice, revision)


def write_back_ids(row: models.Inspection, data: dto.InspectionData) -> None:
    data.id = row.id
    data.revision = row.revision
    for rows, items in (
        (row.attendees, data.attendees),
        (row.tasks, data.tasks),
        (row.indicators, data.indicators),
        ([e for e in row.entries if e.deleted_at is None], data.entries),
    ):
        for r, item in zip(rows, items, strict=True):
            item.id = r.id
