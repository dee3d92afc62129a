"""The merge rules the command-line cases do not reach: no base, the order of items, a file
written before items had UUIDs."""

from __future__ import annotations

import copy
import json
import uuid as uuid_module

from app import dto
from app.sync.merge import LOCAL, apply_choice, merge_inspection
from tests.sync.laptops import read


def _inspection(*texts: str) -> dto.InspectionData:
    data = dto.InspectionData(uuid=str(uuid_module.uuid4()), unit_name="UBND huyện Khe Đá")
    data.entries = [
        dto.EntryData(section=dto.Section.LIMITATION, text=t, uuid=str(uuid_module.UUID(int=n)))
        for n, t in enumerate(texts, start=1)
    ]
    return data


def test_without_a_base_every_difference_is_a_conflict_and_nothing_is_deleted():
    local, other = _inspection("Một", "Hai"), _inspection("Một", "Hai")
    other.uuid = local.uuid
    local.place, other.place = "Hội trường", "Phòng họp"
    del other.entries[1]  # deleted there, or never there: without a base no one can tell
    outcome = merge_inspection(None, local, other)
    assert outcome.result.place == "Hội trường"
    assert [c.key for c in outcome.conflicts] == ["field:place"]
    assert [e.text for e in outcome.result.entries] == ["Một", "Hai"]


def test_the_order_changed_on_one_side_is_taken():
    base = _inspection("Một", "Hai", "Ba")
    local, other = copy.deepcopy(base), copy.deepcopy(base)
    other.entries.reverse()
    outcome = merge_inspection(base, local, other)
    assert [e.text for e in outcome.result.entries] == ["Ba", "Hai", "Một"]
    assert outcome.conflicts == []


def test_orders_changed_differently_keep_local_and_the_other_order_can_be_taken():
    base = _inspection("Một", "Hai", "Ba")
    local, other = copy.deepcopy(base), copy.deepcopy(base)
    local.entries.insert(0, local.entries.pop())  # Ba Một Hai
    other.entries.reverse()  # Ba Hai Một
    outcome = merge_inspection(base, local, other)
    assert [e.text for e in outcome.result.entries] == ["Ba", "Một", "Hai"]
    [conflict] = outcome.conflicts
    assert conflict.key == "order:entries" and conflict.kept == LOCAL
    apply_choice(outcome.result, conflict, conflict.other)
    assert [e.text for e in outcome.result.entries] == ["Ba", "Hai", "Một"]


def test_a_file_without_item_uuids_matches_equal_items_instead_of_doubling_them(cli, tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert cli("demo", db=a).code == 0
    assert cli("demo", db=b).code == 0
    package = tmp_path / "cu.json"
    assert cli("export-json", "--all", "-o", package, db=a).code == 0
    data = json.loads(package.read_text("utf-8"))
    data["format"] = "tocongtac/2"
    del data["bases"]
    for inspection in data["inspections"]:
        for name in ("attendees", "tasks", "indicators", "entries"):
            for item in inspection[name]:
                del item["uuid"]
    package.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = read(b)
    result = cli("import", "--merge", package, db=b)
    assert result.code == 0, result.err
    assert result.out.count("Không đổi") == 5
    assert read(b) == before
