"""The bulk import: all or nothing, the exported bytes back, the imported text searchable."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app import dto
from app.database import open_database
from app.services import archive_write
from app.services.bundle import Services
from main import main
from tests.datafile.archives import EXPORTS


def _run(capsys, db: Path, *args: str | Path) -> tuple[int, str]:
    code = main(["--db", str(db), *map(str, args)])
    return code, capsys.readouterr().err


def _digest(db: Path) -> str:
    """The database file's bytes (every connection closed: nothing waits in a WAL file)."""
    assert not Path(f"{db}-wal").exists()
    return hashlib.sha256(db.read_bytes()).hexdigest()


def _synthetic() -> dict:
    return json.loads((EXPORTS / "synthetic.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "nhap.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _clash_late(data: dict) -> tuple[dict, str]:
    """The last inspection's notice takes a number the demo's register already holds."""
    last = data["inspections"][-1]["notice"]
    last |= {"issued": True, "number": "54", "date": "2021-08-20", "issuer_code": "TCT"}
    return data, "inspections[7].notice.number"


def _uuid_present(data: dict) -> tuple[dict, str]:
    """The last inspection is one the demo already holds."""
    data["inspections"][-1]["uuid"] = "8430b8df-1da9-5f76-8d36-356b47c016d2"
    return data, "inspections[7]"


def _bad_row_late(data: dict) -> tuple[dict, str]:
    data["inspections"][7]["tasks"][4]["deadline"] = "2024-02-30"
    return data, "inspections[7].tasks[4].deadline"


@pytest.mark.parametrize("spoil", [_clash_late, _uuid_present, _bad_row_late])
def test_a_refused_import_leaves_the_database_file_byte_identical(
    spoil, capsys, db_path, tmp_path, monkeypatch
):
    monkeypatch.setattr(archive_write, "BATCH", 3)  # the clash comes after three batches
    assert _run(capsys, db_path, "demo")[0] == 0
    before = _digest(db_path)
    data, where = spoil(_synthetic())
    code, err = _run(capsys, db_path, "import", _write(tmp_path, data))
    assert code == 2
    assert err.count("\n") == 1 and f"«{where}»" in err, err
    assert _digest(db_path) == before


@pytest.mark.parametrize("name", ["demo", "synthetic", "awkward"])
def test_export_import_export_gives_the_same_bytes(name, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(archive_write, "BATCH", 3)
    db, out = tmp_path / "moi.sqlite", tmp_path / "lai.json"
    assert _run(capsys, db, "import", EXPORTS / f"{name}.json")[0] == 0
    assert _run(capsys, db, "export-json", "--all", "-o", out)[0] == 0
    assert out.read_bytes() == (EXPORTS / f"{name}.json").read_bytes()
    database = open_database(db)
    try:
        assert Services(database).search.stale() == (0, 0)  # the index is what rebuild makes
    finally:
        database.close()


def _found(services: Services, text: str) -> set[str]:
    result = services.search.search(text, limit=None)
    return {h.source for g in result.groups for h in g.hits}


def test_imported_text_is_found_and_later_saves_are_indexed(capsys, db_path):
    assert _run(capsys, db_path, "import", EXPORTS / "awkward.json")[0] == 0
    assert _run(capsys, db_path, "import", EXPORTS / "synthetic.json")[0] == 0
    database = open_database(db_path)
    try:
        services = Services(database)
        assert {"inspection", "task", "indicator", "attendee", "entry", "notice", "recipient"} <= (
            _found(services, "không với")
        )
        assert "task" in _found(services, "giai ngan von dau tu")
        rows = services.inspections.list_rows()
        saved = services.inspections.get(rows[0].id)
        saved.tasks.append(dto.TaskData(content="Kiểm kê kho lưu trữ điện tử"))
        services.inspections.save(saved)  # the insert triggers are back
        assert "task" in _found(services, "kho luu tru")
    finally:
        database.close()
