"""InspectionService: save/get round trips, in-place child updates, NFC, trash."""

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest

from app import dto
from app.domain.errors import InputError


def _sample(services) -> dto.InspectionData:
    data = services.inspections.new(
        unit_name="UBND huyện Mây Xanh", date=dt.date(2024, 8, 20), cutoff_date=dt.date(2024, 8, 16)
    )
    data.tasks = [
        dto.TaskData(
            content="Nhiệm vụ 1", deadline=dt.date(2024, 1, 31), completed_on=dt.date(2024, 1, 25)
        ),
        dto.TaskData(content="Nhiệm vụ 2", deadline=dt.date(2024, 9, 30)),
    ]
    data.indicators = [
        dto.IndicatorData(name="Thu ngân sách", target=Decimal("152.5"), actual=Decimal("98.7"))
    ]
    data.entries = [
        dto.EntryData(section=dto.Section.LIMITATION, text="Hạn chế một"),
        dto.EntryData(section=dto.Section.RECOMMENDATION, text="Kiến nghị một"),
    ]
    return data


def test_save_then_get_gives_the_same_inspection(services):
    data = _sample(services)
    row = services.inspections.save(data)
    assert row.id == data.id and row.task_count == 2 and row.completed_count == 1
    loaded = services.inspections.get(data.id)
    assert loaded == data
    assert all(t.id is not None for t in loaded.tasks)


def test_child_rows_are_updated_in_place(services):
    data = _sample(services)
    services.inspections.save(data)
    first_ids = [e.id for e in data.entries]
    data.entries.reverse()
    data.entries[0].text = "Kiến nghị đã sửa"
    services.inspections.save(data)
    loaded = services.inspections.get(data.id)
    assert [e.id for e in loaded.entries] == list(reversed(first_ids))
    assert loaded.entries[0].text == "Kiến nghị đã sửa"


def test_text_is_stored_as_nfc(services):
    data = _sample(services)
    data.unit_name = unicodedata.normalize("NFD", "UBND thành phố Đồi Thông")
    data.entries[0].text = unicodedata.normalize("NFD", "Tỷ lệ hồ sơ còn thấp")
    services.inspections.save(data)
    loaded = services.inspections.get(data.id)
    assert loaded.unit_name == "UBND thành phố Đồi Thông"
    assert loaded.entries[0].text == unicodedata.normalize("NFC", "Tỷ lệ hồ sơ còn thấp")


def test_deleted_entries_go_to_the_trash_and_come_back(services):
    data = _sample(services)
    services.inspections.save(data)
    removed = data.entries.pop(0)
    services.inspections.save(data)
    assert [e.text for e in services.inspections.get(data.id).entries] == ["Kiến nghị một"]
    trashed = services.inspections.trashed_entries(data.id)
    assert [e.text for e in trashed] == [removed.text]
    services.inspections.restore_entry(trashed[0].id)
    texts = [e.text for e in services.inspections.get(data.id).entries]
    assert texts == ["Kiến nghị một", "Hạn chế một"]


def test_trash_and_restore_an_inspection(services):
    data = _sample(services)
    services.inspections.save(data)
    services.inspections.delete(data.id)
    assert services.inspections.list_rows() == []
    assert [r.id for r in services.inspections.list_rows(trashed=True)] == [data.id]
    restored = services.inspections.restore(data.id)
    assert services.inspections.list_rows() == [restored]
    services.inspections.delete(data.id)
    assert services.inspections.purge_trash() == 1
    with pytest.raises(InputError):
        services.inspections.get(data.id)


def test_list_is_sorted_by_date_and_filtered_by_year(services):
    for day in (dt.date(2024, 10, 8), dt.date(2021, 8, 10), dt.date(2024, 8, 20)):
        data = services.inspections.new(unit_name=f"Đơn vị {day}", date=day)
        services.inspections.save(data)
    assert [r.date for r in services.inspections.list_rows()] == [
        dt.date(2021, 8, 10),
        dt.date(2024, 8, 20),
        dt.date(2024, 10, 8),
    ]
    assert len(services.inspections.list_rows(year=2021)) == 1


def test_unknown_id_is_a_vietnamese_input_error(services):
    with pytest.raises(InputError) as info:
        services.inspections.get(4242)
    assert "4242" in info.value.message


def test_an_entry_brought_back_by_undo_is_revived_not_duplicated(services):
    data = _sample(services)
    services.inspections.save(data)
    removed = data.entries.pop(0)
    services.inspections.save(data)
    data.entries.insert(0, removed)
    services.inspections.save(data)
    assert [e.id for e in services.inspections.get(data.id).entries] == [e.id for e in data.entries]
    assert services.inspections.trashed_entries(data.id) == []


def test_a_new_inspection_carries_the_profiles_defaults_even_on_a_fresh_database(services):
    data = services.inspections.new(unit_name="UBND huyện Khe Đá")
    assert data.notice.issuer_code == "TCT" and data.notice.place == "Lạng Sơn"
    assert data.notice.recipients and data.notice.recipients[-1].startswith("Lưu: VT")


def test_list_rows_count_each_inspections_own_tasks_trashed_or_not(services):
    ids = []
    for done, total in ((1, 3), (2, 2), (0, 4)):
        data = services.inspections.new(unit_name=f"Đơn vị {total}", date=dt.date(2024, 5, total))
        data.tasks = [
            dto.TaskData(
                content=f"Nhiệm vụ {i}",
                deadline=dt.date(2030, 1, 1),
                completed_on=dt.date(2024, 1, 1) if i < done else None,
            )
            for i in range(total)
        ]
        ids.append(services.inspections.save(data).id)
    services.inspections.delete(ids[2])
    live = {r.id: (r.completed_count, r.task_count) for r in services.inspections.list_rows()}
    assert live == {ids[0]: (1, 3), ids[1]: (2, 2)}
    trashed = services.inspections.list_rows(trashed=True)
    assert [(r.id, r.completed_count, r.task_count) for r in trashed] == [(ids[2], 0, 4)]


def test_emptying_the_trash_also_removes_deleted_entries(services):
    data = _sample(services)
    services.inspections.save(data)
    data.entries.pop(0)
    services.inspections.save(data)
    assert len(services.inspections.trashed_entries(data.id)) == 1
    assert services.inspections.purge_trash() == 0
    assert services.inspections.trashed_entries(data.id) == []
    assert [e.text for e in services.inspections.get(data.id).entries] == ["Kiến nghị một"]
