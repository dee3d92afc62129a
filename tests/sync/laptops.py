"""Two laptops holding the same inspections, for the merge tests: A added the demo data and sent
it all to B, so both last synchronised the same content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app import dto
from app.database import open_database
from app.services.bundle import Services


def edit(path: Path, change: Callable[[dto.InspectionData], None], uuid: str = "") -> None:
    """Change one inspection on the laptop whose database is *path*, as a save does."""
    db = open_database(path, create=False)
    try:
        services = Services(db)
        data = services.inspections.get(inspection_id(services, uuid))
        change(data)
        services.inspections.save(data)
    finally:
        db.close()


def read(path: Path, uuid: str = "") -> dto.InspectionData:
    db = open_database(path, create=False)
    try:
        services = Services(db)
        return services.inspections.get(inspection_id(services, uuid))
    finally:
        db.close()


def inspection_id(services: Services, uuid: str = "") -> int:
    rows = services.inspections.list_rows()
    if not uuid:
        return next(r.id for r in rows if r.kind == dto.Kind.HOP)  # the demo's one meeting
    return next(r.id for r in rows if r.uuid == uuid)
