"""Proposed export file names: they say what the file is, draft and issued differ, and they
are valid on Windows."""

import datetime as dt
import unicodedata

import pytest

from app.export_names import suggest_file_name

UNIT = "UBND thành phố Lạng Sơn"


def test_the_issued_notice_carries_its_number_code_and_year():
    name = suggest_file_name("notice-pdf", UNIT, dt.date(2021, 8, 11), number="54")
    assert name == "TB-54-TCT-2021-TP-Lang-Son.pdf"
    docx = suggest_file_name(
        "notice-docx", "UBND huyện Mây Xanh", dt.date(2020, 5, 4), number="12", issuer_code="UBND"
    )
    assert docx == "TB-12-UBND-2020-May-Xanh.docx"


def test_a_draft_never_takes_the_issued_name():
    draft = suggest_file_name("notice-pdf", UNIT, dt.date(2021, 8, 10))
    assert draft == "Du-thao-TB-TCT-TP-Lang-Son-10-08-2021.pdf"
    forced = suggest_file_name("notice-pdf", UNIT, dt.date(2021, 8, 10), number="54", draft=True)
    assert forced == draft
    assert forced != suggest_file_name("notice-pdf", UNIT, dt.date(2021, 8, 11), number="54")


def test_positional_calls_keep_working():
    assert suggest_file_name("tables", UNIT, dt.date(2021, 8, 10)) == (
        "Phu-luc-TP-Lang-Son-10-08-2021.xlsx"
    )
    assert suggest_file_name("summary", "", 2024) == "Tong-hop-nam-2024.xlsx"


def test_characters_windows_refuses_are_gone():
    name = suggest_file_name("tables", 'A/B\\C:D*E?F"G<H>I|J\nK. ', None)
    assert name == "Phu-luc-A-B-C-D-E-F-G-H-I-J-K.xlsx"


def test_long_unit_names_are_shortened_but_keep_the_date():
    name = suggest_file_name("tables", "x" * 400, dt.date(2024, 1, 5))
    assert len(name) < 140 and name.endswith("-05-01-2024.xlsx")


def test_nfd_and_d_with_stroke():
    name = suggest_file_name("notice-pdf", unicodedata.normalize("NFD", "UBND huyện Khe Đá"), None)
    assert name == "Du-thao-TB-TCT-Khe-Da.pdf"
    assert name.isascii()


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        suggest_file_name("csv", "x", None)
