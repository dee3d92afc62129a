"""The demo data set (resources/demo/demo.json) loaded through the services, as the app does:
the inspections behind 54/TB-TCT, the 2020 meeting conclusion and sample C (49/TB-TCT)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.database import open_database
from app.datafile import load_demo
from app.dto import InspectionData, Kind, ProfileData
from app.services.bundle import Services
from app.services.transfer import TransferService


@dataclass(frozen=True)
class Demo:
    notice_54: InspectionData
    meeting_2020: InspectionData
    sample_c: InspectionData
    profile: ProfileData


def load(db_path: Path) -> Demo:
    db = open_database(db_path)
    try:
        services = Services(db)
        profile = services.profile.get()
        content = load_demo()
        ids = TransferService(db.sessions).import_inspections(
            content.organizations, content.inspections, skip_existing=True
        )
        inspections = [services.inspections.get(i) for i in ids]
    finally:
        db.close()

    def numbered(number: str) -> InspectionData:
        return next(i for i in inspections if i.notice.number == number)

    return Demo(
        notice_54=numbered("54"),
        meeting_2020=next(i for i in inspections if i.kind == Kind.HOP),
        sample_c=numbered("49"),
        profile=profile,
    )
