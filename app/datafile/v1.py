"""Reading a `tocongtac/1` file: validated against the first format, then given the meaning it
had in the terms of the second (db/migrations/legacy_v1.py, the rule the database migration
uses too)."""

from __future__ import annotations

import dataclasses

from app import dto
from app.datafile.content import DataFileContent
from db.migrations import legacy_v1


def upgrade(content: DataFileContent) -> DataFileContent:
    """`content` read from a /1 file, as /2 content (changed in place and returned)."""
    for inspection in content.inspections:
        _upgrade_inspection(inspection)
    return content


def _upgrade_inspection(inspection: dto.InspectionData) -> None:
    notice = inspection.notice
    notice.for_signature = legacy_v1.for_signature(notice.issued, notice.date, notice.number)
    entries = []
    for entry in inspection.entries:
        values = dataclasses.asdict(entry)
        for name in legacy_v1.MARKUP_FIELDS:
            values[name] = legacy_v1.escape_markup(values[name])
        entries.append(values)
    ordered = legacy_v1.regroup(entries, inspection.unit_name, inspection.kind)
    inspection.entries = [dto.EntryData(**values) for values in ordered]
