"""The generated sentences, piece by piece."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.dto import (
    AttendeeData,
    AttendeeSide,
    EntryData,
    FollowupStatus,
    IndicatorData,
    InspectionData,
    Kind,
)
from app.notice import wording


@pytest.mark.parametrize(
    ("items", "joined"),
    [([], ""), (["a"], "a"), (["a", "b"], "a và b"), (["a", "b", "c"], "a, b và c")],
)
def test_join_list(items, joined):
    assert wording.join_list(items) == joined


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Tăng cường;", "Tăng cường"),
        ("Tăng cường.", "Tăng cường"),
        ("Tăng cường", "Tăng cường"),
        ("thực hiện,...", "thực hiện,..."),
        ("kiểm tra …", "kiểm tra …"),
    ],
)
def test_strip_final_punctuation_keeps_ellipses(text, stripped):
    assert wording.strip_final_punctuation(text) == stripped


@pytest.mark.parametrize(
    ("text", "closed"),
    [("biết, thực hiện.", "biết, thực hiện./."), ("biết", "biết./."), ("xong./.", "xong./.")],
)
def test_closing_always_ends_with_the_end_mark(text, closed):
    assert wording.with_end_mark(text) == closed


def test_subject_phrase_in_sentence_and_title():
    subject = "Kiểm tra việc thực hiện nhiệm vụ được giao năm 2024"
    assert wording.subject_phrase(subject) == "việc thực hiện nhiệm vụ được giao năm 2024"
    assert (
        wording.subject_phrase(subject, for_title=True) == "thực hiện nhiệm vụ được giao năm 2024"
    )
    assert wording.subject_phrase("") == wording.DEFAULT_SUBJECT


def test_recommendation_with_criterion_context_and_dated_deadline():
    entry = EntryData(
        text="Rà soát hồ sơ;",
        criterion_code="1.5",
        context="Còn 3 hồ sơ quá hạn",
        deadline=dt.date(2024, 2, 5),
    )
    assert wording.recommendation_text(entry) == (
        "Tiêu chí 1.5: Còn 3 hồ sơ quá hạn. Rà soát hồ sơ. "
        "Thời hạn hoàn thành: chậm nhất ngày 05/02/2024"
    )


def test_deadline_already_in_the_text_is_not_repeated():
    entry = EntryData(text="Báo cáo trước ngày 15/9/2024", deadline_text="trước ngày 15/9/2024")
    assert wording.recommendation_text(entry) == "Báo cáo trước ngày 15/9/2024"


def test_followup_and_proposal_wording():
    entry = EntryData(
        text="Số hóa hồ sơ.",
        followup_status=FollowupStatus.DANG_THUC_HIEN,
        followup_note="Báo cáo số 410/BC-UBND",
    )
    assert wording.followup_text(entry) == "Số hóa hồ sơ: đang thực hiện (Báo cáo số 410/BC-UBND)"
    proposal = EntryData(text="Đề nghị bổ sung biên chế", response="Tổ công tác tiếp thu")
    assert wording.proposal_paragraph(proposal) == (
        "Đề nghị bổ sung biên chế. Tổ công tác tiếp thu."
    )


def test_indicator_paragraph_drops_padding_zeros_and_known_figures():
    rows = [
        IndicatorData(name="Thu ngân sách", unit="tỷ đồng", actual=Decimal("98.7000000000"),
                      qualifier="hơn", stated_percent=Decimal("64.7500000000"), basis="dự toán"),
        IndicatorData(name="Dự án", unit="dự án", actual=Decimal("50.0000000000")),
    ]  # fmt: skip
    assert wording.indicator_paragraph(rows, "") == (
        "Thu ngân sách: hơn 98,7 tỷ đồng, đạt 64,75% dự toán. Dự án: 50 dự án."
    )
    assert wording.indicator_paragraph(rows, "có 50 dự án, đạt 64,75%") == ""


def _inspection(kind: Kind) -> InspectionData:
    return InspectionData(
        uuid="x",
        kind=kind,
        unit_name="UBND huyện Mây Xanh",
        date=dt.date(2024, 8, 20),
        year=2024,
        subject="Kiểm tra việc thực hiện nhiệm vụ",
        chair_name="Lương Đức An",
        chair_title="Tổ trưởng",
        attendees=[
            AttendeeData(side=AttendeeSide.TO_CONG_TAC, person_name="Vi Thị Hạnh"),
            AttendeeData(side=AttendeeSide.DON_VI, person_title="Chủ tịch UBND huyện"),
            AttendeeData(side=AttendeeSide.KHAC, group_text="đại diện Sở Nội vụ"),
        ],
    )


def test_opening_names_both_sides_and_the_chair():
    first, second = wording.opening(_inspection(Kind.KIEM_TRA), "Tổ công tác")
    assert first == (
        "Ngày 20/8/2024, Tổ công tác đã tổ chức kiểm tra việc thực hiện nhiệm vụ tại UBND huyện "
        "Mây Xanh. Tham dự kiểm tra có đồng chí Vi Thị Hạnh. Về phía UBND huyện Mây Xanh có Chủ "
        "tịch UBND huyện. Cùng tham dự có đại diện Sở Nội vụ."
    )
    assert second.endswith("; đồng chí Lương Đức An, Tổ trưởng kết luận như sau:")


def test_meeting_wording():
    insp = _inspection(Kind.HOP)
    insp.subject = "chuyên đề về cải cách hành chính"
    first, second = wording.opening(insp, "Tổ công tác")
    assert first.startswith(
        "Ngày 20/8/2024, đồng chí Lương Đức An, Tổ trưởng đã chủ trì cuộc họp chuyên đề"
    )
    assert wording.default_title(insp) == (
        "Kết luận của đồng chí Lương Đức An, Tổ trưởng tại cuộc họp chuyên đề về cải cách hành "
        "chính"
    )
    assert wording.recommendations_intro(insp, to_agencies=False) == (
        "UBND tỉnh yêu cầu UBND huyện Mây Xanh thực hiện một số nội dung sau:"
    )
    assert wording.closing(insp, "Tổ công tác").startswith("Văn phòng UBND tỉnh thông báo để")


def test_supervision_speaks_as_the_supervision_team():
    insp = _inspection(Kind.GIAM_SAT)
    assert wording.recommendations_heading(insp.kind) == "Kiến nghị của Đoàn giám sát"
    assert wording.default_title(insp).startswith("Kết luận giám sát thực hiện nhiệm vụ")
