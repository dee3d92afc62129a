"""The schema models mirror the data classes, and the committed JSON Schema matches the models."""

import dataclasses

import pytest

from app import dto
from app.datafile import schema, schema_v1
from app.datafile.jsonschema import json_schema_path, json_schema_text
from app.paths import resources_dir

PAIRS = [
    (schema.Organization, dto.OrganizationData),
    (schema.Attendee, dto.AttendeeData),
    (schema.Task, dto.TaskData),
    (schema.Indicator, dto.IndicatorData),
    (schema.Entry, dto.EntryData),
    (schema.Notice, dto.NoticeData),
    (schema.Inspection, dto.InspectionData),
]


@pytest.mark.parametrize(("model", "data_class"), PAIRS, ids=lambda p: p.__name__)
def test_models_have_the_fields_of_the_data_classes_in_their_order(model, data_class):
    wanted = [
        f.name for f in dataclasses.fields(data_class) if f.name not in dto.BOOKKEEPING_FIELDS
    ]
    assert list(model.model_fields) == wanted


def test_committed_json_schema_matches_the_models():
    committed = json_schema_path().read_text(encoding="utf-8")
    assert committed == json_schema_text(), (
        "resources/schema/tocongtac-3.schema.json is out of date: "
        "run `python -m app.datafile.jsonschema`"
    )


def test_the_first_format_schema_still_describes_its_models():
    """tocongtac/1 is frozen: its shipped schema and the models that read /1 files agree."""
    import json

    committed = (resources_dir() / "schema" / "tocongtac-1.schema.json").read_text("utf-8")
    assert committed == json.dumps(schema_v1.json_schema(), ensure_ascii=False, indent=2) + "\n"


def test_json_schema_documents_the_formats_of_dates_and_numbers():
    text = json_schema_text()
    assert '"const": "tocongtac/3"' in text
    assert "**đậm**" in text  # the emphasis markup is documented
    assert '"format": "date"' in text
    assert '"pattern": "^-?[0-9]+(\\\\.[0-9]+)?$"' in text
    assert "\\u" not in text  # Vietnamese title written as text
