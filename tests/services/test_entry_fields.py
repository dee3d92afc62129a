"""Quick saves of typed entry fields: only those values, only live entries of the inspection."""

from __future__ import annotations

import unicodedata

import pytest

from app import dto
from app.domain.errors import InputError
from app.services.entry_fields import EntryFieldService


def _saved(services, unit: str = "UBND huyện Khe Đá") -> dto.InspectionData:
    data = services.inspections.new(unit_name=unit)
    data.entries = [
        dto.EntryData(section="limitation", text="Một"),
        dto.EntryData(section="recommendation", text="Hai"),
    ]
    services.inspections.save(data)
    return data


def test_writes_the_fields_and_nothing_else(services, database):
    data = _saved(services)
    first, second = data.entries
    data.place = "not saved: a quick save writes entry fields only"
    nfd = unicodedata.normalize("NFD", "Một việc còn chậm")
    fields = EntryFieldService(database.sessions)
    assert fields.save_fields(data.id, {first.id: {"text": nfd}, second.id: {"addressee": "X"}})
    stored = services.inspections.get(data.id)
    assert stored.entries[0].text == unicodedata.normalize("NFC", nfd)
    assert stored.entries[1].addressee == "X" and stored.entries[1].text == "Hai"
    assert stored.place == ""


def test_refuses_what_it_cannot_write_and_writes_nothing(services, database):
    data = _saved(services)
    other = _saved(services, "Sở Tài chính")
    fields = EntryFieldService(database.sessions)
    first = data.entries[0]
    assert not fields.save_fields(data.id, {first.id: {"text": "A"}, other.entries[0].id: {}})
    assert not fields.save_fields(data.id, {first.id: {"section": "proposal"}})
    assert not fields.save_fields(data.id, {999_999: {"text": "A"}})
    data.entries.pop(0)  # saving without it moves it to the trash
    services.inspections.save(data)
    assert not fields.save_fields(data.id, {first.id: {"text": "A"}})
    assert services.inspections.trashed_entries(data.id)[0].text == "Một"


def test_a_missing_inspection_is_an_input_error(database):
    with pytest.raises(InputError, match="999999"):
        EntryFieldService(database.sessions).save_fields(999_999, {})
