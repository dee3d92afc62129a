"""The notice as the preview reads it: every line in reading order, with its style."""

from __future__ import annotations

import datetime as dt

from app import dto
from app.notice import plain_text as pt
from app.notice.builder import build_notice


def _inspection() -> dto.InspectionData:
    data = dto.InspectionData(
        uuid="u-1",
        unit_name="UBND huyện Mây Xanh",
        date=dt.date(2024, 8, 20),
        chair_name="Lương Đức An",
    )
    data.entries = [
        dto.EntryData(section="limitation", text="Giải ngân vốn đầu tư công còn chậm"),
        dto.EntryData(section="recommendation", text="Đẩy nhanh tiến độ giải ngân"),
        dto.EntryData(section="recommendation", text="Rà soát nhiệm vụ được giao"),
        dto.EntryData(
            section="recommendation",
            kind="heading",
            level=2,
            text="Phòng Tài chính - Kế hoạch",
            addressee="Phòng Tài chính - Kế hoạch",
        ),
        dto.EntryData(section="recommendation", text="Thẩm định hồ sơ **dự án** *trọng điểm*"),
    ]
    data.notice.recipients = ["Như trên;", "Lưu: VT, TH."]
    data.notice.signer_capacity = "TỔ TRƯỞNG"
    return data


def test_lines_follow_the_notice_from_letterhead_to_recipients():
    doc = build_notice(_inspection(), dto.ProfileData())
    lines = pt.preview_lines(doc)
    styles = [line.style for line in lines]
    assert styles[:2] == [pt.ORGAN, pt.ORGAN_ISSUING]
    assert lines[0].text == "UBND TỈNH LẠNG SƠN"
    assert pt.DRAFT_MARK in styles  # not issued: a draft
    assert styles.index(pt.DOC_NAME) < styles.index(pt.TITLE) < styles.index(pt.HEADING)
    assert [line.text for line in lines if line.style == pt.ITEM][:2] == [
        "a) Đẩy nhanh tiến độ giải ngân;",
        "b) Rà soát nhiệm vụ được giao.",
    ]
    headings = [line.text for line in lines if line.style == pt.HEADING]
    assert headings[-2:] == ["2. Kiến nghị của Tổ Công tác", "2.1. Phòng Tài chính - Kế hoạch"]
    lone = next(line for line in lines if line.text.startswith("Thẩm định"))
    assert lone.style == pt.ITEM and lone.text == "Thẩm định hồ sơ dự án trọng điểm."
    assert [(s.text, s.bold, s.italic) for s in lone.runs] == [
        ("Thẩm định hồ sơ ", False, False),
        ("dự án", True, False),
        (" ", False, False),
        ("trọng điểm", False, True),
        (".", False, False),
    ]
    assert lines[-3:] == [
        pt.PreviewLine.plain(pt.RECIPIENTS_LABEL, "Nơi nhận:"),
        pt.PreviewLine.plain(pt.RECIPIENT, "- Như trên;"),
        pt.PreviewLine.plain(pt.RECIPIENT, "- Lưu: VT, TH."),
    ]
    assert [line.text for line in lines if line.style == pt.SIGNER] == ["Lương Đức An"]


def test_body_lines_are_the_document_blocks_in_order():
    doc = build_notice(_inspection(), dto.ProfileData())
    body = [
        line.text
        for line in pt.preview_lines(doc)
        if line.style in (pt.HEADING, pt.PARAGRAPH, pt.ITEM)
    ]
    assert body == doc.body_text()


def test_plain_text_is_one_line_per_preview_line():
    doc = build_notice(_inspection(), dto.ProfileData())
    text = pt.plain_text(doc)
    assert text.split("\n") == [line.text for line in pt.preview_lines(doc)]
    assert "Giải ngân vốn đầu tư công còn chậm" in text.split("\n")


def test_an_issued_notice_has_no_draft_mark_and_an_appendix_is_noted():
    data = _inspection()
    data.notice.issued, data.notice.number, data.notice.date = True, "54", dt.date(2024, 8, 22)
    data.tasks = [dto.TaskData(content="Nhiệm vụ 1", deadline=dt.date(2024, 6, 30))]
    doc = build_notice(data, dto.ProfileData(), appendix=True)
    lines = pt.preview_lines(doc)
    assert pt.DRAFT_MARK not in [line.style for line in lines]
    assert pt.PreviewLine.plain(pt.NUMBER, "Số: 54/TB-TCT") in lines
    assert lines[-1].style == pt.APPENDIX and "(1 dòng)" in lines[-1].text
