"""The DOCX notices against the automatable checklist of nd30-format.md §9 (numbers in comments)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from app.exporters import fonts
from app.exporters.layout import text_width
from tests.exporters.docx_facts import (
    NS,
    cell,
    has_page_field,
    header_parts,
    paragraphs,
    parts,
    q,
    sections,
)
from tests.exporters.test_notice_pdf import (
    CASES,
    DATE,
    DRAFT_DATE,
    DRAFT_NUMBER,
    NUMBER,
    QUOC_HIEU,
    SIGNER_PREFIX,
    TIEU_NGU,
    Case,
    check_numbering,
)

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4
HEADER_INNER = (65 * TWIPS_PER_MM - 170, 100 * TWIPS_PER_MM - 170)  # cells less 1.5 mm margins
TEXT_WIDTH = 165 * TWIPS_PER_MM


@pytest.fixture(scope="module", params=list(CASES))
def case(request) -> Case:
    """The issued notices the checklist is run on: 54/TB-TCT and the district's test notice."""
    return CASES[request.param]


@pytest.fixture(scope="module")
def x54(rendered, case):
    return parts(rendered[case.name, "docx"])


@pytest.fixture(scope="module")
def p54(x54):
    return paragraphs(x54["word/document.xml"])


def _rule_length(rule, width: float) -> float:
    assert rule.border_bottom and rule.text == ""
    assert abs(rule.left - rule.right) <= 1  # centred
    return width - rule.left - rule.right


def _body(paras):
    """Body paragraphs: in the body, with text and the 1 cm first-line indent."""
    return [p for p in paras if p.where == ("body",) and p.text and p.first_line]


def test_1_2_page_and_margins(x54):
    sect = sections(x54["word/document.xml"])[0]
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    assert (size.get(q("w")), size.get(q("h"))) == ("11906", "16838")
    assert size.get(q("orient")) != "landscape"
    assert 1134 <= int(margins.get(q("top"))) <= 1418
    assert 1134 <= int(margins.get(q("bottom"))) <= 1418
    assert 1701 <= int(margins.get(q("left"))) <= 1985
    assert 850 <= int(margins.get(q("right"))) <= 1134


def test_3_times_new_roman_everywhere(rendered):
    for name in ("54", "2020", "c", "district"):
        found = 0
        for part_name, root in parts(rendered[name, "docx"]).items():
            for rfonts in root.iter(q("rFonts")):
                found += 1
                for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
                    assert rfonts.get(q(attr)) == "Times New Roman", (part_name, attr)
                assert not any("Theme" in a or "theme" in a for a in rfonts.attrib), part_name
        assert found > 20  # every run names its font
        styles = parts(rendered[name, "docx"])["word/styles.xml"]
        default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
        assert default.get(q("ascii")) == "Times New Roman"


def test_4_unicode_nfc(rendered):
    from tests.exporters.docx_facts import text

    content = text(rendered["54", "docx"])
    assert content == unicodedata.normalize("NFC", content)
    assert QUOC_HIEU in content and TIEU_NGU in content


def test_5_6_7_header_cells(p54, case):
    organ, national = cell(p54, 1, 0, 0), cell(p54, 1, 0, 1)
    *lines, organ_rule = organ
    if case.parent is not None:
        parent, *lines = lines
        assert parent.text == case.parent and parent.bold is False and parent.size == 13
    assert tuple(p.text for p in lines) == case.issuing
    assert all(p.bold and p.size == 13 for p in lines)
    width = max(text_width(p.text, fonts.BOLD, 13) for p in lines) * TWIPS_PER_PT
    assert width / 3 <= _rule_length(organ_rule, HEADER_INNER[0]) <= width / 2
    qh, motto, motto_rule = national
    assert qh.text == QUOC_HIEU and qh.bold and qh.size in (12, 13) and qh.align == "center"
    assert text_width(QUOC_HIEU, fonts.BOLD, qh.size) * TWIPS_PER_PT <= HEADER_INNER[1]
    assert motto.text == TIEU_NGU and motto.bold and motto.size == qh.size + 1
    width = text_width(TIEU_NGU, fonts.BOLD, motto.size) * TWIPS_PER_PT
    assert abs(_rule_length(motto_rule, HEADER_INNER[1]) - width) <= 2 * TWIPS_PER_MM


def test_8_9_number_and_date_on_one_baseline(p54):
    (number,), (date,) = cell(p54, 1, 1, 0), cell(p54, 1, 1, 1)
    assert NUMBER.match(number.text) and number.size == 13
    assert number.italic is False and number.bold is False and number.align == "center"
    assert DATE.match(date.text) and date.italic and date.size == 14 and date.align == "center"
    # one row, top-aligned, single spacing: the smaller text is moved down by the ascent gap
    assert number.line_rule == date.line_rule == "auto"
    assert abs((number.before - date.before) - (14 - 13) * 0.891 * TWIPS_PER_PT) <= 2


def test_10_title(p54):
    body = [p for p in p54 if p.where == ("body",)]
    name = next(i for i, p in enumerate(body) if p.text == "THÔNG BÁO")
    title, rule = body[name + 1], body[name + 2]
    assert body[name].bold and body[name].align == "center" and body[name].size == 14
    assert title.bold and title.align == "center" and not title.text.isupper()
    lines = title.text.split("\n")
    assert " ".join(lines) == title.text.replace("\n", " ")
    longest = max(text_width(line, fonts.BOLD, 14) for line in lines) * TWIPS_PER_PT
    assert all(text_width(line, fonts.BOLD, 14) * TWIPS_PER_PT <= TEXT_WIDTH for line in lines)
    assert longest / 3 <= _rule_length(rule, TEXT_WIDTH) <= longest / 2


