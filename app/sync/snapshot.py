"""The last synchronised content of each inspection: what this laptop and another one both had,
kept in the database (table sync_base) as a data file holding that one inspection."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib

from sqlalchemy.orm import Session

from app import dto
from app.datafile import DataFileContent, dumps, parse_data
from db import models


def content_text(data: dto.InspectionData) -> str:
    """The data file text of *data* alone (no database ids): equal texts, equal content."""
    return dumps(DataFileContent(inspections=[_without_ids(data)]))


def same_content(a: dto.InspectionData, b: dto.InspectionData) -> bool:
    return content_text(a) == content_text(b)


def stored_base(s: Session, inspection_uuid: str) -> dto.InspectionData | None:
    """The content last synchronised for the inspection; None when it never was."""
    row = s.get(models.SyncBase, inspection_uuid)
    if row is None:
        return None
    return parse_data(row.content, source="sync_base").inspections[0]


def record_base(s: Session, data: dto.InspectionData, text: str = "") -> None:
    """Remember *data* (whose content_text is *text*, when known) as what this laptop and the
    other one both have now."""
    text = text or content_text(data)
    row = s.get(models.SyncBase, data.uuid)
    if row is None:
        row = models.SyncBase(inspection_uuid=data.uuid)
        s.add(row)
    row.content = text
    row.content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row.recorded_at = dt.datetime.now()


def base_to_send(s: Session, data: dto.InspectionData) -> dto.InspectionData | None:
    """The base a package carries for *data*: its last synchronised content when *data* changed
    since (unchanged, the receiver's own record of it is the base)."""
    base = stored_base(s, data.uuid)
    if base is None or same_content(base, data):
        return None
    return base


def _without_ids(data: dto.InspectionData) -> dto.InspectionData:
    clean = copy.deepcopy(data)
    clean.id = clean.revision = None
    for item in (*clean.attendees, *clean.tasks, *clean.indicators, *clean.entries):
        item.id = None
    return clean
