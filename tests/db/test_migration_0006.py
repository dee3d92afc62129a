"""Migration 0006 carries a database made by the code before it over without loss: the database
holds today's demo data set written the way the 0004 code wrote it (reflected tables, its
column values), and after the upgrade it exports exactly what importing the same data set as a
tocongtac/1 file exports."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import sqlalchemy as sa

from app.database import open_database
from app.datafile import read_data_file
from app.datafile.writer import write_plain
from app.notice.builder import build_notice
from app.services.bundle import Services
from app.services.transfer import TransferService
from db.migrate import upgrade
from db.session import make_engine

DEMO_V1 = Path(__file__).resolve().parents[1] / "data" / "demo-v1.json"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _children(raw: dict, names: tuple[str, ...]) -> dict:
    return {k: (_date(v) if k in names else v) for k, v in raw.items()}


def _fill_as_0004(path: Path) -> None:
    """The /1 demo file written into a 0004 database row by row, as that code's import did."""
    engine = make_engine(path)
    upgrade(engine, "0004")
    data = json.loads(DEMO_V1.read_text("utf-8"))
    meta = sa.MetaData()
    meta.reflect(engine)
    t = meta.tables
    with engine.begin() as c:
        c.execute(t["profile"].insert().values(
            id=1, parent_organ="UBND TỈNH LẠNG SƠN", issuing_organ="TỔ CÔNG TÁC",
            group_name="Tổ công tác của Chủ tịch UBND tỉnh", place_name="Lạng Sơn",
            issuer_code="TCT", default_recipients=[], signature_presets=[],
        ))  # fmt: skip
        org_ids = {}
        for org in data["organizations"]:
            values = {k: (v or None) for k, v in org.items() if k not in ("parent_code",)}
            values.update(code=org["code"], name=org["name"])
            values["valid_from"], values["valid_to"] = (
                _date(org["valid_from"]),
                _date(org["valid_to"]),
            )
            org_ids[org["code"]] = c.execute(t["organization"].insert().values(**values)).lastrowid
        for org in data["organizations"]:
            if org["parent_code"]:
                c.execute(
                    t["organization"].update()
                    .where(t["organization"].c.code == org["code"])
                    .values(parent_id=org_ids[org["parent_code"]])
                )  # fmt: skip
        for insp in data["inspections"]:
            own = {
                k: v for k, v in insp.items()
                if k not in ("attendees", "tasks", "indicators", "entries", "notice", "unit_code")
            }  # fmt: skip
            own["date"], own["cutoff_date"] = _date(own["date"]), _date(own["cutoff_date"])
            own["unit_id"] = org_ids.get(insp["unit_code"])
            own["part_of_day"] = own["part_of_day"]
            iid = c.execute(t["inspection"].insert().values(**own)).lastrowid
            for table, key, dates in (
                ("attendee", "attendees", ()),
                ("assigned_task", "tasks", ("deadline", "completed_on")),
                ("indicator", "indicators", ("as_of",)),
                ("entry", "entries", ("deadline",)),
            ):
                for position, child in enumerate(insp[key]):
                    values = _children(child, dates)
                    c.execute(
                        t[table].insert().values(inspection_id=iid, position=position, **values)
                    )
            notice = dict(insp["notice"])
            recipients = notice.pop("recipients")
            notice["date"] = _date(notice["date"])
            nid = c.execute(t["notice"].insert().values(inspection_id=iid, **notice)).lastrowid
            for position, text in enumerate(recipients):
                c.execute(
                    t["notice_recipient"]
                    .insert()
                    .values(notice_id=nid, position=position, text=text)
                )
            if notice["issued"]:
                code = f"{notice['doc_type']}-{notice['issuer_code']}"
                c.execute(t["register_entry"].insert().values(
                    year=notice["date"].year, doc_code=code, number=int(notice["number"]),
                    inspection_id=iid,
                ))  # fmt: skip
    engine.dispose()


def _export(services: Services) -> str:
    ids = [r.id for r in services.inspections.list_rows()]
    out = io.StringIO()
    with TransferService(services.db.sessions).exporting(ids) as export:
        write_plain(out, export.organizations, export.inspections)
    # Items got their UUIDs on each side (migration 0009, the import): new, so different.
    return re.sub(r'"uuid": "[0-9a-f-]{36}"', '"uuid": ""', out.getvalue())


def test_a_0004_database_upgrades_to_what_importing_its_v1_file_gives(tmp_path):
    old = tmp_path / "old.sqlite"
    _fill_as_0004(old)
    migrated = open_database(old)
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        content = read_data_file(DEMO_V1)
        TransferService(fresh.sessions).import_inspections(
            content.organizations, content.inspections
        )
        assert _export(Services(migrated)) == _export(Services(fresh))
        services = Services(migrated)
        profile = services.profile.get()
        assert (profile.voice, profile.authority) == ("Tổ Công tác", "UBND tỉnh")
        rows = services.inspections.list_rows()
        sample_c = services.inspections.get(
            next(r.id for r in rows if r.notice_number == "49/TB-TCT")
        )
        headings = [e.text for e in sample_c.entries if e.kind == "heading"]
        assert headings == [
            "Văn phòng HĐND và UBND thành phố",
            "Phòng Tài chính - Kế hoạch",
            "Phòng Nội vụ",
        ]
        doc = build_notice(sample_c, profile)
        assert "3.2. Phòng Tài chính - Kế hoạch" in doc.body_text()
        with migrated.engine.connect() as c:
            assert (
                c.execute(
                    sa.text("SELECT count(*) FROM entry WHERE deleted_at IS NOT NULL")
                ).scalar()
                == 0
            )
    finally:
        migrated.close()
        fresh.close()