def test_11_body_paragraphs(p54):
    body = _body(p54)
    assert len(body) > 15
    for p in body:
        assert p.align == "both", p.text[:40]  # headings too, as in the PDF
        assert p.size in (13, 14) and p.first_line in (567, 720)
        assert p.before + p.after >= 6 * TWIPS_PER_PT
        if p.line_rule == "auto":
            assert 240 <= p.line <= 360
        else:
            assert p.line <= 1.5 * p.size * TWIPS_PER_PT


def test_12_13_numbering_and_end_mark(p54):
    check_numbering([p.text for p in _body(p54)])


def test_14_noi_nhan(p54, x54):
    label, *items = cell(p54, 2, 0, 0)
    first_signer = cell(p54, 2, 0, 1)[0]
    assert label.text == "Nơi nhận:" and label.size == 12 and label.bold and label.italic
    assert label.align == "left" and label.left == 0 and label.first_line == 0
    assert abs(label.before - first_signer.before - 2 * 0.891 * TWIPS_PER_PT) <= 2
    margins = (
        x54["word/document.xml"]
        .findall(".//w:tbl", NS)[1]
        .find(".//w:tc/w:tcPr/w:tcMar/w:left", NS)
    )
    assert margins.get(q("w")) == "0"  # flush with the left margin
    assert all(i.size == 11 and i.bold is False and i.italic is False for i in items)
    assert all(i.text.startswith("- ") for i in items)
    assert all(i.text.endswith(";") for i in items[:-1])
    assert re.match(r"^- Lưu: VT(,.*)?\.$", items[-1].text)


@pytest.mark.parametrize("name", ["54", "2020", "district"])
def test_15_signature(rendered, name):
    xml = parts(rendered[name, "docx"])["word/document.xml"]
    paras = paragraphs(xml)
    signature = cell(paras, 2, 0, 1)
    *upper, last = signature
    gap_index = next(i for i, p in enumerate(signature) if p.before >= 20 * TWIPS_PER_MM)
    for p in signature[:gap_index]:
        assert p.text == p.text.upper() and p.bold and p.size in (13, 14) and p.align == "center"
        if "." in p.text.split()[0]:
            assert SIGNER_PREFIX.match(p.text)
    assert last.bold and last.text != last.text.upper() and last.align == "center"
    row = xml.findall(".//w:tbl", NS)[1].find("w:tr/w:trPr/w:cantSplit", NS)
    assert row is not None
    body = [p for p in paras if p.where == ("body",)]
    assert body[-1].keep_next and body[-2].keep_next  # spacer and last paragraph stay with it
    if name == "2020":
        assert [p.text for p in signature] == [
            "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Dương Văn Chiền"
        ]  # fmt: skip


def test_16_page_numbers(rendered, x54, case):
    root = x54["word/document.xml"]
    assert sections(root)[0].find("w:titlePg", NS) is not None
    headers = header_parts(rendered[case.name, "docx"], root)
    assert not has_page_field(headers["first"])
    default = headers["default"]
    assert has_page_field(default)
    (jc,) = default.findall(".//w:pPr/w:jc", NS)
    assert jc.get(q("val")) == "center"
    sizes = {int(s.get(q("val"))) / 2 for s in default.iter(q("sz"))}
    assert sizes and sizes <= {13, 14}
    assert not any(default.iter(q("b")))


def test_17_text_is_black(rendered):
    for name in ("54", "2020", "c", "district"):
        for part_name, root in parts(rendered[name, "docx"]).items():
            if part_name == "word/document.xml" or "header" in part_name:
                for colour in root.iter(q("color")):
                    assert colour.get(q("val")) in ("auto", "000000"), part_name


def test_draft_docx_has_the_mark_and_blanks(rendered):
    path = rendered["draft", "docx"]
    root = parts(path)["word/document.xml"]
    paras = paragraphs(root)
    (number,), (date,) = cell(paras, 1, 1, 0), cell(paras, 1, 1, 1)
    assert DRAFT_NUMBER.match(number.text) and DRAFT_DATE.match(date.text)
    first = header_parts(path, root)["first"]
    assert "".join(first.itertext()) == "DỰ THẢO"
    assert first.find(".//w:pBdr/w:top", NS) is not None and first.find(".//w:b", NS) is not None
    assert not has_page_field(first)
    assert cell(paras, 1, 0, 0)[0].text == "ỦY BAN NHÂN DÂN"  # no parent line


def test_sample_c_groups_and_landscape_appendix(rendered):
    root = parts(rendered["c", "docx"])["word/document.xml"]
    texts = [p.text for p in paragraphs(root)]
    assert "3.1. Văn phòng HĐND và UBND thành phố" in texts
    assert "3.3. Phòng Nội vụ" in texts
    first_section, appendix = sections(root)[0], sections(root)[-1]
    assert first_section.find("w:pgSz", NS).get(q("orient")) != "landscape"
    assert appendix.find("w:pgSz", NS).get(q("orient")) == "landscape"
    assert appendix.find("w:pgNumType", NS).get(q("start")) == "1"
    assert appendix.find("w:titlePg", NS) is not None
    assert "Phụ lục" in texts and any(
        t.startswith("(Kèm theo Thông báo số 49/TB-TCT") for t in texts
    )
    table = root.findall(".//w:tbl", NS)[-1]
    assert len(table.findall("w:tr", NS)) == 9
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is not None
