"""The demo data set shipped in resources/demo/demo.json: what it must hold (DESIGN §4)."""

import unicodedata
from pathlib import Path

import pytest
import yaml

from app.datafile import dumps, load_demo
from app.datafile.demo import demo_path
from app.domain.counts import count_statuses
from app.domain.tasks import TaskStatus, task_status

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "fictional-2024.yaml"


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def _by_number(demo, number):
    return next(i for i in demo.inspections if i.notice.number == number)


def _section(inspection, name):
    return [e for e in inspection.entries if e.section == name]


def test_the_shipped_file_is_in_canonical_form(demo):
    text = demo_path().read_text(encoding="utf-8")
    assert dumps(demo) == text
    assert unicodedata.is_normalized("NFC", text)


def test_uuids_are_fixed_and_distinct(demo):
    uuids = [i.uuid for i in demo.inspections]
    assert len(set(uuids)) == len(uuids) == 5


def test_notice_54_is_the_issued_2021_inspection_of_lang_son_city(demo):
    i = _by_number(demo, "54")
    assert (i.kind, i.unit_name, i.date.isoformat()) == (
        "kiem_tra",
        "UBND thành phố Lạng Sơn",
        "2021-08-10",
    )
    assert (
        i.notice.issued,
        i.notice.date.isoformat(),
        i.notice.doc_type,
        i.notice.issuer_code,
    ) == (True, "2021-08-11", "TB", "TCT")
    assert i.notice.title.startswith("Kết luận kiểm tra thực hiện nhiệm vụ, kết luận, chỉ đạo")
    assert i.notice.title.endswith("giao năm 2021 tại UBND thành phố Lạng Sơn")
    assert i.chair_name == "Phạm Hùng Trường"
    assert i.chair_title == (
        "Chánh Văn phòng UBND tỉnh, Tổ trưởng Tổ Công tác của Chủ tịch UBND tỉnh"
    )
    assert any("897/QĐ-UBND ngày 29/4/2021" in a.group_text for a in i.attendees)


def test_notice_54_tasks_give_33_of_34_with_one_late_and_one_open(demo):
    i = _by_number(demo, "54")
    statuses = [task_status(t, i.cutoff_date).effective for t in i.tasks]
    counts = count_statuses(statuses)
    assert counts.ratio_text == "33/34"
    assert counts.ht_qua_han == 1
    assert counts.chua_ht_trong_han == 1
    assert i.cutoff_date < i.date


def test_notice_54_sections_are_as_printed(demo):
    i = _by_number(demo, "54")
    n = i.notice
    assert n.opening.count("\n") == 1 and n.opening.startswith("Ngày 10/8/2021, Tổ công tác")
    assessment = _section(i, "assessment")
    assert len(assessment) == 3 and "33/34" in assessment[1].text
    assert "giải phòng mặt bằng" in assessment[2].text
    assert "(50 dự án trong đó có 05 dự án nằm trong danh mục" in assessment[2].text
    assert len(_section(i, "limitation")) == 5
    assert n.recommendations_intro.startswith("Để tiếp tục triển khai")
    assert n.recommendations_intro.endswith("một số nội dung sau:")
    recs = [e.text for e in _section(i, "recommendation")]
    assert len(recs) == 7
    assert not any(r.endswith((";", ".")) or r[1:3] == ") " for r in recs)
    # the year's theme in bold, as the signed original prints it
    assert (
        "**“Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, sáng tạo bút "
        in recs[0]
    )
    assert "phá”** để chỉ đạo" in recs[0]
    assert "của Ban Thường vụ Tỉnh ủy" in recs[1]
    assert "phân đấu" in recs[2]
    (proposal,) = _section(i, "proposal")
    assert proposal.text.startswith("Đối với các kiến nghị UBND thành phố Lạng Sơn về:")
    assert proposal.text.endswith("chỉnh trang đô thị.")
    assert proposal.response.startswith("Tổ công tác tiếp thu")
    assert proposal.response.endswith("hiệu quả, tiết kiệm.")
    first, second = n.closing.split("\n")
    assert first.startswith("Kết thúc đợt kiểm tra") and "sở, ban, ngành" in first
    assert second.startswith("Tổ công tác của Chủ tịch UBND tỉnh thông báo đề")
    assert second.endswith("thực hiện./.")


def test_notice_54_recipients_and_signature_are_as_printed(demo):
    n = _by_number(demo, "54").notice
    assert n.recipients == [
        "Chủ tịch, các PCT UBND tỉnh (BC);",
        "Các Sở: KH&ĐT, TC, NV, TP;",
        "Thanh tra tỉnh;",
        "UBND thành phố Lạng Sơn;",
        "C, PVP UBND tỉnh, các phòng CM, TH-CB;",
        "Lưu: VT, THNC (PT).",
    ]
    assert (n.authority_lines, n.signer_capacity, n.signer_title, n.signer_name) == (
        [],
        "TỔ TRƯỞNG",
        "CHÁNH VĂN PHÒNG UBND TỈNH",
        "Phạm Hùng Trường",
    )


