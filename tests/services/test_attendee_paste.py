"""Attendees pasted as lines of text."""

from app.services.attendee_paste import attendees_from_text


def test_tab_separated_cells_with_a_header_and_serial_numbers():
    text = (
        "STT\tHọ tên\tChức vụ\r\n"
        "1\tNguyễn Văn A\tChủ tịch UBND\r\n"
        "2\tTrần Thị B\tChánh Văn phòng\r\n"
    )
    people = attendees_from_text(text, "don_vi")
    assert [(p.person_name, p.person_title) for p in people] == [
        ("Nguyễn Văn A", "Chủ tịch UBND"),
        ("Trần Thị B", "Chánh Văn phòng"),
    ]
    assert {p.side for p in people} == {"don_vi"}


def test_names_and_titles_written_on_one_line_and_group_texts():
    text = (
        "Ông Lê Văn C - Phó Chủ tịch UBND\n"
        "Bà Hoàng Thị D, Trưởng phòng Nội vụ\n\n"
        "Đại diện các phòng chuyên môn\n"
    )
    people = attendees_from_text(text, "don_vi")
    assert [(p.person_name, p.person_title, p.group_text) for p in people] == [
        ("Ông Lê Văn C", "Phó Chủ tịch UBND", ""),
        ("Bà Hoàng Thị D", "Trưởng phòng Nội vụ", ""),
        ("", "", "Đại diện các phòng chuyên môn"),
    ]
