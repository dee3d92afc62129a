"""Proposed export file names: Vietnamese, and valid on Windows."""

import datetime as dt
import unicodedata

import pytest

from app.export_names import suggest_file_name


def test_inspection_tables_name_keeps_vietnamese():
    name = suggest_file_name("tables", "UBND thành phố Lạng Sơn", dt.date(2021, 8, 10))
    assert name == "Phụ lục - UBND thành phố Lạng Sơn - 10-08-2021.xlsx"


def test_year_summary_name():
    assert suggest_file_name("summary", "", 2024) == "Tổng hợp - năm 2024.xlsx"


def test_characters_windows_refuses_are_gone():
    name = suggest_file_name("tables", 'A/B\\C:D*E?F"G<H>I|J\nK. ', None)
    assert not set('/\\:*?"<>|\n') & set(name)
    assert name == "Phụ lục - A B C D E F G H I J K.xlsx"


def test_no_trailing_dot_or_space_before_the_extension():
    name = suggest_file_name("tables", "Sở Tài chính . . ", None)
    assert name == "Phụ lục - Sở Tài chính.xlsx"


def test_long_unit_names_are_shortened_but_keep_the_date():
    name = suggest_file_name("tables", "x" * 400, dt.date(2024, 1, 5))
    assert len(name) < 140 and name.endswith(" - 05-01-2024.xlsx")


def test_nfd_input_gives_an_nfc_name():
    name = suggest_file_name("notice-pdf", unicodedata.normalize("NFD", "Khe Đá"), None)
    assert name == "Thông báo kết luận - Khe Đá.pdf"


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        suggest_file_name("csv", "x", None)
