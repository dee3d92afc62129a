"""The notices' layout against the automatable checklist of nd30-format.md §9 (numbers in the test
names), measured on our PDF and on the DOCX as LibreOffice lays it out (fixture `pdfs`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from app.domain.letters import LETTERS
from tests.exporters.pdf_facts import MM, facts, pdf_version, rule_below
from tests.notice import district

A4 = (595.28, 841.89)
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
TEXT_CENTRE = (LEFT + RIGHT) / 2
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
NUMBER = re.compile(r"^Số: (0[1-9]|[1-9][0-9]+)/[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ0-9&]+(-[A-ZĐ0-9&]+)*$")
DRAFT_NUMBER = re.compile(r"^Số: */[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ0-9&]+$")
DATE = re.compile(
    r"^[^,\n]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm [12][0-9]{3}$"
)
DRAFT_DATE = re.compile(r"^[^,\n]+, ngày *tháng (0[12]|[3-9]|1[0-2]) năm [12][0-9]{3}$")
SIGNER_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q)\. ")


def _black(colour: tuple) -> bool:
    """Gray 0 or RGB 0, 0, 0."""
    return all(c == 0 for c in colour) and len(colour) in (1, 3)


@dataclass(frozen=True)
class Case:
    """What one checked notice prints where the checks need a value."""

    name: str
    parent: str | None  # the parent organ line, if any
    issuing: tuple[str, ...]  # the issuing organ lines
    first_signer: str
    place: str
    recipients: tuple[str, ...]


CASES = {
    "54": Case(
        "54",
        "UBND TỈNH LẠNG SƠN",
        ("TỔ CÔNG TÁC",),
        "TỔ TRƯỞNG",
        "Lạng Sơn",
        (
            "- Chủ tịch, các PCT UBND tỉnh (BC);",
            "- Các Sở: KH&ĐT, TC, NV, TP;",
            "- Thanh tra tỉnh;",
            "- UBND thành phố Lạng Sơn;",
            "- C, PVP UBND tỉnh, các phòng CM, TH-CB;",
            "- Lưu: VT, THNC (PT).",
        ),
    ),
    "district": Case(
        "district",
        None,
        ("ỦY BAN NHÂN DÂN", "HUYỆN KHE ĐÁ"),
        "TL. CHỦ TỊCH",
        "Khe Đá",
        tuple(f"- {r}" for r in district.RECIPIENTS),
    ),
}


@pytest.fixture(scope="module", params=list(CASES))
def case(request) -> Case:
    """The issued notices the checklist is run on: 54/TB-TCT and the district's test notice."""
    return CASES[request.param]


@pytest.fixture(scope="module")
def f54(pdfs, case):
    return facts(pdfs[case.name])


def _body_lines(f):
    """Body lines: below the trích yếu rule on page 1, above "Nơi nhận:" on its page, without
    page numbers."""
    title_rule = min((r for r in f.rules if r.page == 1), key=lambda r: -r.y)
    recipients = f.find("Nơi nhận:")
    lines = []
    for s in f.segments:
        if s.page == 1 and s.baseline < title_rule.y:
            continue
        if s.page > recipients.page or (
            s.page == recipients.page and s.baseline >= recipients.baseline
        ):
            continue
        if s.baseline < TOP:
            continue
        lines.append(s)
    return lines


def _paragraphs(lines):
    """Body lines grouped into paragraphs: each starts with the 1 cm first-line indent."""
    paragraphs = []
    for line in lines:
        if abs(line.x0 - (LEFT + 10 * MM)) < 0.5 * MM:
            paragraphs.append([line])
        else:
            assert abs(line.x0 - LEFT) < 0.5 * MM, f"line neither indented nor at margin: {line}"
            paragraphs[-1].append(line)
    return paragraphs


def test_1_a4_portrait_and_18_pdf_basics(f54, pdfs, case):
    assert all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in f54.page_sizes)
    assert pdf_version(pdfs[case.name]) >= (1, 4)
    assert all(len(text) > 200 for text in f54.page_texts)  # extractable, not rasterised


def test_2_nothing_outside_the_margins_but_the_page_number(f54):
    for s in f54.segments:
        assert s.x0 >= LEFT - 0.5 * MM and s.x1 <= RIGHT + 0.5 * MM, s
        assert s.bottom <= BOTTOM + 0.5 * MM, s
        if s.top < TOP - 0.5 * MM:
            assert s.page > 1 and s.text == str(s.page), s


def test_3_fonts_embedded_truetype_times_metrics(pdfs):
    for name in ("54", "2020", "c", "district"):
        for page in PdfReader(pdfs[name]).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert font["/Subtype"] in ("/TrueType", "/Type0"), font
                base = font["/BaseFont"]
                assert re.search(r"(TimesNewRoman|Times New Roman|LiberationSerif|Tinos)", base)
                descriptor = (
                    font.get("/FontDescriptor") or font["/DescendantFonts"][0]["/FontDescriptor"]
                )
                assert "/FontFile2" in descriptor.get_object() or "/FontFile3" in descriptor


