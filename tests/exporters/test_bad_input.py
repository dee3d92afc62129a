"""Hostile or odd user text gives valid files that still say what was typed, never markup."""

from __future__ import annotations

import copy
import unicodedata

import docx
import pytest
from pypdf import PdfReader

from app.dto import EntryData, Section
from app.exporters.notice_docx import write_notice_docx
from app.exporters.notice_pdf import write_notice_pdf
from app.notice.builder import build_notice
from tests.exporters import docx_facts
from tests.exporters.pdf_facts import facts
from tests.exporters.pdf_facts import text as pdf_text

MARKUP = '<b>đậm</b> <font color="red" size="40">đỏ</font> &amp; &lt;br/&gt; <br/> <para>'
LONG = ("Nội dung rất dài của một đoạn văn bản kiểm tra " * 500)[:20_000].strip()
CASES = {
    "special": "Dấu < > & \" ' trong văn bản và A&B; x<y>z",
    "markup": MARKUP,
    "long": LONG,
    "nfd": unicodedata.normalize("NFD", "Nguyễn Thị Hương ở Đồng Đăng, Lạng Sơn: ỹ ự ặ ổ."),
    "tabs": "Cột một\tcột hai\t\tcột ba",
}


def _render(insp, profile, tmp_path, name: str) -> tuple[str, str]:
    """The PDF and DOCX text of the notice of `insp`, whitespace-normalised."""
    doc = build_notice(insp, profile)
    pdf, docx_path = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    write_notice_pdf(doc, pdf)
    write_notice_docx(doc, docx_path)
    assert len(PdfReader(pdf).pages) >= 1
    docx.Document(str(docx_path))  # opens: well-formed package and XML
    return (
        " ".join(pdf_text(pdf).split()),
        " ".join(docx_facts.text(docx_path).split()),
    )


def _with_assessment(demo_set, text: str):
    insp = copy.deepcopy(demo_set.sample_c)
    insp.entries.insert(0, EntryData(section=Section.ASSESSMENT, text=text))
    return insp


@pytest.mark.parametrize("case", list(CASES))
def test_typed_text_comes_out_as_typed(demo_set, tmp_path, case):
    typed = CASES[case]
    pdf_text, docx_text = _render(
        _with_assessment(demo_set, typed), demo_set.profile, tmp_path, case
    )
    expected = " ".join(unicodedata.normalize("NFC", typed).split())
    assert expected in pdf_text
    assert expected in docx_text


def test_markup_is_never_interpreted(demo_set, tmp_path):
    insp = _with_assessment(demo_set, MARKUP)
    doc = build_notice(insp, demo_set.profile)
    write_notice_pdf(doc, tmp_path / "m.pdf")
    line = facts(tmp_path / "m.pdf").find("<b>đậm</b>")
    assert not line.bold and line.size == 14


def test_markup_in_every_field(demo_set, tmp_path):
    insp = copy.deepcopy(demo_set.sample_c)
    n = insp.notice
    n.title = f"Tiêu đề {MARKUP}"
    n.organ_parent, n.organ_issuing = "CƠ QUAN <B>", "TỔ & <I>NHÓM</I>"
    n.recipients = [f"Nơi {MARKUP};", "Lưu: VT & <b>."]
    n.signer_name = "Tên <i>người</i> ký & Co"
    n.authority_lines = ["TL. <CHỦ TỊCH>"]
    insp.tasks[0].content = f"Nhiệm vụ {MARKUP}"
    insp.entries[-1].text = f"Kiến nghị {MARKUP}"
    pdf_text, docx_text = _render(insp, demo_set.profile, tmp_path, "fields")
    for typed in ("CƠ QUAN <B>", "TỔ & <I>NHÓM</I>", "Lưu: VT & <b>.", "Tên <i>người</i> ký & Co",
                  "TL. <CHỦ TỊCH>", f"Nhiệm vụ {MARKUP}", f"Tiêu đề {MARKUP}"):  # fmt: skip
        assert " ".join(typed.split()) in pdf_text, typed
        assert " ".join(typed.split()) in docx_text, typed


def test_sixty_recommendations_keep_counting(demo_set, tmp_path):
    insp = copy.deepcopy(demo_set.notice_54)
    insp.entries = [e for e in insp.entries if e.section != Section.RECOMMENDATION]
    insp.entries += [
        EntryData(section=Section.RECOMMENDATION, text=f"Kiến nghị số {i}") for i in range(60)
    ]
    for text in _render(insp, demo_set.profile, tmp_path, "sixty"):
        assert "y) Kiến nghị số 22; a1) Kiến nghị số 23;" in text
        assert "o2) Kiến nghị số 59." in text


def test_control_characters_are_dropped_and_missing_glyphs_shown(demo_set, tmp_path):
    typed = "Ký tự\x07 điều\x1b khiển, biểu tượng 😀 và chữ 漢 lạ"
    pdf_text, docx_text = _render(
        _with_assessment(demo_set, typed), demo_set.profile, tmp_path, "c"
    )
    assert "Ký tự điều khiển, biểu tượng □ và chữ □ lạ" in pdf_text
    assert "Ký tự điều khiển, biểu tượng 😀 và chữ 漢 lạ" in docx_text  # Word has fallbacks
    assert "\x07" not in pdf_text + docx_text and "■" not in pdf_text


def test_a_long_word_and_a_long_title_do_not_break_the_layout(demo_set, tmp_path):
    insp = _with_assessment(demo_set, "X" * 3000)
    insp.notice.title = "Tiêu đề " * 400
    insp.tasks[0].content = "Nhiệm vụ " * 2000
    pdf_text, docx_text = _render(insp, demo_set.profile, tmp_path, "long")
    assert "X" * 3000 in pdf_text.replace(" ", "") and "X" * 3000 in docx_text
