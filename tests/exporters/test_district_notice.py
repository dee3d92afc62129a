"""The district's test notice (tests/notice/district.py) prints exactly its expected paragraphs,
labels included, in the PDF and in the DOCX; its bold and italic spans are bold and italic in
both; nothing in it speaks as the province."""

from __future__ import annotations

import pytest

from tests.exporters import docx_facts
from tests.exporters.pdf_facts import facts
from tests.exporters.test_notice_pdf import _body_lines, _paragraphs
from tests.notice import district


def _expected() -> list[str]:
    return [f"{label} {text}" if label else text for label, text in district.EXPECTED]


def test_the_pdf_prints_the_expected_paragraphs(rendered):
    f = facts(rendered["district", "pdf"])
    paragraphs = [" ".join(s.text for s in p) for p in _paragraphs(_body_lines(f))]
    assert [" ".join(p.split()) for p in paragraphs] == [" ".join(e.split()) for e in _expected()]


def test_the_docx_prints_the_expected_paragraphs(rendered):
    paras = docx_facts.paragraphs(
        docx_facts.parts(rendered["district", "docx"])["word/document.xml"]
    )
    body = [p.text for p in paras if p.where == ("body",) and p.text and p.first_line]
    assert body == _expected()


def _pdf_spans(path) -> list[tuple[str, bool, bool]]:
    """Runs of glyphs of one font: (text, bold, italic), in reading order."""
    import pdfplumber

    runs: list[tuple[str, bool, bool]] = []
    top = None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                font = ch["fontname"].split("+")[-1]
                style = ("Bold" in font, "Italic" in font)
                text = ch["text"]
                if top is not None and abs(ch["top"] - top) > 2:
                    text = " " + text  # a new line: the space the line break stands for
                top = ch["top"]
                if runs and runs[-1][1:] == style:
                    runs[-1] = (runs[-1][0] + text, *style)
                else:
                    runs.append((text, *style))
    return runs


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_emphasis_is_bold_and_italic_in_both_formats(rendered, fmt):
    if fmt == "pdf":
        runs = _pdf_spans(rendered["district", "pdf"])
    else:
        runs = docx_facts.runs(rendered["district", "docx"])
    bold = [" ".join(t.split()) for t, b, i in runs if b and not i]
    italic = [" ".join(t.split()) for t, b, i in runs if i and not b]
    for text in district.BOLD:
        assert any(text in b for b in bold), (text, bold)
    for text in district.ITALIC:
        assert any(text in i for i in italic), (text, italic)
    plain = " ".join(t for t, b, i in runs if not b and not i)
    assert "Tham dự cuộc họp" in plain and "rõ rệt" not in " ".join(italic)


def test_nothing_speaks_as_the_province(notices):
    doc = notices["district"]
    words = " ".join([doc.title, *doc.body_text(), *doc.recipients, *doc.organ_issuing]).lower()
    assert "tỉnh" not in words
    assert doc.organ_issuing == ("ỦY BAN NHÂN DÂN", "HUYỆN KHE ĐÁ") and doc.organ_parent == ()
    assert doc.number_line == "Số: 12/TB-UBND"
    assert doc.date_line == "Khe Đá, ngày 30 tháng 9 năm 2024"
    assert [*doc.signature.upper_lines, *doc.signature.lower_lines] == district.SIGNATURE
