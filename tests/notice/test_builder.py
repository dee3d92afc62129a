"""An inspection becomes its NoticeDocument: sections, letters, groups, draft and issued forms."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from app.domain.letters import LETTERS
from app.domain.recipients import default_recipients
from app.dto import EntryData, Section
from app.notice.builder import build_notice
from app.notice.model import BlockKind


def _headings(doc, top_only: bool = True) -> list[str]:
    return [
        b.printed for b in doc.blocks if b.heading and (not top_only or b.label.count(".") == 1)
    ]


def _after(doc, printed: str) -> list:
    """The blocks following the block printed `printed`, up to the next heading."""
    start = next(i for i, b in enumerate(doc.blocks) if b.printed == printed)
    following = []
    for block in doc.blocks[start + 1 :]:
        if block.heading:
            break
        following.append(block)
    return following


def _points(doc) -> list:
    return [b for b in doc.blocks if b.kind == BlockKind.POINT and b.label]


def test_notice_54_has_the_reference_structure(demo):
    doc = build_notice(demo.notice_54, demo.profile)
    assert not doc.draft
    assert doc.number_line == "Số: 54/TB-TCT"
    assert doc.date_line == "Lạng Sơn, ngày 11 tháng 8 năm 2021"
    assert doc.organ_parent == ("UBND TỈNH LẠNG SƠN",) and doc.organ_issuing == ("TỔ CÔNG TÁC",)
    assert _headings(doc) == [
        "1. Đánh giá chung",
        "2. Hạn chế, vướng mắc",
        "3. Kiến nghị của Tổ Công tác",
        "4. Về đề xuất, kiến nghị của đơn vị:",
    ]
    items = _points(doc)
    assert [i.label for i in items] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]
    assert all(i.text.endswith(";") for i in items[:-1]) and items[-1].text.endswith("hiện nay.")
    assert doc.blocks[-1].text.endswith("biết, thực hiện./.")
    assert doc.signature.upper_lines == ("TỔ TRƯỞNG",)
    assert (doc.signature.title, doc.signature.name) == (
        "CHÁNH VĂN PHÒNG UBND TỈNH",
        "Phạm Hùng Trường",
    )
    assert doc.recipients[-1] == "- Lưu: VT, THNC (PT)."
    assert doc.appendix is None


def test_generated_wording_reproduces_the_reference_54(demo):
    """The demo stores 54's opening, trích yếu and intro as printed; generated from the data
    they come out the same."""
    insp = demo.notice_54
    printed = build_notice(insp, demo.profile)
    insp.notice.opening = insp.notice.recommendations_intro = insp.notice.title = ""
    generated = build_notice(insp, demo.profile)
    assert generated.title == printed.title
    assert generated.blocks == printed.blocks


def test_counts_sentence_is_added_only_when_the_ratio_is_not_written(demo):
    insp = demo.notice_54
    doc = build_notice(insp, demo.profile)
    assert sum("33/34" in b.text for b in doc.blocks) == 1
    insp.entries = [e for e in insp.entries if "33/34" not in e.text]
    section = _after(build_notice(insp, demo.profile), "1. Đánh giá chung")
    assert section[-1].text.startswith(
        "Trong tổng số 34 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 33/34 nhiệm vụ"
    )
    assert section[-1].text.endswith("còn 01 nhiệm vụ chưa hoàn thành còn thời hạn.")


def test_a_task_whose_deadline_does_not_read_is_left_out_of_the_counts(demo):
    insp = demo.notice_54
    insp.entries = [e for e in insp.entries if "33/34" not in e.text]
    insp.tasks[0].deadline, insp.tasks[0].deadline_text = None, "31/02/2021"
    section = _after(build_notice(insp, demo.profile), "1. Đánh giá chung")
    assert section[-1].text.startswith("Trong tổng số 33 nhiệm vụ được UBND tỉnh giao")


def test_indicator_sentences_skip_what_the_secretary_wrote(demo):
    doc_54 = build_notice(demo.notice_54, demo.profile)
    assert not any("Giải ngân vốn đầu tư công nguồn" in b.text for b in doc_54.blocks)
    section = _after(build_notice(demo.sample_c, demo.profile), "1. Đánh giá chung")
    indicators = section[-1].text
    assert (
        "tính đến ngày 30/9/2024, tổng số hồ sơ tiếp nhận 21.340 hồ sơ, thực hiện 19.025 hồ sơ, "
        "đạt 89,15%."
    ) in indicators
    assert (
        "Doanh nghiệp thành lập mới: chỉ tiêu 20 doanh nghiệp, thực hiện 12 doanh nghiệp, đạt 60%."
    ) in indicators


def test_empty_sections_are_left_out_and_numbers_close_up(demo):
    insp = demo.sample_c
    insp.entries = [e for e in insp.entries if e.section != Section.LIMITATION]
    doc = build_notice(insp, demo.profile)
    assert _headings(doc) == [
        "1. Đánh giá chung",
        "2. Kiến nghị của Tổ Công tác",
        "3. Về đề xuất, kiến nghị của đơn vị:",
        "4. Kết quả thực hiện kiến nghị tại Thông báo số 35/TB-TCT ngày 14/9/2023",
    ]
    groups = [b.printed for b in doc.blocks if b.heading and b.label.count(".") == 2]
    assert groups[0] == "2.1. Văn phòng HĐND và UBND thành phố"


def test_sample_c_groups_agency_recommendations(demo):
    doc = build_notice(demo.sample_c, demo.profile)
    own = _after(doc, "3. Kiến nghị của Tổ Công tác")
    assert own[0].text.endswith("quan tâm thực hiện một số nội dung sau:")
    assert "và các cơ quan, đơn vị liên quan" in own[0].text
    assert [b.label for b in own[1:]] == ["a)", "b)", "c)", "d)"]
    assert own[1].text.endswith(
        "(cơ quan thường trực Tổ công tác). Thời hạn hoàn thành: chậm nhất ngày 31/10/2024;"
    )
    assert own[-1].text.endswith("tại mục 2 Thông báo này.")
    groups = [b.printed for b in doc.blocks if b.heading and b.label.count(".") == 2]
    assert groups == [
        "3.1. Văn phòng HĐND và UBND thành phố",
        "3.2. Phòng Tài chính - Kế hoạch",
        "3.3. Phòng Nội vụ",
    ]
    office = _after(doc, groups[0])
    assert [b.label for b in office] == ["a)", "b)"]
    assert office[0].text == (
        "Tiêu chí 7.3.1, Cập nhật hồ sơ giải quyết TTHC cấp huyện vào Hệ thống thông tin giải "
        "quyết TTHC: Theo Báo cáo số 512/BC-VP ngày 01/10/2024 của Văn phòng UBND tỉnh, thành phố "
        "có 41 hồ sơ giải quyết quá hạn. Tham mưu văn bản chỉ đạo các cơ quan, đơn vị giải quyết "
        "dứt điểm tình trạng chậm trễ trong xử lý hồ sơ trên Hệ thống. Thời hạn hoàn thành: chậm "
        "nhất ngày 31/10/2024;"
    )
    assert office[1].text.endswith("Thời hạn hoàn thành: từ nay đến hết năm 2024.")
    finance = _after(doc, groups[1])
    assert [b.label for b in finance] == ["a)", "b)"]
    assert finance[1].text.startswith("Tiêu chí 8.1.1, Mức độ phát triển doanh nghiệp: Có giải")
    (home_affairs,) = _after(doc, groups[2])  # a single item stands without a letter
    assert home_affairs.label == "" and home_affairs.printed == home_affairs.text
    assert home_affairs.text.startswith("Tiêu chí 5.5.1, Kiểm tra kỷ luật, kỷ cương hành chính:")
    assert home_affairs.text.endswith("Thời hạn hoàn thành: trước ngày 15/12/2024.")


def test_sample_c_follow_up_and_appendix(demo):
    doc = build_notice(demo.sample_c, demo.profile)
    followups = _after(
        doc, "5. Kết quả thực hiện kiến nghị tại Thông báo số 35/TB-TCT ngày 14/9/2023"
    )
    kinds = [b.kind for b in followups]
    assert kinds == [BlockKind.DASH] * 3 + [BlockKind.PARAGRAPH] * 2  # attachment, closing
    assert followups[1].printed == (
        "- Hoàn thành chỉnh trang vỉa hè tuyến phố trung tâm: đã thực hiện;"
    )
    assert followups[2].text.endswith("không thực hiện được (01 vụ việc đang được Tòa án thụ lý).")
    appendix = doc.appendix
    assert appendix is not None and len(appendix.rows) == 8
    assert appendix.title.startswith("DANH MỤC NHIỆM VỤ UBND TỈNH")
    assert appendix.reference == (
        "(Kèm theo Thông báo số 49/TB-TCT ngày 09/10/2024 của Tổ công tác của Chủ tịch UBND tỉnh)"
    )
    assert appendix.rows[2][5] == "Đã hoàn thành quá hạn"
    assert [len(r) for r in appendix.rows] == [len(appendix.columns)] * 8
    assert build_notice(demo.sample_c, demo.profile, appendix=False).appendix is None


def test_meeting_2020_is_the_copy_for_signature_without_sections(demo):
    insp = demo.meeting_2020
    doc = build_notice(insp, demo.profile)
    assert not doc.draft and doc.draft_mark == "" and doc.form == "signature"
    assert doc.number_line == "Số:      /TB-UBND"
    assert doc.date_line == "Lạng Sơn, ngày      tháng 5 năm 2020"
    assert doc.organ_parent == () and doc.organ_issuing == ("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN")
    assert not any(b.heading or b.kind == BlockKind.POINT for b in doc.blocks)
    stored = [e.text for e in insp.entries if e.section == Section.RECOMMENDATION]
    assert [b.printed for b in doc.blocks if b.kind == BlockKind.DASH] == [f"- {t}" for t in stored]
    assert doc.signature.upper_lines == (
        "TL. CHỦ TỊCH",
        "KT. CHÁNH VĂN PHÒNG",
        "PHÓ CHÁNH VĂN PHÒNG",
    )
    assert doc.signature.name == "Dương Văn Chiền" and doc.signature.title == ""


def test_draft_and_issued_forms(demo):
    insp = demo.notice_54
    draft = build_notice(insp, demo.profile, draft=True)
    assert draft.draft and draft.number_line == "Số:      /TB-TCT"
    assert draft.date_line == "Lạng Sơn, ngày      tháng 8 năm 2021"
    insp.notice.draft_month = 9
    assert build_notice(insp, demo.profile, draft=True).date_line.endswith("tháng 9 năm 2021")
    insp.notice.issued = False
    assert build_notice(insp, demo.profile).draft
    insp.notice.for_signature = True
    signature = build_notice(insp, demo.profile)
    assert not signature.draft and signature.number_line == "Số:      /TB-TCT"
    assert signature.date_line == "Lạng Sơn, ngày 11 tháng 8 năm 2021"  # the date is complete
    insp.notice.date = None
    assert build_notice(insp, demo.profile).date_line == "Lạng Sơn, ngày      tháng 9 năm 2021"
    insp.notice.issued, insp.notice.number, insp.notice.date = True, "5", dt.date(2022, 1, 5)
    issued = build_notice(insp, demo.profile)
    assert issued.number_line == "Số: 05/TB-TCT"
    assert issued.date_line == "Lạng Sơn, ngày 05 tháng 01 năm 2022"


def test_free_wording_replaces_the_generated_one(demo):
    insp = demo.sample_c
    insp.notice.opening = "Đoạn mở đầu thứ nhất.\n\nĐoạn mở đầu thứ hai:"
    insp.notice.recommendations_intro = "Đề nghị thực hiện:"
    insp.notice.closing = "Thông báo để biết, thực hiện."
    doc = build_notice(insp, demo.profile)
    assert [b.text for b in doc.blocks[:2]] == ["Đoạn mở đầu thứ nhất.", "Đoạn mở đầu thứ hai:"]
    assert _after(doc, "3. Kiến nghị của Tổ Công tác")[0].text == "Đề nghị thực hiện:"
    assert "Để tiếp tục triển khai" not in " ".join(doc.body_text())
    assert doc.blocks[-1].text == "Thông báo để biết, thực hiện./."


def test_sixty_recommendations_keep_counting_past_y(demo):
    insp = demo.notice_54
    insp.entries = [e for e in insp.entries if e.section != Section.RECOMMENDATION]
    insp.entries += [
        EntryData(section=Section.RECOMMENDATION, text=f"Kiến nghị số {i}") for i in range(60)
    ]
    items = _points(build_notice(insp, demo.profile))
    labels = [i.label.removesuffix(")") for i in items]
    assert labels[:23] == list(LETTERS) and labels[23:25] == ["a1", "b1"]
    assert labels[-1] == "o2" and len(set(labels)) == 60
    assert items[-1].text == "Kiến nghị số 59." and items[0].text == "Kiến nghị số 0;"


def test_signature_forms_and_profile_fallback(demo):
    insp = demo.notice_54
    for lines in (
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
        ["TUQ. CHỦ TỊCH"],
        ["Q. CHÁNH VĂN PHÒNG"],
    ):
        insp.notice.authority_lines = lines
        assert build_notice(insp, demo.profile).signature.authority_lines == tuple(lines)
    insp.notice.authority_lines = ["tl. chủ tịch"]
    assert build_notice(insp, demo.profile).signature.upper_lines[0] == "TL. CHỦ TỊCH"
    insp.notice.authority_lines = []
    insp.notice.signer_capacity = insp.notice.signer_title = ""
    fallback = build_notice(insp, demo.profile).signature
    assert fallback.upper_lines == ("TỔ TRƯỞNG",) and fallback.title == "CHÁNH VĂN PHÒNG UBND TỈNH"


def test_recipients_and_letterhead_come_from_the_profile_when_missing(demo):
    insp = demo.sample_c
    insp.notice.recipients = []
    doc = build_notice(insp, demo.profile)
    unit_line = f"- {insp.unit_name};"
    assert doc.recipients == tuple(
        f"- {r}" for r in default_recipients(demo.profile.default_recipients, insp.unit_name)
    )
    assert unit_line in doc.recipients and doc.recipients[-1].startswith("- Lưu")
    insp.notice.recipients = ["- Sở Nội vụ;", "", "  ", "Lưu: VT."]
    insp.notice.organ_parent = "UBND TỈNH X"
    doc = build_notice(insp, demo.profile)
    assert doc.recipients == ("- Sở Nội vụ;", "- Lưu: VT.")
    assert doc.organ_parent == ("UBND TỈNH X",) and doc.organ_issuing == ("TỔ CÔNG TÁC",)


def test_every_text_is_nfc_without_control_characters(demo):
    insp = demo.notice_54
    insp.unit_name = unicodedata.normalize("NFD", "UBND huyện Đồng Đăng\x07")
    insp.notice.title = unicodedata.normalize("NFD", "Kết luận\x00 kiểm tra")
    insp.entries[0].text = unicodedata.normalize("NFD", "Đánh giá\x1b chung\ud800 của Tổ")
    doc = build_notice(insp, demo.profile)
    texts = [doc.title, *(b.text for b in doc.blocks)]
    for text in texts:
        assert text == unicodedata.normalize("NFC", text)
        assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch != "\t" for ch in text)
    assert doc.title == "Kết luận kiểm tra"
    assert "Đánh giá chung của Tổ" in texts


def test_a_paragraph_that_introduces_the_recommendations_stays_one_paragraph(demo):
    """Issue 11.5: the secretary's own paragraph ending with ":" is the intro; none is added."""
    insp = demo.notice_54
    insp.notice.recommendations_intro = ""
    own = "Để khắc phục các hạn chế nêu trên, Tổ Công tác đề nghị thành phố thực hiện:"
    first = next(i for i, e in enumerate(insp.entries) if e.section == Section.RECOMMENDATION)
    insp.entries.insert(
        first, EntryData(section=Section.RECOMMENDATION, kind="paragraph", text=own)
    )
    section = _after(build_notice(insp, demo.profile), "3. Kiến nghị của Tổ Công tác")
    assert section[0].text == own and section[1].label == "a)"
    assert not any(b.text.startswith("Để tiếp tục triển khai") for b in section)


def test_an_attachment_line_comes_before_the_closing_formula(demo):
    insp = demo.notice_54
    insp.notice.attachments = ["Phụ lục: Danh mục nhiệm vụ được giao"]
    blocks = build_notice(insp, demo.profile, appendix=False).blocks
    assert blocks[-2].text == "(Gửi kèm Phụ lục: Danh mục nhiệm vụ được giao)"
    assert blocks[-2].content[0].italic and blocks[-1].text.endswith("thực hiện./.")
    assert blocks[-3].text.startswith("Kết thúc đợt kiểm tra")


def test_a_supervision_has_no_notice_but_its_outline_is_labelled(demo):
    from app.domain.errors import InputError
    from app.notice.builder import entry_labels

    insp = demo.sample_c
    insp.kind = "giam_sat"
    with pytest.raises(InputError, match="Buổi giám sát không có thông báo"):
        build_notice(insp, demo.profile)
    labels = entry_labels(insp, demo.profile)
    assert "3.1." in labels.values() and "a)" in labels.values()