def test_the_2020_meeting_is_an_unnumbered_draft_of_may(demo):
    i = next(i for i in demo.inspections if i.kind == "hop")
    n = i.notice
    assert (i.date.isoformat(), i.status) == ("2020-05-13", "du_thao")
    assert (n.issued, n.number, n.date, n.draft_month) == (False, "", None, 5)
    assert (n.doc_type, n.issuer_code, n.organ_parent) == ("TB", "UBND", "")
    assert n.organ_issuing == "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"
    assert n.authority_lines == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]
    assert (n.signer_capacity, n.signer_name) == ("PHÓ CHÁNH VĂN PHÒNG", "Dương Văn Chiền")
    assert n.opening.count("\n") == 1 and "đồng chí đồng chí" in n.opening
    (assessment,) = _section(i, "assessment")
    assert assessment.text.startswith("UBND tỉnh ghi nhận")
    assert n.recommendations_intro.startswith("Trên cơ sở ý kiến")
    recs = [e.text for e in _section(i, "recommendation")]
    assert len(recs) == 7 and recs[0].endswith("Nghị quyết số 62-NQ/TU.")
    assert "trong xây dựng nông thôn mới" in recs[1]
    assert n.closing.startswith("UBND thành phố tiếp tục") and n.closing.endswith("5/2020./.")
    assert n.recipients[0] == "Như thành phần mời;" and n.recipients[-1] == "Lưu: VT, KT(HVTr)."


@pytest.fixture(scope="module")
def samples():
    return yaml.safe_load(SAMPLES.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("sample_id", "number"),
    [
        ("KT-2024-A", "41"),
        ("KT-2024-B", "57"),
        ("KT-2024-C", "49"),
    ],
)
def test_fictional_inspections_match_the_samples(demo, samples, sample_id, number):
    src = next(s for s in samples["inspections"] if s["id"] == sample_id)
    i = _by_number(demo, number)
    assert i.notice.date == src["notice"]["date"] and i.notice.issued
    assert i.cutoff_date == src["data_as_of"]
    expected = src["expected"]["counts"]
    counts = count_statuses(task_status(t, i.cutoff_date).effective for t in i.tasks)
    assert counts.total == expected["total"]
    for status in TaskStatus:
        assert getattr(counts, status.value.lower()) == expected[status.value], status
    assert len(i.indicators) == len(src["indicators"])
    assert len(_section(i, "limitation")) == len(src["limitations"])
    assert len(_section(i, "proposal")) == len(src["unit_proposals"])
    assert all(p.response for p in _section(i, "proposal"))
    assert i.notice.signer_name == "Lương Đức An"
    assert f"{i.unit_name};" in i.notice.recipients
    assert i.notice.recipients[-1] == "Lưu: VT, TH (NVB)."


def test_c_carries_addressed_recommendations_and_followups(demo):
    c = _by_number(demo, "49")
    recs = _section(c, "recommendation")
    addressees = [r.addressee for r in recs]
    assert addressees[:4] == ["", "", "", ""]
    assert "Văn phòng HĐND và UBND thành phố" in addressees
    coded = next(r for r in recs if r.criterion_code == "7.3.1")
    assert coded.context.startswith("Theo Báo cáo số 512/BC-VP")
    assert (coded.deadline.isoformat(), coded.deadline_text) == (
        "2024-10-31",
        "chậm nhất ngày 31/10/2024",
    )
    followups = _section(c, "followup")
    assert [f.followup_status for f in followups] == [
        "dang_thuc_hien",
        "da_thuc_hien",
        "khong_thuc_hien_duoc",
    ]
    assert followups[0].source == "35/TB-TCT ngày 14/9/2023"


def test_b_keeps_a_task_without_deadline_as_ongoing(demo):
    b = _by_number(demo, "57")
    ongoing = [t for t in b.tasks if t.deadline is None]
    assert len(ongoing) == 1 and ongoing[0].deadline_text == "thường xuyên"


def test_organizations_carry_short_names_types_and_parents(demo):
    orgs = {o.code: o for o in demo.organizations}
    assert orgs["ORG-DOITHONG"].short_name == "Đồi Thông"
    assert orgs["ORG-DOITHONG-VP"].parent_code == "ORG-DOITHONG"
    assert orgs["ORG-SO-KHDT"].abbreviation == "KH&ĐT"
    assert {i.unit_code for i in demo.inspections} <= set(orgs)