def test_4_unicode_nfc_text_layer(f54):
    text = f54.body_text()
    assert text == unicodedata.normalize("NFC", text)
    assert QUOC_HIEU in text and TIEU_NGU in text
    assert "■" not in text and "□" not in text
    assert {"ạ", "ư", "ơ", "Đ", "ệ", "ủ", "Ư"} & set(text) >= {"ạ", "ư", "ơ", "Đ", "ệ", "ủ"}


def test_5_6_quoc_hieu_and_tieu_ngu(f54, case):
    qh, motto = f54.find(QUOC_HIEU, 1), f54.find(TIEU_NGU, 1)
    assert qh.text == QUOC_HIEU and qh.bold and qh.size in (12, 13)
    assert qh.x0 > TEXT_CENTRE - 20 * MM and qh.centre > TEXT_CENTRE
    assert qh.baseline == min(s.baseline for s in f54.on_page(1))
    assert motto.bold and motto.size in (13, 14) and motto.size == qh.size + 1
    assert f54.find(f"{case.place}, ngày", 1).size == motto.size
    rule = rule_below(f54, motto)
    assert abs(rule.length - (motto.x1 - motto.x0)) <= 2 * MM
    assert abs(rule.centre - motto.centre) <= 1 * MM


def test_7_organ_block(f54, case):
    issuing = [f54.find(line, 1) for line in case.issuing]
    for line in issuing:
        assert line.bold and line.text.isupper() and 12 <= line.size <= 13
    if case.parent is not None:
        parent = f54.find(case.parent, 1)
        assert parent.text.isupper() and not parent.bold
    rule = rule_below(f54, issuing[-1])
    width = max(line.x1 - line.x0 for line in issuing)
    assert width / 3 <= rule.length <= width / 2
    assert abs(rule.centre - issuing[-1].centre) <= 1 * MM


def test_8_9_number_and_date_share_a_baseline(f54, case):
    number, date = f54.find("Số:", 1), f54.find(f"{case.place}, ngày", 1)
    assert NUMBER.match(number.text) and number.size == 13 and number.upright
    assert not number.bold
    assert abs(number.centre - f54.find(case.issuing[-1], 1).centre) <= 2 * MM
    assert DATE.match(date.text) and date.italic
    assert abs(number.baseline - date.baseline) <= 1
    assert abs(date.centre - f54.find(QUOC_HIEU, 1).centre) <= 2 * MM


def test_10_title_centred_with_its_rule(f54):
    name = f54.find("THÔNG BÁO", 1)
    assert name.text == "THÔNG BÁO" and name.bold and 13 <= name.size <= 14
    assert abs(name.centre - TEXT_CENTRE) <= 1 * MM
    lines = [s for s in f54.on_page(1) if name.baseline < s.baseline < name.baseline + 60]
    assert lines[0].text.startswith("Kết luận")
    for line in lines:
        assert line.bold and not line.text.isupper() and 13 <= line.size <= 14
        assert abs(line.centre - TEXT_CENTRE) <= 1 * MM
    rule = rule_below(f54, lines[-1])
    longest = max(s.x1 - s.x0 for s in lines)
    assert longest / 3 <= rule.length <= longest / 2 and abs(rule.centre - TEXT_CENTRE) <= 1 * MM


def test_11_body_justified_indented_spaced(f54):
    paragraphs = _paragraphs(_body_lines(f54))
    assert len(paragraphs) > 15
    for paragraph in paragraphs:
        heading = paragraph[0].bold
        for line in paragraph:
            assert 13 <= line.size <= 14 and all(_black(c) for c in line.colours)
        if not heading:  # justified: every line but the last reaches the right margin
            assert all(abs(line.x1 - RIGHT) < 1 * MM for line in paragraph[:-1]), paragraph
        for a, b in zip(paragraph, paragraph[1:], strict=False):
            if a.page == b.page:
                assert 14 <= b.baseline - a.baseline <= 1.5 * 14
    leading = paragraphs[0][1].baseline - paragraphs[0][0].baseline
    for previous, paragraph in zip(paragraphs, paragraphs[1:], strict=False):
        if previous[-1].page == paragraph[0].page:
            assert paragraph[0].baseline - previous[-1].baseline - leading >= 6 - 0.25


def check_numbering(texts: list[str]) -> None:
    """§12–13 on the body paragraphs as printed: khoản numbered 1, 2, … in order; the points
    under each heading a prefix of the Vietnamese letter sequence; the last paragraph "./."."""
    headings = [t for t in texts if re.match(r"^\d+\. ", t)]
    assert [int(h.split(".")[0]) for h in headings] == list(range(1, len(headings) + 1))
    labels: list[str] = []
    for text in texts:
        if re.match(r"^\d+(\.\d+)*\. ", text):
            labels = []
        elif m := re.match(r"^([a-zđ]\d*)\) ", text):
            labels.append(m[1])
            assert labels == list(LETTERS[: len(labels)])
    assert texts[-1].endswith("./.")


def test_12_13_numbering_and_end_mark(f54):
    check_numbering([" ".join(s.text for s in p) for p in _paragraphs(_body_lines(f54))])


