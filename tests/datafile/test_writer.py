"""Writing data files: fixed field order, canonical numbers, the same data always the same bytes."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings

from app import dto
from app.datafile import DataFileContent, dumps, parse_data, write_data_file
from app.datafile.fields import format_decimal
from app.datafile.writer import plain
from app.domain.errors import InputError
from tests.datafile.builders import as_text, minimal_file
from tests.datafile.strategies import contents


def test_the_file_has_the_documented_shape():
    text = dumps(parse_data(as_text(minimal_file())))
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "tocongtac/3",\n  "organizations": [\n')
    data = json.loads(text)
    assert list(data) == ["format", "organizations", "inspections", "bases"]
    inspection = data["inspections"][0]
    assert list(inspection)[:3] == ["uuid", "kind", "unit_code"]
    assert "id" not in inspection and "id" not in inspection["tasks"][0]
    assert inspection["indicators"][0]["target"] == "58.2"
    assert inspection["tasks"][0]["deadline"] == "2024-02-15"
    assert "UBND huyện Khe Đá" in text  # not \u-escaped


def test_every_field_is_written_even_when_empty():
    data = json.loads(dumps(parse_data(as_text(minimal_file()))))
    assert data["inspections"][0]["tasks"][1]["completed_on"] is None
    assert data["inspections"][0]["attendees"] == []
    assert data["inspections"][0]["notice"]["draft_month"] is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("46.4", "46.4"),
        ("46.40", "46.4"),
        ("1250", "1250"),
        ("1E+3", "1000"),
        ("100.0000000000", "100"),
        ("123456789.1234000027", "123456789.1234000027"),  # every digit kept
        ("12345678901234.56789", "12345678901234.56789"),
        ("-0.5", "-0.5"),
        ("0E-10", "0"),
    ],
)
def test_numbers_are_written_canonically(value, text):
    assert format_decimal(Decimal(value)) == text


def test_database_ids_do_not_change_the_output():
    content = parse_data(as_text(minimal_file()))
    before = dumps(content)
    content.inspections[0].id = 17
    content.inspections[0].tasks[0].id = 4
    assert dumps(content) == before


def test_an_invalid_value_is_refused_on_export_with_its_path():
    content = DataFileContent(
        inspections=[dto.InspectionData(uuid="3f0c8f9e-2b1d-4c55-9a57-0d2a8d0c1e01", kind="x")]
    )
    with pytest.raises(InputError) as info:
        dumps(content)
    assert "«inspections[0].kind»" in info.value.message


def test_write_data_file_writes_utf8_text(tmp_path):
    content = parse_data(as_text(minimal_file()))
    path = tmp_path / "out.json"
    write_data_file(path, content)
    assert path.read_text(encoding="utf-8") == dumps(content)


@settings(max_examples=60, deadline=None)
@given(contents())
def test_file_round_trip_is_exact(content):
    text = dumps(content)
    again = parse_data(text)
    assert dumps(again) == text
    assert plain(again.inspections) == plain(content.inspections)
    assert plain(again.organizations) == plain(content.organizations)


def test_dates_and_enums_of_data_classes_are_written_as_plain_values():
    content = DataFileContent(
        inspections=[
            dto.InspectionData(
                uuid="3f0c8f9e-2b1d-4c55-9a57-0d2a8d0c1e01",
                kind=dto.Kind.HOP,
                date=dt.date(2020, 5, 13),
                entries=[dto.EntryData(section=dto.Section.ASSESSMENT, text="x")],
            )
        ]
    )
    data = json.loads(dumps(content))["inspections"][0]
    assert data["kind"] == "hop" and data["date"] == "2020-05-13"
    assert data["entries"][0]["section"] == "assessment"
