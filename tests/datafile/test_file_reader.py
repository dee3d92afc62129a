"""Reading a file one inspection at a time gives what reading it whole gives: the same data,
or the same refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from app.datafile import dumps, file_reader, parse_data, read_data_file
from app.domain.errors import InputError
from tests.datafile.archives import EXPORTS
from tests.datafile.builders import minimal_file
from tests.datafile.strategies import contents

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch):
    """Values and words cut across chunks everywhere."""
    monkeypatch.setattr(file_reader, "CHUNK", 97)


@pytest.mark.parametrize(
    "path", [*sorted(EXPORTS.glob("*.json")), DATA / "demo-v1.json"], ids=lambda p: p.name
)
def test_a_file_read_in_pieces_is_the_file_read_whole(path):
    assert file_reader.read_in_pieces(path) == parse_data(path.read_bytes())


@settings(max_examples=40, deadline=None)
@given(contents())
def test_generated_files_read_in_pieces_as_whole(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("gen") / "x.json"
    path.write_text(dumps(content), encoding="utf-8")
    assert file_reader.read_in_pieces(path) == parse_data(path.read_bytes())


def _layouts() -> dict[str, bytes]:
    data = minimal_file()
    reordered = {"inspections": data["inspections"], "format": data["format"]}
    return {
        "compact": json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(),
        "escaped, wide": json.dumps(data, indent=9).encode(),
        "byte order mark": b"\xef\xbb\xbf" + json.dumps(data).encode() + b"\r\n\t ",
        "no organizations": json.dumps(data | {"organizations": []}).encode(),
        "no inspection": json.dumps(data | {"inspections": []}).encode(),
        "inspections first": json.dumps(reordered).encode(),  # the whole-file reader reads it
    }


@pytest.mark.parametrize("name", list(_layouts()))
def test_any_layout_reads_the_same(name, tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(_layouts()[name])
    assert read_data_file(path) == parse_data(path.read_bytes())


def _late(text: str, old: str, new: str) -> bytes:
    """*text* with the last *old* replaced: the problem comes late in the file."""
    at = text.rindex(old)
    return (text[:at] + new + text[at + len(old) :]).encode()


def _broken() -> dict[str, bytes]:
    text = (EXPORTS / "synthetic.json").read_text(encoding="utf-8")
    data = text.encode()
    deep = "[" * 40 + "]" * 40
    return {
        "cut short": data[:-40],
        "extra data": data + b" {}",
        "key twice at the top": _late(text, '"inspections"', '"format": "x", "inspections"'),
        "key twice inside": _late(text, '"place"', '"place": "a", "place"'),
        "bad byte late": data[:-300] + b"\xff" + data[-300:],
        "lone surrogate": _late(text, '"note": ""', '"note": "\\ud800"'),
        "too deep": _late(text, '"scopes": []', f'"scopes": {deep}'),
        "bad field late": _late(text, '"note"', '"not_a_field": 1, "note"'),
        "bare number": _late(text, '"152.5"', "152.5"),
        "huge integer": _late(text, '"year": 2023', '"year": ' + "9" * 30),
        "missing comma": _late(text, "},\n    {", "}\n    {"),
        "not an object": b"[1, 2]",
        "unknown format": text.replace("tocongtac/3", "tocongtac/9").encode(),
        "empty": b"",
    }


@pytest.mark.parametrize("name", list(_broken()))
def test_a_broken_file_gets_the_whole_file_readers_words(name, tmp_path):
    path = tmp_path / "hong.json"
    data = _broken()[name]
    path.write_bytes(data)
    with pytest.raises(InputError) as whole:
        parse_data(data, source=path.name)
    with pytest.raises(InputError) as pieces:
        read_data_file(path)
    assert (pieces.value.message, pieces.value.field) == (whole.value.message, whole.value.field)
