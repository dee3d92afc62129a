"""Fuzzing `tocongtac import` with data files (issue 14): for every generated file, either
exit 0 and an identical round trip, or exit 2 with one line and the database byte-identical;
never exit 1.

Files start as valid ones (tests.datafile.strategies) and are then bent: NFD text, bidi
controls, a value replaced by anything JSON can say (huge integers, floats, deep nesting, long
text, lone surrogates), a key dropped, added or written twice, the bytes cut short or flipped.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.database import open_database
from app.datafile import dumps, parse_data
from tests.datafile.builders import minimal_file
from tests.datafile.strategies import contents

FUZZ_EXAMPLES = 150


class Pairs(list):
    """An object written with its pairs as they are, so a key can appear twice."""


def _emit(value: Any, ascii_only: bool) -> str:
    if isinstance(value, Pairs):
        inner = ", ".join(f"{_emit(k, ascii_only)}: {_emit(v, ascii_only)}" for k, v in value)
        return "{" + inner + "}"
    if isinstance(value, dict):
        return _emit(Pairs(value.items()), ascii_only)
    if isinstance(value, list):
        return "[" + ", ".join(_emit(v, ascii_only) for v in value) + "]"
    if isinstance(value, _Raw):
        return value.text
    return json.dumps(value, ensure_ascii=ascii_only)


class _Raw:
    """JSON text put in as is (a number literal too long for Python's int())."""

    def __init__(self, text: str):
        self.text = text


def _places(tree: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) of the tree, containers included; an object already written with
    a key twice (Pairs) is one value, not a container to bend further."""
    found = []
    stack = [tree]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in list(items):
            found.append((node, key))
            if isinstance(child, (dict, list)) and not isinstance(child, Pairs):
                stack.append(child)
    return found


def _strings(tree: Any) -> list[tuple[Any, Any]]:
    return [(c, k) for c, k in _places(tree) if isinstance(c[k], str)]


junk = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "2021-02-31", "0001-01-01", "46,4", "1e400", "٥٤", "²", "\ud800"])
    | st.builds(lambda n: _Raw("9" * n), st.integers(19, 5000))
    | st.builds(lambda n: "x" * n, st.sampled_from([50_000, 50_001])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


@st.composite
def data_files(draw) -> bytes:
    tree = json.loads(dumps(draw(contents())))
    for _ in range(draw(st.integers(0, 3))):
        places = _places(tree)
        strings = _strings(tree)
        how = draw(
            st.sampled_from(["nfd", "bidi", "replace", "drop", "add", "twice", "deep", "surrogate"])
        )
        if how in ("nfd", "bidi", "surrogate") and strings:
            container, key = draw(st.sampled_from(strings))
            text = container[key]
            if how == "nfd":
                container[key] = unicodedata.normalize("NFD", text)
            else:
                cut = draw(st.integers(0, len(text)))
                mark = "\u202e" if how == "bidi" else draw(st.sampled_from(["\ud800", "\udfff"]))
                container[key] = text[:cut] + mark + text[cut:]
        elif how == "replace" and places:
            container, key = draw(st.sampled_from(places))
            container[key] = draw(junk)
        elif how == "drop" and places:
            container, key = draw(st.sampled_from(places))
            del container[key]
        elif how == "add":
            dicts = [tree] + [c[k] for c, k in places if isinstance(c[k], dict)]
            target = draw(st.sampled_from(dicts))
            target[draw(st.text(min_size=1, max_size=10))] = draw(junk)
        elif how == "twice":
            dicts = [(c, k) for c, k in places if isinstance(c[k], dict) and c[k]]
            if dicts:
                container, key = draw(st.sampled_from(dicts))
                pairs = Pairs(container[key].items())
                name = draw(st.sampled_from([k for k, _ in pairs]))
                pairs.append((name, draw(junk)))
                container[key] = pairs
        elif how == "deep" and places:
            container, key = draw(st.sampled_from(places))
            depth = draw(st.sampled_from([5, 40, 3000]))
            container[key] = _Raw("[" * depth + "1" + "]" * depth)
    text = _emit(tree, ascii_only=draw(st.booleans()))
    data = text.encode("utf-8", "surrogatepass")
    damage = draw(st.sampled_from(["none"] * 6 + ["cut", "flip"]))
    if damage == "cut" and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif damage == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    return data


def _run(*args: str | Path) -> tuple[int, str]:
    from main import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in args])
    return code, err.getvalue()


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "rong.sqlite"
    open_database(path).close()
    return path


def _by_uuid(content) -> dict[str, Any]:
    """The inspections by UUID, their items' UUIDs left out (a file without them gets new ones)."""
    inspections = copy.deepcopy(content.inspections)
    for inspection in inspections:
        for item in (*inspection.attendees, *inspection.tasks, *inspection.indicators):
            item.uuid = ""
        for item in inspection.entries:
            item.uuid = ""
    return {i.uuid: i for i in inspections}


def check_file(data: bytes, empty_db: Path) -> None:
    """The property, for one file."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = work / "db.sqlite"
        shutil.copy(empty_db, db)
        source = work / "vao.json"
        source.write_bytes(data)
        before = db.read_bytes()
        code, err = _run("--db", db, "import", source)
        assert code in (0, 2), err
        if code == 2:
            assert err.endswith("\n") and err.count("\n") == 1, err
            assert db.read_bytes() == before
            return
        first = work / "ra-1.json"
        assert _run("--db", db, "export-json", "--all", "-o", first) == (0, "")
        exported, given = parse_data(first.read_bytes()), parse_data(data)
        assert _by_uuid(exported) == _by_uuid(given)  # every inspection, exactly
        codes = {o.code for o in given.organizations}
        assert {o.code for o in exported.organizations} <= codes
        again = work / "db2.sqlite"
        shutil.copy(empty_db, again)
        assert _run("--db", again, "import", first)[0] == 0
        second = work / "ra-2.json"
        assert _run("--db", again, "export-json", "--all", "-o", second) == (0, "")
        assert second.read_bytes() == first.read_bytes()


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data_files())
def test_every_data_file_is_either_imported_exactly_or_refused_cleanly(empty_db, data):
    check_file(data, empty_db)


@pytest.mark.parametrize(
    "value", ["12345678901234567890.123", "0.12345678901234567890123", "1" + "0" * 400]
)
def test_long_decimals_survive_the_round_trip(empty_db, value: str):
    tree = minimal_file()
    tree["inspections"][0]["indicators"] = [{"name": "Chỉ tiêu", "actual": value}]
    check_file(json.dumps(tree, ensure_ascii=False).encode("utf-8"), empty_db)
