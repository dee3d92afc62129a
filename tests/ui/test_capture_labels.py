"""The labels of capture mode are those the notice will print."""

from __future__ import annotations

from app.dto import EntryData, Kind, Section
from ui.capture.labels import DASH, EMPTY, PARAGRAPH, entry_labels

UNIT = "UBND huyện Mây Xanh"


def _recommendations(*pairs) -> list[EntryData]:
    return [EntryData(section=Section.RECOMMENDATION, text=t, addressee=a) for t, a in pairs]


def test_letters_count_within_each_agency_and_skip_empty_entries():
    entries = _recommendations(
        ("Một", ""),
        ("", ""),
        ("Hai", UNIT),  # the unit by name is the unit itself
        ("Ba", "Phòng Tài chính - Kế hoạch"),
        ("Bốn", "Phòng Tài chính - Kế hoạch"),
        ("Năm", "Thanh tra huyện"),
    )
    labels = entry_labels(entries, Section.RECOMMENDATION, UNIT, Kind.KIEM_TRA)
    assert labels == ["a)", EMPTY, "b)", "a)", "b)", PARAGRAPH]


def test_relabel_as_an_entry_fills_or_empties():
    entries = _recommendations(("Một", ""), ("", ""))
    assert entry_labels(entries, Section.RECOMMENDATION, UNIT, Kind.KIEM_TRA) == [
        PARAGRAPH,
        EMPTY,
    ]
    entries[1].text = "Hai"
    assert entry_labels(entries, Section.RECOMMENDATION, UNIT, Kind.KIEM_TRA) == ["a)", "b)"]


def test_paragraph_sections_followups_and_meetings():
    paragraphs = [EntryData(section=Section.LIMITATION, text="Chậm"), EntryData()]
    assert entry_labels(paragraphs, Section.LIMITATION, UNIT, Kind.KIEM_TRA) == [PARAGRAPH, EMPTY]
    followups = [EntryData(section=Section.FOLLOWUP, text="Cũ")]
    assert entry_labels(followups, Section.FOLLOWUP, UNIT, Kind.KIEM_TRA) == [DASH]
    meeting = _recommendations(("Một", ""), ("Hai", ""))
    assert entry_labels(meeting, Section.RECOMMENDATION, UNIT, Kind.HOP) == [DASH, DASH]


def test_past_y_the_letters_go_round_again():
    entries = _recommendations(*[(f"Mục {i}", "") for i in range(25)])
    labels = entry_labels(entries, Section.RECOMMENDATION, UNIT, Kind.KIEM_TRA)
    assert labels[4] == "đ)" and labels[22] == "y)" and labels[23] == "a1)"
