"""The last synchronised content of each inspection: what this laptop and another one both had,
kept in the database (table sync_base) as the inspection's object of the data file, compact JSON
(`content_text`: equal texts, equal content)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app import dto
from app.datafile import schema
from app.datafile.reader import inspection_to_dto
from app.datafile.writer import plain
from db import models

# A plain import of more inspections than this (an archive moved whole) records no bases: the
# cost (a few milliseconds each) would double its time. A later merge of one of them then has no
# base unless the package carries one, and shows every difference as a conflict (nothing lost).
BASES_AT_IMPORT_MAX = 500


def content_text(data: dto.InspectionData) -> str:
    """The content of *data* as the data file holds it (no database ids), compact JSON."""
    return plain_text(plain(data))


def plain_text(raw: dict) -> str:
    """`content_text` of an inspection already in plain form (app.datafile.writer.plain)."""
    return schema.Inspection.model_validate(raw).model_dump_json()


def stored_base(s: Session, inspection_uuid: str) -> dto.InspectionData | None:
    """The content last synchronised for the inspection; None when it never was."""
    row = s.get(models.SyncBase, inspection_uuid)
    if row is None:
        return None
    return inspection_to_dto(schema.Inspection.model_validate_json(row.content))


def record_base(s: Session, data: dto.InspectionData, text: str = "") -> None:
    """Remember *data* (whose content_text is *text*, when known) as what this laptop and the
    other one both have now."""
    text = text or content_text(data)
    row = s.get(models.SyncBase, data.uuid)
    if row is None:
        row = models.SyncBase(inspection_uuid=data.uuid)
        s.add(row)
    row.content = text
    row.content_hash = _hash(text)
    row.recorded_at = dt.datetime.now()


def record_bases(s: Session, inspections: list[dto.InspectionData]) -> None:
    """Remember inspections just imported as synchronised: the sender has them too. One insert;
    nothing for more than BASES_AT_IMPORT_MAX."""
    if not inspections or len(inspections) > BASES_AT_IMPORT_MAX:
        return
    now = dt.datetime.now()
    rows = []
    for data in inspections:
        text = content_text(data)
        rows.append(
            {
                "inspection_uuid": data.uuid,
                "content": text,
                "content_hash": _hash(text),
                "recorded_at": now,
            }
        )
    table = models.SyncBase.__table__
    # A base left by an inspection deleted for good since, whose UUID comes back now, goes.
    s.execute(
        delete(table).where(table.c.inspection_uuid.in_([r["inspection_uuid"] for r in rows]))
    )
    s.execute(insert(table), rows)


class BasesToSend:
    """Passes the plain inspections of a package through (`wrap`), keeping in `bases` the last
    synchronised content of each one changed since: what the receiver merges from."""

    def __init__(self, s: Session):
        self._s = s
        self._known = set(s.scalars(select(models.SyncBase.inspection_uuid)))
        self.bases: list[dict] = []

    def wrap(self, inspections: Iterable[dict]) -> Iterator[dict]:
        for raw in inspections:
            if raw["uuid"] in self._known:
                stored = self._s.get(models.SyncBase, raw["uuid"]).content
                if stored != plain_text(raw):
                    self.bases.append(json.loads(stored))
            yield raw


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
