"""Reading never writes, and each user action is one transaction (issue 12 item 6)."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from sqlalchemy import event

from app import dto
from app.database import open_database
from app.domain.errors import InputError
from app.services.directory import DirectoryData, MemberData, WorkingGroupData
from db import seed
from db.migrate import upgrade
from tests.db.engines import make_engine


@contextlib.contextmanager
def counted(engine):
    """Counts the transactions committed and the statements that are not reads (a read
    transaction's BEGIN DEFERRED is a read; a write begins with BEGIN IMMEDIATE)."""
    seen = {"commits": 0, "writes": []}

    def on_commit(_connection):
        seen["commits"] += 1

    def on_execute(_conn, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith(("SELECT", "PRAGMA", "BEGIN DEFERRED")):
            seen["writes"].append(statement)

    event.listen(engine, "commit", on_commit)
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(engine, "commit", on_commit)
        event.remove(engine, "before_cursor_execute", on_execute)


def test_reading_the_profile_opens_no_write_transaction(services):
    with counted(services.db.engine) as seen:
        profile = services.profile.get()
        services.inspections.new(unit_name="UBND huyện Khe Đá")
    assert seen == {"commits": 0, "writes": []}
    assert profile.parent_organ == "UBND TỈNH LẠNG SƠN" and profile.issuer_code == "TCT"
    assert profile.default_recipients == seed.PROFILE["default_recipients"]
    assert [p["label"] for p in profile.signature_presets] == ["Tổ trưởng", "TL. Chủ tịch",
                                                               "TL. + KT."]  # fmt: skip


def test_a_new_inspection_is_one_transaction(services):
    with counted(services.db.engine) as seen:
        row = services.inspections.create_new(unit_name="UBND huyện Khe Đá")
    assert seen["commits"] == 1
    data = services.inspections.get(row.id)
    assert data.notice.recipients == seed.PROFILE["default_recipients"]
    assert data.notice.issuer_code == "TCT" and data.notice.place == "Lạng Sơn"


def test_the_migration_seeds_the_profile_and_keeps_one_already_there(tmp_path):
    fresh = tmp_path / "moi.sqlite"
    open_database(fresh).close()
    with sqlite3.connect(fresh) as raw:
        assert raw.execute("SELECT id, parent_organ, issuer_code FROM profile").fetchall() == [
            (1, "UBND TỈNH LẠNG SƠN", "TCT")
        ]

    old = tmp_path / "cu.sqlite"
    engine = make_engine(old)
    upgrade(engine, "0004")
    with sqlite3.connect(old) as raw:
        raw.execute(
            "INSERT INTO profile VALUES (1, 'UBND TỈNH CAO BẰNG', 'ĐOÀN KIỂM TRA', 'Đoàn', "
            "'Cao Bằng', 'DKT', '[]', '[]')"
        )
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(old) as raw:
        assert raw.execute("SELECT parent_organ, issuer_code FROM profile").fetchall() == [
            ("UBND TỈNH CAO BẰNG", "DKT")
        ]


def _directory(services, organizations, removed=(), **profile) -> DirectoryData:
    current = services.profile.get()
    for name, value in profile.items():
        setattr(current, name, value)
    group = WorkingGroupData(members=[MemberData("Lương Đức An", role="Tổ trưởng")])
    return DirectoryData(current, list(organizations), list(removed), group)


def test_the_directory_is_saved_in_one_transaction_parents_after_children(services):
    # Listed child first: the save links parents once every organization is written.
    organizations = [
        dto.OrganizationData(code="ORG-VP", name="Văn phòng HĐND và UBND", parent_code="ORG-TP"),
        dto.OrganizationData(code="ORG-TP", name="UBND thành phố Đồi Thông", parent_code="TINH"),
        dto.OrganizationData(code="TINH", name="UBND tỉnh Lạng Sơn"),
    ]
    with counted(services.db.engine) as seen:
        services.directory.save_directory(
            _directory(services, organizations, place_name="Đồng Đăng")
        )
    assert seen["commits"] == 1
    assert services.profile.organization("ORG-VP").parent_code == "ORG-TP"
    assert services.profile.organization("ORG-TP").parent_code == "TINH"
    assert services.profile.get().place_name == "Đồng Đăng"
    # Removing a unit and the one under it: the one under it goes first.
    services.directory.save_directory(_directory(services, [], removed=["ORG-TP", "ORG-VP"]))
    assert services.profile.organization("ORG-TP") is None


def test_a_refused_directory_save_writes_nothing(services):
    unit = dto.OrganizationData(code="ORG-MX", name="UBND huyện Mây Xanh")
    services.directory.save_directory(_directory(services, [unit]))
    services.inspections.create_new(unit_code="ORG-MX", unit_name="UBND huyện Mây Xanh")
    with pytest.raises(InputError, match="đang được dùng"):
        services.directory.save_directory(
            _directory(services, [], removed=["ORG-MX"], place_name="Hữu Lũng")
        )
    assert services.profile.get().place_name == "Lạng Sơn"
    assert services.profile.organization("ORG-MX") is not None
