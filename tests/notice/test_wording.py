"""The generated sentences, piece by piece."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.emphasis import Rich
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
from app.notice.issuer import IssuingBody

GROUP = IssuingBody(
    name="Tổ công tác",
    voice="Tổ Công tác",
    authority="UBND tỉnh",
    parent_organ=("UBND TỈNH LẠNG SƠN",),
    issuing_organ=("TỔ CÔNG TÁC",),
    place="Lạng Sơn",
    issuer_code="TCT",
)
PROVINCE = IssuingBody(
    name="UBND tỉnh",
    voice="UBND tỉnh",
    authority="UBND tỉnh",
    parent_organ=(),
    issuing_organ=("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"),
    place="Lạng Sơn",
    issuer_code="UBND",
)


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
    assert wording.strip_final_punctuation(Rich.plain_text(text)).text == stripped


def test_punctuation_is_taken_off_a_bold_end_without_losing_the_bold():
    text = Rich.plain_text("Chủ đề năm ") + Rich.plain_text("“Siết chặt”;", bold=True)
    stripped = wording.strip_final_punctuation(text)
    assert stripped.text == "Chủ đề năm “Siết chặt”" and stripped[-1].bold


@pytest.mark.parametrize(
    ("text", "closed"),
    [("biết, thực hiện.", "biết, thực hiện./."), ("biết", "biết./."), ("xong./.", "xong./.")],
)
def test_closing_always_ends_with_the_end_mark(text, closed):
    assert wording.with_end_mark(Rich.plain_text(text)).text == closed


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
    assert wording.recommendation_text(entry).text == (
        "Tiêu chí 1.5: Còn 3 hồ sơ quá hạn. Rà soát hồ sơ. "
        "Thời hạn hoàn thành: chậm nhất ngày 05/02/2024"
    )


def test_a_criterion_label_is_the_secretarys_own_wording_in_her_emphasis():
    entry = EntryData(
        text="Xây dựng ít nhất 01 sáng kiến.",
        criterion_code="1.5",
        criterion_title="Sáng kiến CCHC",
        criterion_label="*Đối với tiêu chí 1.5,*",
    )
    text = wording.recommendation_text(entry)
    assert text.text == "Đối với tiêu chí 1.5, Xây dựng ít nhất 01 sáng kiến"
    assert text[0].italic and text[0].text == "Đối với tiêu chí 1.5," and not text[-1].italic


def test_deadline_already_in_the_text_is_not_repeated():
    entry = EntryData(text="Báo cáo trước ngày 15/9/2024", deadline_text="trước ngày 15/9/2024")
    assert wording.recommendation_text(entry).text == "Báo cáo trước ngày 15/9/2024"


def test_followup_and_proposal_wording():
    entry = EntryData(
        text="Số hóa hồ sơ.",
        followup_status=FollowupStatus.DANG_THUC_HIEN,
        followup_note="Báo cáo số 410/BC-UBND",
    )
    assert wording.followup_text(entry).text == (
        "Số hóa hồ sơ: đang thực hiện (Báo cáo số 410/BC-UBND)"
    )
    proposal = EntryData(text="Đề nghị bổ sung biên chế", response="Tổ công tác tiếp thu")
    assert wording.proposal_paragraph(proposal).text == (
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
    first, second = wording.opening(_inspection(Kind.KIEM_TRA), GROUP)
    assert first == (
        "Ngày 20/8/2024, Tổ công tác đã tổ chức kiểm tra việc thực hiện nhiệm vụ tại UBND huyện "
        "Mây Xanh. Tham dự kiểm tra có đồng chí Vi Thị Hạnh. Về phía UBND huyện Mây Xanh có Chủ "
        "tịch UBND huyện. Cùng tham dự có đại diện Sở Nội vụ."
    )
    assert second.endswith("; đồng chí Lương Đức An, Tổ trưởng kết luận như sau:")


def test_the_part_of_day_opens_the_notice_when_known():
    insp = _inspection(Kind.KIEM_TRA)
    insp.part_of_day = "chieu"
    assert wording.opening(insp, GROUP)[0].startswith("Chiều 20/8/2024, Tổ công tác đã tổ chức")
    insp.part_of_day = "sang"
    assert wording.opening(insp, GROUP)[0].startswith("Sáng 20/8/2024, ")


@pytest.mark.parametrize(
    "basis",
    [
        "Căn cứ Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh",
        "căn cứ Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh.",
        "Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh",
    ],
)
def test_the_legal_basis_stays_when_members_are_listed_and_reads_after_tai(basis):
    """Issue 13.10: "Căn cứ" vanished when members were listed, and printed "tại Căn cứ …"."""
    insp = _inspection(Kind.KIEM_TRA)
    insp.legal_basis = basis
    first, _ = wording.opening(insp, GROUP)
    assert (
        "Tham dự kiểm tra có các thành viên Tổ công tác tại Quyết định số 897/QĐ-UBND ngày "
        "29/4/2021 của Chủ tịch UBND tỉnh: đồng chí Vi Thị Hạnh."
    ) in first
    assert "tại Căn cứ" not in first and "tại căn cứ" not in first
    insp.attendees = [a for a in insp.attendees if a.side != AttendeeSide.TO_CONG_TAC]
    first, _ = wording.opening(insp, GROUP)
    assert "Tham dự kiểm tra có các thành viên Tổ công tác tại Quyết định số 897" in first


def test_meeting_wording():
    insp = _inspection(Kind.HOP)
    insp.subject = "chuyên đề về cải cách hành chính"
    first, second = wording.opening(insp, PROVINCE)
    assert first.startswith(
        "Ngày 20/8/2024, đồng chí Lương Đức An, Tổ trưởng đã chủ trì cuộc họp chuyên đề"
    )
    assert wording.default_title(insp) == (
        "Kết luận của đồng chí Lương Đức An, Tổ trưởng tại cuộc họp chuyên đề về cải cách hành "
        "chính"
    )
    assert wording.recommendations_intro(insp, PROVINCE, to_agencies=False) == (
        "UBND tỉnh yêu cầu UBND huyện Mây Xanh thực hiện một số nội dung sau:"
    )
    assert wording.closing(insp, PROVINCE).startswith("UBND tỉnh thông báo để")


def test_supervision_speaks_as_the_supervision_team():
    from app.dto import ProfileData
    from app.notice.issuer import issuing_body

    insp = _inspection(Kind.GIAM_SAT)
    body = issuing_body(insp, ProfileData())
    assert wording.recommendations_heading(body) == "Kiến nghị của Đoàn giám sát"
    assert wording.default_title(insp).startswith("Kết luận giám sát thực hiện nhiệm vụ")
