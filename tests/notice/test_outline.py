"""The one labelling rule and the outline keys (app.notice.outline)."""

from __future__ import annotations

import pytest

from app.dto import EntryData, EntryKind, Kind, Section
from app.notice import outline
from app.notice.outline import Item, Shape

H, P, PT, D = EntryKind.HEADING, EntryKind.PARAGRAPH, EntryKind.POINT, EntryKind.DASH


def test_headings_points_and_dashes():
    items = [
        Item(H, 1), Item(P), Item(H, 2), Item(PT), Item(PT), Item(PT), Item(H, 2), Item(PT),
        Item(H, 3), Item(PT), Item(PT), Item(H, 1), Item(D), Item(D), Item(H, 1, numbered=False),
        Item(PT), Item(PT),
    ]  # fmt: skip
    assert outline.labels(items) == [
        "1.", "", "1.1.", "a)", "b)", "c)", "1.2.", "", "1.2.1.", "a)", "b)", "2.", "-", "-",
        "", "a)", "b)",
    ]  # fmt: skip


def test_a_heading_is_never_more_than_one_level_below_the_one_before():
    assert outline.labels([Item(H, 3), Item(H, 3), Item(H, 1), Item(H, 0)]) == [
        "1.", "1.1.", "2.", "2.1."
    ]  # fmt: skip


def test_points_restart_under_every_heading_and_continue_past_y():
    labels = outline.labels([Item(H, 1)] + [Item(PT)] * 25 + [Item(H, 1), Item(PT), Item(PT)])
    assert labels[1:6] == ["a)", "b)", "c)", "d)", "đ)"] and labels[24:26] == ["a1)", "b1)"]
    assert labels[-2:] == ["a)", "b)"]


def test_the_default_kind_of_each_section():
    assert outline.section_kind(Section.RECOMMENDATION, Kind.KIEM_TRA) == PT
    assert outline.section_kind(Section.RECOMMENDATION, Kind.HOP) == D
    assert outline.section_kind(Section.FOLLOWUP, Kind.KIEM_TRA) == D
    assert outline.section_kind(Section.LIMITATION, Kind.HOP) == P


@pytest.mark.parametrize(
    ("shape", "enclosing", "kind", "expected"),
    [
        (Shape(PT), 1, Kind.KIEM_TRA, Shape(H, 2)),  # under "3." a sub-heading "3.1."
        (Shape(PT), 2, Kind.KIEM_TRA, Shape(H, 3)),
        (Shape(D), 0, Kind.HOP, Shape(H, 1)),  # a meeting's first heading is "1."
        (Shape(H, 3), 2, Kind.HOP, Shape(H, 2)),
        (Shape(H, 2), 1, Kind.KIEM_TRA, Shape(H, 2)),  # not above the sections' level
    ],
)
def test_shift_tab(shape, enclosing, kind, expected):
    assert outline.outdent(shape, enclosing, kind) == expected


def test_tab_goes_one_level_deeper_then_back_to_an_item():
    assert outline.indent(Shape(H, 1), 1, Section.RECOMMENDATION, Kind.HOP) == Shape(H, 2)
    assert outline.indent(Shape(H, 2), 1, Section.RECOMMENDATION, Kind.HOP) == Shape(D)
    assert outline.indent(Shape(PT), 1, Section.RECOMMENDATION, Kind.KIEM_TRA) == Shape(PT)


def test_the_kind_cycle():
    assert [outline.cycle(Shape(k)).kind for k in (P, PT, D)] == [PT, D, P]
    assert outline.cycle(Shape(H, 2)) == Shape(H, 2, numbered=False)


def test_an_agency_heading_owns_what_follows_it():
    entries = [
        EntryData(section="recommendation", text="Chung"),
        EntryData(section="recommendation", kind=H, level=1, text="Các phòng"),
        EntryData(section="recommendation", kind=H, level=2, text="Nội vụ", addressee="Phòng NV"),
        EntryData(section="recommendation", text="Rà soát"),
        EntryData(section="recommendation", text="Riêng", addressee="Thanh tra"),
        EntryData(section="recommendation", kind=H, level=2, text="Tài chính"),
        EntryData(section="recommendation", text="Dự toán"),
        EntryData(section="recommendation", kind=H, level=1, text="Xã", addressee="UBND xã"),
        EntryData(section="recommendation", text="Số hóa"),
    ]
    assert outline.addressees(entries, "UBND huyện") == [
        "", "", "Phòng NV", "Phòng NV", "Thanh tra", "", "", "UBND xã", "UBND xã",
    ]  # fmt: skip
