"""tocongtac/1 files, as today's export-json wrote them, still import, unchanged in meaning: the
notices they give read word for word as before (tests/data/demo-v1.json is the demo data set as
it was shipped in the first format)."""

from __future__ import annotations

from pathlib import Path

from app import dto
from app.datafile import dumps, load_demo, parse_data, read_data_file
from app.notice.builder import build_notice

DEMO_V1 = Path(__file__).resolve().parents[1] / "data" / "demo-v1.json"


def _notices(content):
    return {i.uuid: build_notice(i, dto.ProfileData()) for i in content.inspections}


def test_a_v1_file_prints_the_notices_of_the_v2_demo():
    """The /2 demo differs from the /1 file only where issue 11 asks: the year's theme in bold in
    54/TB-TCT, and the 2020 meeting conclusion as the copy for signature."""
    old, new = _notices(read_data_file(DEMO_V1)), _notices(load_demo())
    assert old.keys() == new.keys()
    for uuid, doc in old.items():
        assert doc.body_text() == new[uuid].body_text(), uuid
        assert (doc.number_line, doc.title, doc.recipients, doc.signature) == (
            new[uuid].number_line,
            new[uuid].title,
            new[uuid].recipients,
            new[uuid].signature,
        )
    meeting = next(u for u, d in old.items() if d.number_line.endswith("/TB-UBND"))
    assert old[meeting].draft and not new[meeting].draft  # no date, no number: a draft in /1


def test_a_dated_unnumbered_v1_notice_is_the_copy_for_signature():
    content = read_data_file(DEMO_V1)
    meeting = next(i for i in content.inspections if i.kind == "hop")
    assert not meeting.notice.for_signature
    text = DEMO_V1.read_text("utf-8").replace(
        '"date": null,\n        "draft_month": 5',
        ('"date": "2020-05-18",\n        "draft_month": 5'),
    )
    dated = next(i for i in parse_data(text).inspections if i.kind == "hop")
    assert dated.notice.for_signature and not dated.notice.issued
    assert build_notice(dated, dto.ProfileData()).date_line == "Lạng Sơn, ngày 18 tháng 5 năm 2020"


def test_v1_text_becomes_markup_that_reads_the_same():
    text = DEMO_V1.read_text("utf-8").replace(
        "Công tác chỉnh trang và phát triển đô thị", "Công tác *chỉnh trang* \\\\ đô thị"
    )
    content = parse_data(text)
    entry = next(e for i in content.inspections for e in i.entries if "\\*chỉnh" in e.text)
    assert entry.text.startswith("Công tác \\*chỉnh trang\\* \\\\ đô thị")
    assert "/3" in dumps(content).splitlines()[1]
    doc = next(d for d in _notices(content).values() if "*chỉnh" in " ".join(d.body_text()))
    assert any(b.text.startswith("Công tác *chỉnh trang* \\ đô thị") for b in doc.blocks)
