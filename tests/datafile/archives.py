"""Archives built the way users build them (the editor's save, the demo), for export tests.

The files in tests/data/export/ are what `tocongtac export-json --all` wrote for these archives
before the export streamed (commit efeb457, `json.dumps(indent=2)` over the whole file): the
streamed export must give the same bytes. Never regenerate them with the code under test; only a
change of the data file format may replace them. For tocongtac/3 they were converted from the /2
files (format, `bases`, item UUIDs: the demo's own, else `stable_item_uuids` below).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from decimal import Decimal
from pathlib import Path

from app import dto
from app.datafile import load_demo
from app.datafile.writer import plain
from app.services.bundle import Services
from bench.synthetic import synthetic_inspection

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "export"


def item_uuid(inspection_uuid: str, name: str, item: dict, seen: dict[str, int]) -> str:
    """A UUID that the item's content gives (the k-th of equal items in its list: k counted in
    *seen*), so that the archives are built with the same UUIDs on every run."""
    content = json.dumps(
        {k: v for k, v in item.items() if k != "uuid"}, sort_keys=True, default=str
    )
    key = f"{name}/{content}"
    seen[key] = seen.get(key, 0) + 1
    return str(uuid_module.uuid5(uuid_module.UUID(inspection_uuid), f"{key}/{seen[key]}"))


def stable_item_uuids(data: dto.InspectionData) -> dto.InspectionData:
    for name in ("attendees", "tasks", "indicators", "entries"):
        seen: dict[str, int] = {}
        for item in getattr(data, name):
            item.uuid = item_uuid(data.uuid, name, plain(item), seen)
    return data


def demo_archive(services: Services) -> None:
    content = load_demo()
    services.transfer.import_inspections(content.organizations, content.inspections)


def synthetic_archive(services: Services) -> None:
    """Eight generated inspections over two years, with fixed UUIDs."""
    for index in range(8):
        data = synthetic_inspection(services, index, tasks=5, entries=9, year=2023 + index % 2)
        data.uuid = f"00000000-0000-4000-8000-{index:012d}"
        services.inspections.save(stable_item_uuids(data))


# Text that JSON must escape, or must not: quotes, backslashes, controls kept by the app (tab,
# newline), separators, astral characters, markup stars.
_AWKWARD = 'Nói "không" với C:\\tệp\\\tcột\nDòng 2 \u2028 \u2029 😀 𝒜 **đậm** \\* <b>&amp;</b>'


def awkward_archive(services: Services) -> None:
    """A unit hierarchy, issued and draft notices, a trashed entry and awkward text."""
    for code, name, parent in (
        ("T-LS", "UBND tỉnh Lạng Sơn", ""),
        ("H-KD", "UBND huyện Khe Đá", "T-LS"),
        ("X-NM", "UBND xã Nà Mây", "H-KD"),
        ("S-TC", "Sở Tài chính", ""),
    ):
        services.profile.save_organization(
            dto.OrganizationData(code=code, name=name, parent_code=parent, level="huyen")
        )
    first = dto.InspectionData(
        uuid="0a000000-0000-4000-8000-000000000001",
        unit_code="X-NM",
        unit_name="UBND xã Nà Mây",
        date=dt.date(2024, 3, 5),
        year=2024,
        subject=_AWKWARD,
        scopes=["Thu ngân sách", _AWKWARD],
        attendees=[
            dto.AttendeeData(side=dto.AttendeeSide.DON_VI, person_name="Hà Thị Thu"),
            dto.AttendeeData(side=dto.AttendeeSide.TO_CONG_TAC, person_name=_AWKWARD),
        ],
        tasks=[
            dto.TaskData(content=_AWKWARD, deadline=dt.date(2024, 1, 31), status_override=None),
            dto.TaskData(content="Việc thứ hai", deadline_text="quý II/2024"),
        ],
        indicators=[
            dto.IndicatorData(
                name="Giải ngân", target=Decimal("12345678901234.56789"), actual=Decimal("0")
            ),
            dto.IndicatorData(name=_AWKWARD, stated_percent=Decimal("-0.5")),
        ],
        entries=[
            dto.EntryData(section=dto.Section.ASSESSMENT, text="Giữ lại"),
            dto.EntryData(section=dto.Section.LIMITATION, text="Bỏ vào thùng rác"),
            dto.EntryData(section=dto.Section.RECOMMENDATION, text=_AWKWARD, level=2),
        ],
    )
    first.notice.title = _AWKWARD
    first.notice.recipients = ["Như trên;", _AWKWARD]
    first.notice.authority_lines = ["TL. CHỦ TỊCH"]
    services.inspections.save(stable_item_uuids(first))
    saved = services.inspections.get(first.id)
    del saved.entries[1]
    services.inspections.save(saved)
    services.register.issue(saved.id, 7, dt.date(2024, 3, 9))
    services.inspections.save(
        dto.InspectionData(
            uuid="0a000000-0000-4000-8000-000000000002",
            kind=dto.Kind.HOP,
            unit_code="S-TC",
            unit_name="Sở Tài chính",
        )
    )
    gone = dto.InspectionData(uuid="0a000000-0000-4000-8000-000000000003", unit_name="Trong thùng")
    services.inspections.save(gone)
    services.inspections.delete(gone.id)


ARCHIVES = {
    "demo": demo_archive,
    "synthetic": synthetic_archive,
    "awkward": awkward_archive,
}
