"""A property of the three-way merge (issue 15): random edit sequences on two copies of one
inspection, merged both ways, give the same result once each conflict is settled the same way;
and every edit is either in the result or in a recorded conflict."""

from __future__ import annotations

import copy
import uuid as uuid_module

from hypothesis import given, settings
from hypothesis import strategies as st

from app import dto
from app.sync.merge import apply_choice, merge_inspection
from app.sync.snapshot import content_text

FIELDS = ("place", "chair_name", "subject")
WORDS = ("", "Hội trường", "Phòng họp số 3", "Trụ sở UBND", "Nguyễn Văn Bình")
LISTS = {"entries": "text", "tasks": "note"}


def _base() -> dto.InspectionData:
    data = dto.InspectionData(uuid=str(uuid_module.UUID(int=1)), unit_name="UBND huyện Khe Đá")
    for n in range(3):
        data.entries.append(
            dto.EntryData(section=dto.Section.LIMITATION, text=f"Hạn chế {n}", uuid=_uuid(10 + n))
        )
        data.tasks.append(dto.TaskData(content=f"Nhiệm vụ {n}", uuid=_uuid(20 + n)))
    return data


def _uuid(n: int) -> str:
    return str(uuid_module.UUID(int=n))


edits = st.lists(
    st.one_of(
        st.tuples(st.just("field"), st.sampled_from(FIELDS), st.sampled_from(WORDS)),
        st.tuples(
            st.just("item"), st.sampled_from(list(LISTS)), st.integers(0, 5), st.sampled_from(WORDS)
        ),
        st.tuples(
            st.just("add"), st.sampled_from(list(LISTS)), st.integers(0, 5), st.integers(100, 10**6)
        ),
        st.tuples(st.just("delete"), st.sampled_from(list(LISTS)), st.integers(0, 5)),
        st.tuples(st.just("issue")),
    ),
    max_size=8,
)


def _apply(data: dto.InspectionData, sequence, laptop: int) -> None:
    """Apply the edits; items added get UUIDs of their own laptop (UUIDs never collide)."""
    for edit in sequence:
        kind = edit[0]
        if kind == "field":
            setattr(data, edit[1], edit[2])
        elif kind == "issue":
            data.notice.issued, data.notice.number = True, "7"
            continue
        items = getattr(data, edit[1]) if kind != "field" else None
        if kind == "item" and items:
            setattr(items[edit[2] % len(items)], LISTS[edit[1]], edit[3])
        elif kind == "add":
            cls = dto.EntryData if edit[1] == "entries" else dto.TaskData
            new = cls(uuid=_uuid(laptop * 10**7 + edit[3]))
            setattr(new, LISTS[edit[1]], f"thêm {edit[3]}")
            if items is not None and all(i.uuid != new.uuid for i in items):
                items.insert(edit[2] % (len(items) + 1), new)
        elif kind == "delete" and items:
            del items[edit[2] % len(items)]


def _settled_toward_a(outcome, a_is_local: bool) -> str:
    result = copy.deepcopy(outcome.result)
    for conflict in outcome.conflicts:
        apply_choice(result, conflict, conflict.local if a_is_local else conflict.other)
    return content_text(result)


@settings(max_examples=300, deadline=None)
@given(edits, edits)
def test_merging_both_ways_agrees_and_loses_no_edit(edits_a, edits_b):
    base = _base()
    a, b = copy.deepcopy(base), copy.deepcopy(base)
    _apply(a, edits_a, 1)
    _apply(b, edits_b, 2)
    a_into_b = merge_inspection(base, b, a)  # on laptop B, receiving A's package
    b_into_a = merge_inspection(base, a, b)
    assert _settled_toward_a(b_into_a, True) == _settled_toward_a(a_into_b, False)
    for side, outcome in ((a, b_into_a), (b, a_into_b)):
        _every_edit_kept(base, side, outcome)


def _every_edit_kept(base, side, outcome) -> None:
    keys = {c.key for c in outcome.conflicts}
    values = {(c.key, repr(v)) for c in outcome.conflicts for v in (c.local, c.other)}
    result = outcome.result
    for name in FIELDS:
        mine = getattr(side, name)
        if mine != getattr(base, name):
            assert getattr(result, name) == mine or (f"field:{name}", repr(mine)) in values
    if side.notice.issued:
        assert result.notice.issued or "notice:issued" in keys
    for name, text_field in LISTS.items():
        base_items = {i.uuid: i for i in getattr(base, name)}
        side_items = {i.uuid: i for i in getattr(side, name)}
        result_items = {i.uuid: i for i in getattr(result, name)}
        for uuid, item in side_items.items():
            here = result_items.get(uuid)
            if uuid not in base_items:  # added on this side
                assert here is not None or f"{name}:{uuid}" in keys
            elif getattr(item, text_field) != getattr(base_items[uuid], text_field):
                key = f"{name}:{uuid}:{text_field}"
                kept = here is not None and getattr(here, text_field) == getattr(item, text_field)
                assert kept or key in keys or f"{name}:{uuid}" in keys
        for uuid in base_items.keys() - side_items.keys():  # deleted on this side
            assert uuid not in result_items or f"{name}:{uuid}" in keys
