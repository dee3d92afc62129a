"""Saving typed text quickly: only the changed fields of entries that are already saved.

The editor's autosave writes the whole inspection through `InspectionService.save`, which for
an inspection with hundreds of tasks and entries costs about a tenth of a second on the UI
thread, twice a second while someone types. Typing changes one field of one entry; when that is
all that changed since the last save, `EntryFieldService.save_fields` writes just those values
in one short transaction (and touches the inspection's `updated_at` and raises its revision,
as a full save does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.errors import InputError
from app.services.mapping import clean_text
from app.services.revisions import claim, mark_changed
from db import models

# Fields a quick save may write; the section, the position and the id go through a full save.
EDITABLE_FIELDS = frozenset(f.name for f in dataclasses.fields(dto.EntryData)) - {"id", "section"}


class EntryFieldService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def save_fields(
        self,
        inspection_id: int,
        changes: dict[int, dict[str, Any]],
        expected_revision: int | None = None,
        amending: bool = False,
    ) -> int | None:
        """Write `changes` (entry id → {field: value}) of one inspection in one transaction.

        Returns the inspection's new revision; None, and nothing written, when a quick save
        does not apply: an entry that is not a live entry of this inspection, or a field outside
        EDITABLE_FIELDS. The caller then saves the whole inspection. Raises InputError when the
        inspection does not exist, and what `revisions.claim` raises (changed elsewhere since
        *expected_revision*, or issued and not *amending*).
        """
        if any(not EDITABLE_FIELDS.issuperset(values) for values in changes.values()):
            return None
        with self._sessions.begin() as s:
            inspection = s.get(models.Inspection, inspection_id)
            if inspection is None:
                raise InputError(f"Không có cuộc kiểm tra mã số {inspection_id}.", field="id")
            rows = {
                row.id: row
                for row in s.scalars(select(models.Entry).where(models.Entry.id.in_(changes)))
            }
            for entry_id in changes:
                row = rows.get(entry_id)
                live = row is not None and row.deleted_at is None
                if not live or row.inspection_id != inspection_id:
                    return None
            revision = claim(inspection, expected_revision, amending)
            for entry_id, values in changes.items():
                row = rows[entry_id]
                for name, value in clean_text(dict(values)).items():
                    if getattr(row, name) != value:
                        setattr(row, name, value)
                        mark_changed(row, revision)
            inspection.updated_at = dt.datetime.now()
        return revision
