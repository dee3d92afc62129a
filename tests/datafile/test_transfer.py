"""Import and export through the database: one transaction, nothing left behind on a refusal."""

import io

import pytest
from hypothesis import given, settings
from sqlalchemy import func, select

from app.database import open_database
from app.datafile import parse_data
from app.datafile.writer import plain, write_plain
from app.domain.errors import InputError
from app.services.bundle import Services
from app.services.transfer import TransferService
from db import models
from tests.datafile.builders import as_text, minimal_file
from tests.datafile.strategies import contents


def _counts(services: Services) -> dict[str, int]:
    with services.db.sessions() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (
                models.Organization,
                models.Inspection,
                models.AssignedTask,
                models.Entry,
                models.Notice,
                models.NoticeRecipient,
                models.RegisterEntry,
            )
        }


def _import(services: Services, data) -> list[int]:
    content = parse_data(as_text(data))
    return TransferService(services.db.sessions).import_inspections(
        content.organizations, content.inspections
    )


def _export(services: Services, ids=None) -> str:
    ids = ids if ids is not None else [r.id for r in services.inspections.list_rows()]
    out = io.StringIO()
    with TransferService(services.db.sessions).exporting(ids) as export:
        write_plain(out, export.organizations, export.inspections)
    return out.getvalue()


def test_import_adds_inspections_units_and_register_numbers(services):
    (new_id,) = _import(services, minimal_file())
    got = services.inspections.get(new_id)
    assert got.unit_code == "ORG-KHEDA"
    assert [t.content for t in got.tasks][0] == "Triển khai kế hoạch thu ngân sách"
    row = services.inspections.list_rows()[0]
    assert row.notice_number == "57/TB-TCT"
    assert services.register.next_number(2024) == 58


def test_a_uuid_already_present_refuses_the_whole_file(services):
    _import(services, minimal_file())
    other = minimal_file()["inspections"][0] | {"uuid": "11111111-2222-4333-8444-555555555555"}
    other["notice"] = {}
    before = _counts(services)
    with pytest.raises(InputError) as info:
        _import(services, minimal_file(inspections=[other, minimal_file()["inspections"][0]]))
    assert "«inspections[1]»" in info.value.message
    assert "đã có trong cơ sở dữ liệu" in info.value.message
    assert info.value.field == "inspections[1].uuid"
    assert _counts(services) == before


def test_a_uuid_twice_in_one_file_is_refused(services):
    inspection = minimal_file()["inspections"][0]
    with pytest.raises(InputError) as info:
        _import(services, minimal_file(inspections=[inspection, inspection | {"notice": {}}]))
    assert "trùng với «inspections[0].uuid»" in info.value.message
    assert _counts(services)["inspection"] == 0


def test_a_register_clash_refuses_the_import_and_leaves_nothing(services):
    first = minimal_file()["inspections"][0] | {"uuid": "11111111-2222-4333-8444-555555555555"}
    first["notice"] = first["notice"] | {"number": "12"}
    second = minimal_file()["inspections"][0] | {"uuid": "11111111-2222-4333-8444-666666666666"}
    second["notice"] = second["notice"] | {"number": "12", "date": "2024-12-01"}
    with pytest.raises(InputError) as info:
        _import(services, minimal_file(inspections=[first, second]))
    assert "«inspections[1].notice.number»" in info.value.message
    assert "12/TB-TCT năm 2024 đã được dùng" in info.value.message
    assert all(v == 0 for v in _counts(services).values())


def test_an_issued_notice_needs_a_numeric_number(services):
    data = minimal_file()
    data["inspections"][0]["notice"]["number"] = "57a"
    with pytest.raises(InputError) as info:
        _import(services, data)
    assert info.value.field == "inspections[0].notice.number"


def test_an_unknown_unit_code_is_refused(services):
    data = minimal_file(organizations=[])
    with pytest.raises(InputError) as info:
        _import(services, data)
    assert "«inspections[0].unit_code»" in info.value.message
    assert "ORG-KHEDA" in info.value.message


def test_organizations_present_keep_their_data_and_parents_are_linked(services):
    from app import dto

    services.profile.save_organization(dto.OrganizationData(code="ORG-KHEDA", name="Tên cũ"))
    data = minimal_file()
    data["organizations"] = [
        {"code": "ORG-KHEDA-VP", "name": "Văn phòng", "parent_code": "ORG-KHEDA"},
        {"code": "ORG-KHEDA", "name": "UBND huyện Khe Đá"},
    ]
    _import(services, data)
    assert services.profile.organization("ORG-KHEDA").name == "Tên cũ"
    assert services.profile.organization("ORG-KHEDA-VP").parent_code == "ORG-KHEDA"


def test_export_carries_the_unit_and_its_parents_only(services):
    data = minimal_file()
    data["organizations"] = [
        {"code": "ORG-TINH", "name": "UBND tỉnh"},
        {"code": "ORG-KHEDA", "name": "UBND huyện Khe Đá", "parent_code": "ORG-TINH"},
        {"code": "ORG-KHAC", "name": "Không dùng"},
    ]
    _import(services, data)
    exported = parse_data(_export(services))
    assert [o.code for o in exported.organizations] == ["ORG-KHEDA", "ORG-TINH"]


def test_export_of_an_unknown_id_is_refused(services):
    with pytest.raises(InputError):
        _export(services, [99])


@pytest.fixture(scope="module")
def two_databases(tmp_path_factory):
    """Two databases for the whole module, emptied before each example (migrating is slow)."""
    folder = tmp_path_factory.mktemp("round-trip")
    pair = [Services(open_database(folder / f"{n}.sqlite")) for n in (1, 2)]
    yield pair
    for services in pair:
        services.db.close()


def _empty(services: Services) -> None:
    with services.db.sessions.begin() as s:
        for model in (models.RegisterEntry, models.Inspection):
            for row in s.scalars(select(model)):
                s.delete(row)
        organizations = list(s.scalars(select(models.Organization)))
        for org in organizations:
            org.parent_id = None
        s.flush()
        for org in organizations:
            s.delete(org)


@settings(max_examples=25, deadline=None)
@given(content=contents())
def test_database_round_trip_is_byte_identical(two_databases, content):
    first, second = two_databases
    _empty(first)
    _empty(second)
    TransferService(first.db.sessions).import_inspections(
        content.organizations, content.inspections
    )
    exported = _export(first)
    read_back = parse_data(exported)
    assert sorted(plain(read_back.inspections), key=lambda i: i["uuid"]) == sorted(
        plain(content.inspections), key=lambda i: i["uuid"]
    )
    TransferService(second.db.sessions).import_inspections(
        read_back.organizations, read_back.inspections
    )
    assert _export(second) == exported
