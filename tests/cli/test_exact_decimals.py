"""Issue 12.2: exact decimals from file to database and back; never through a float."""

from __future__ import annotations

import json

import pytest

from tests.datafile.builders import as_text, minimal_file


def _with_target(tmp_path, value, name="so.json"):
    data = minimal_file(format="tocongtac/2")
    data["inspections"][0]["indicators"][0]["target"] = value
    path = tmp_path / name
    path.write_text(as_text(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["12345678901234.56789", "98765432109876543210", "-0.000001"])
def test_long_decimals_round_trip_digit_for_digit(cli, tmp_path, value):
    assert cli("import", _with_target(tmp_path, value)).code == 0
    out = tmp_path / "ra.json"
    assert cli("export-json", "--all", "-o", out).code == 0
    exported = json.loads(out.read_text("utf-8"))
    assert exported["inspections"][0]["indicators"][0]["target"] == value


@pytest.mark.parametrize("value", ["1" + "0" * 400, "1" * 31, "1e400"])
def test_a_number_too_long_to_keep_is_refused_with_its_path(cli, snapshot, tmp_path, value):
    path = _with_target(tmp_path, "@" if value == "1e400" else value)
    if value == "1e400":  # a JSON number written without quotes
        path.write_text(path.read_text("utf-8").replace('"@"', "1e400"), encoding="utf-8")
    assert cli("demo").code == 0  # a database to leave as it was
    before = snapshot()
    result = cli("import", path)
    assert result.code == 2
    assert "«inspections[0].indicators[0].target»" in result.err
    assert "Infinity" not in result.err and "inf" not in result.err.lower().split()
    assert snapshot() == before
