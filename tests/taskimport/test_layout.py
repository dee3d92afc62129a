"""Recognising headers by their folded words, two-row headers, numbering rows, and guessing the
columns of rows without a header."""

from __future__ import annotations

import pytest

from app.taskimport.content_guess import guess_layout
from app.taskimport.csv_reader import guess_delimiter, table_from_text
from app.taskimport.fields import Field, match_header
from app.taskimport.layout import find_layout, is_numbering_row
from app.taskimport.sheet import Row


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nội dung nhiệm vụ", Field.CONTENT),
        ("NỘI DUNG NHIỆM VỤ ĐƯỢC GIAO", Field.CONTENT),
        ("Trích yếu", Field.CONTENT),
        ("Nhiệm vụ", Field.CONTENT),
        ("Số, ký hiệu văn bản", Field.SOURCE),
        ("Số, ký hiệu, ngày tháng văn bản", Field.SOURCE),
        ("Văn bản giao", Field.SOURCE),
        ("Văn bản giao nhiệm vụ", Field.SOURCE),
        ("Ngày văn bản", Field.DOC_DATE),
        ("Ngày ban hành", Field.DOC_DATE),
        ("Người giao", Field.ASSIGNED_BY),
        ("Lãnh đạo giao nhiệm vụ", Field.ASSIGNED_BY),
        ("Thời hạn", Field.DEADLINE),
        ("Thời hạn hoàn thành", Field.DEADLINE),
        ("Hạn hoàn thành", Field.DEADLINE),
        ("Hạn", Field.DEADLINE),
        ("Ngày hoàn thành", Field.COMPLETED),
        ("Ngày hoàn thành (nếu có)", Field.COMPLETED),
        ("Trạng thái", Field.STATUS),
        ("Tình hình thực hiện", Field.STATUS),
        ("Kết quả thực hiện", Field.RESULT),
        ("Kết quả", Field.RESULT),
        ("Ghi chú", Field.NOTE),
        ("STT", Field.SERIAL),
        ("Số TT", Field.SERIAL),
        ("Đơn vị chủ trì", Field.IGNORE),
        ("Hạn chế", Field.IGNORE),  # a one-word synonym matches only on its own
    ],
)
def test_headers_are_matched_on_folded_words(header, field):
    assert match_header(header)[0] == field


def test_a_title_is_not_a_header():
    title = (
        "DANH MỤC NHIỆM VỤ DO ỦY BAN NHÂN DÂN TỈNH VÀ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIAO NĂM 2024"
    )
    assert match_header(title) == (Field.IGNORE, 0)


def test_two_row_header_without_merged_cells_and_a_numbering_row():
    text = (
        "TT;Nội dung;Văn bản giao;;Thời hạn;Tình hình thực hiện;\n"
        ";;Số;Ngày;;Ngày hoàn thành;Trạng thái\n"
        "1;2;3;4;5;6;7\n"
        "1;Nhiệm vụ một;01/KH-UBND;05/01/2024;31/3/2024;20/3/2024;Đã hoàn thành\n"
    )
    sheet = table_from_text(text, "csv", guess_delimiter(text))
    layout = find_layout(sheet)
    assert layout.header_rows == (1, 2) and layout.data_from == 3
    assert [(c.header, c.field) for c in layout.columns] == [
        ("TT", Field.SERIAL),
        ("Nội dung", Field.CONTENT),
        ("Văn bản giao / Số", Field.SOURCE),
        ("Văn bản giao / Ngày", Field.DOC_DATE),
        ("Thời hạn", Field.DEADLINE),
        ("Tình hình thực hiện / Ngày hoàn thành", Field.COMPLETED),
        ("Tình hình thực hiện / Trạng thái", Field.STATUS),
    ]


@pytest.mark.parametrize(
    ("cells", "numbering"),
    [
        (("(1)", "(2)", "(3)", "(4)", "(5)"), True),
        ((1, 2, 3, 4), True),
        (("A", "B", "C", "1", "2"), True),
        (("(1)", "(2)", "(3)", "(4)=(2)+(3)"), True),
        ((1, "Nhiệm vụ một", "01/KH", "31/3/2024"), False),
    ],
)
def test_numbering_rows(cells, numbering):
    assert is_numbering_row(Row(9, cells)) is numbering


def test_the_signature_follows_the_header_texts_not_the_file():
    first = find_layout(table_from_text("STT\tNội dung\tThời hạn\n1\tA\t1/1/2024\n", "a", "\t"))
    same = find_layout(table_from_text("stt\tNOI DUNG\tThời  hạn\n2\tB\t\n", "b", "\t"))
    other = find_layout(table_from_text("STT\tNội dung\tHạn\n1\tA\t1/1/2024\n", "c", "\t"))
    assert first.signature == same.signature != other.signature
    remapped = first.remapped({2: Field.COMPLETED})
    assert [c.field for c in remapped.columns] == [Field.SERIAL, Field.CONTENT, Field.COMPLETED]
    moved = first.remapped({1: Field.DEADLINE})  # taken from the column that had it
    assert [c.field for c in moved.columns] == [Field.SERIAL, Field.DEADLINE, Field.IGNORE]


def test_rows_without_header_are_guessed_from_their_content():
    text = (
        "1\tXây dựng kế hoạch thu ngân sách\tUBND tỉnh\t01/CTr-UBND ngày 05/01/2021\t31/3/2021\t"
        "20/3/2021\tĐã ban hành kế hoạch\t\tHoàn thành\n"
        "2\tBáo cáo quy hoạch\tChủ tịch UBND tỉnh\t215/UBND-KT\tThường xuyên\t\t\t\t"
        "Đang thực hiện\n"
    )
    layout = guess_layout(table_from_text(text, "", "\t"))
    assert [c.field for c in layout.columns] == [
        Field.SERIAL,
        Field.CONTENT,
        Field.ASSIGNED_BY,
        Field.SOURCE,
        Field.DEADLINE,
        Field.COMPLETED,
        Field.RESULT,
        Field.NOTE,
        Field.STATUS,
    ]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("Nội dung;Thời hạn\nRà soát, báo cáo;31/3/2024\n", ";"),
        ("Nội dung\tThời hạn\nRà soát, báo cáo; tổng hợp\t31/3/2024\n", "\t"),
    ],
)
def test_the_delimiter_is_the_one_that_splits_rows_alike(text, delimiter):
    assert guess_delimiter(text) == delimiter