def _recipient_items(f):
    label = f.find("Nơi nhận:")
    lines = [
        s for s in f.on_page(label.page) if s.baseline > label.baseline and s.x1 < LEFT + 63 * MM
    ]
    items: list[list] = []
    for line in lines:
        if line.text.startswith("- "):
            items.append([line])
        else:
            items[-1].append(line)
    return label, items


def test_14_noi_nhan(f54, case):
    label, items = _recipient_items(f54)
    first_signer = f54.find(case.first_signer, label.page)
    assert label.text == "Nơi nhận:" and label.size == 12 and label.bold and label.italic
    assert abs(label.x0 - LEFT) <= 1 * MM
    assert abs(label.baseline - first_signer.baseline) <= 1
    texts = [" ".join(s.text for s in item) for item in items]
    assert all(s.size == 11 and s.upright and not s.bold for item in items for s in item)
    assert all(t.endswith(";") for t in texts[:-1])
    assert re.match(r"^- Lưu: VT(,.*)?\.$", texts[-1])
    assert tuple(texts) == case.recipients


def _signature_lines(f):
    label = f.find("Nơi nhận:")
    return [
        s for s in f.on_page(label.page)
        if s.baseline >= label.baseline and s.x0 > LEFT + 63 * MM
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["54", "2020", "district"])
def test_15_signature_block(pdfs, name):
    f = facts(pdfs[name])
    lines = _signature_lines(f)
    *upper, name_line = lines
    column_centre = LEFT + 63 * MM + 51 * MM
    for line in upper:
        assert line.text == line.text.upper() and line.bold and 13 <= line.size <= 14
        if "." in line.text.split()[0]:
            assert SIGNER_PREFIX.match(line.text)
        assert abs(line.centre - column_centre) <= 1 * MM
    assert name_line.bold and name_line.text != name_line.text.upper()
    assert abs(name_line.centre - column_centre) <= 1 * MM
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    assert max(gaps) >= 20 * MM
    last_body = _body_lines(f)[-1]
    assert last_body.page == lines[0].page  # the block sits with the last paragraph


def test_15_meeting_signature_is_two_level(pdfs):
    lines = [s.text for s in _signature_lines(facts(pdfs["2020"]))]
    assert lines == [
        "TL. CHỦ TỊCH",
        "KT. CHÁNH VĂN PHÒNG",
        "PHÓ CHÁNH VĂN PHÒNG",
        "Dương Văn Chiền",
    ]


def test_16_page_numbers_from_page_2(f54):
    assert len(f54.page_sizes) >= 2
    assert not [s for s in f54.on_page(1) if s.baseline < TOP]
    for page in range(2, len(f54.page_sizes) + 1):
        (number,) = [s for s in f54.on_page(page) if s.baseline < TOP]
        assert number.text == str(page) and 13 <= number.size <= 14
        assert number.upright and not number.bold and abs(number.centre - TEXT_CENTRE) <= 2 * MM


def test_17_all_text_and_rules_black(pdfs):
    for name in ("54", "2020", "c", "district"):
        f = facts(pdfs[name])
        assert all(_black(c) for s in f.segments for c in s.colours)
        assert all(_black(r.colour) for r in f.rules)


def test_draft_mark_in_the_top_margin_and_blank_number(pdfs):
    f = facts(pdfs["draft"])
    mark = f.find("DỰ THẢO", 1)
    assert mark.bold and mark.bottom < TOP and mark.page == 1
    assert DRAFT_NUMBER.match(f.find("Số:", 1).text)
    assert DRAFT_DATE.match(f.find("Lạng Sơn, ngày", 1).text)
    boxes = [b for b in f.boxes if b[0] == 1]  # a rectangle (PDF) or four borders (DOCX)
    above = [r for r in f.rules if r.page == 1 and r.y < mark.top and r.x0 < mark.x0 < r.x1]
    below = [r for r in f.rules if r.page == 1 and mark.bottom < r.y < TOP and r.x0 < mark.x0]
    if boxes:
        (box,) = boxes
        _, x0, top, x1, bottom = box
        assert x0 < mark.x0 and mark.x1 < x1 and top < mark.top and mark.bottom < bottom < TOP
    else:
        assert above and below


def test_sample_c_groups_and_appendix(pdfs):
    f = facts(pdfs["c"])
    for heading in ("3.1. Văn phòng HĐND và UBND thành phố", "3.2. Phòng Tài chính - Kế hoạch"):
        assert f.find(heading).bold
    text = " ".join(f.body_text().split())
    assert "a) Tiêu chí 7.3.1, Cập nhật hồ sơ giải quyết TTHC cấp huyện" in text
    landscape = [n for n, (w, h) in enumerate(f.page_sizes, start=1) if w > h]
    assert landscape and f.find("Phụ lục", landscape[0]).bold
    assert f.find("DANH MỤC NHIỆM VỤ", landscape[0]).bold
    assert not [s for s in f.on_page(landscape[0]) if s.top < 15 * MM]  # its own page 1
    portrait = [n for n, (w, h) in enumerate(f.page_sizes, start=1) if w < h]
    assert portrait == list(range(1, len(portrait) + 1))
