"""The streamed export writes the bytes the whole-file export wrote, reading in batches."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from app.datafile import DataFileContent, dumps, schema
from app.datafile.writer import plain, write_plain
from app.domain.errors import InputError
from app.services import archive_read
from main import main
from tests.datafile.archives import ARCHIVES, EXPORTS
from tests.datafile.strategies import contents

ROOT = Path(__file__).resolve().parents[2]


def _export_all(db_path, out) -> None:
    assert main(["--db", str(db_path), "export-json", "--all", "-o", str(out)]) == 0


@pytest.mark.parametrize("name", sorted(ARCHIVES))
def test_export_all_writes_the_bytes_of_the_whole_file_export(name, services, db_path, tmp_path):
    ARCHIVES[name](services)
    out = tmp_path / "out.json"
    _export_all(db_path, out)
    assert out.read_bytes() == (EXPORTS / f"{name}.json").read_bytes()


@pytest.mark.parametrize("name", sorted(ARCHIVES))
def test_bulk_reads_give_what_the_editor_reads(name, services):
    """Each inspection read in bulk is the data class the editor gets, as plain values."""
    ARCHIVES[name](services)
    ids = [r.id for r in services.inspections.list_rows(trashed=True)]
    ids += [r.id for r in services.inspections.list_rows()]
    with services.transfer.exporting(ids) as export:
        read = list(export.inspections)
    assert read == [plain(services.inspections.get(i)) for i in ids]


def _reference_dumps(content: DataFileContent) -> str:
    """The export before it streamed: the whole file validated, then `json.dumps`."""
    raw = {
        "format": schema.FORMAT,
        "organizations": [plain(o) for o in content.organizations],
        "inspections": [plain(i) for i in content.inspections],
    }
    model = schema.DataFile.model_validate(raw)
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


# Any character UTF-8 can carry: controls, separators, astral planes, escapes JSON must write.
_ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=60, deadline=None)
@given(contents(), _ANY_TEXT, _ANY_TEXT)
def test_the_c_encoder_writes_what_json_dumps_wrote(content, subject, name):
    for inspection in content.inspections:
        inspection.subject = subject
        inspection.notice.recipients.append(subject)
    for organization in content.organizations:
        organization.name = name or "x"
    assert dumps(content) == _reference_dumps(content)


def _statements(services) -> list[str]:
    seen: list[str] = []
    engine = services.db.engine

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    return seen


def test_export_reads_a_few_queries_per_batch_as_it_writes(services, monkeypatch):
    ARCHIVES["synthetic"](services)
    monkeypatch.setattr(archive_read, "BATCH", 3)
    ids = [r.id for r in services.inspections.list_rows()]
    assert len(ids) == 8
    seen = _statements(services)
    with services.transfer.exporting(ids) as export:
        before = len(seen)
        next(export.inspections)
        first_batch = len(seen) - before
        out = io.StringIO()
        assert write_plain(out, export.organizations, export.inspections) == 7
    # one query per table for a batch (organization codes once), whatever its size
    assert first_batch <= 8
    assert len(seen) - before <= 3 * 8


def test_an_unknown_id_is_refused_before_anything_is_read(services):
    ARCHIVES["awkward"](services)
    with pytest.raises(InputError) as info:
        with services.transfer.exporting([1, 99, 98]):
            pass
    assert info.value.message == "Không có cuộc kiểm tra mã số 99."


def test_the_services_load_the_data_file_models_only_for_an_export():
    """Start-up (the app's, every command's) builds the services without pydantic's models."""
    code = "import sys, app.services.bundle; print('pydantic' in sys.modules)"
    child = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert child.stdout.strip() == "False"
