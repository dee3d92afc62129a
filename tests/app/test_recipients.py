"""Nơi nhận: the inspected unit among the defaults; empty lines never print."""

from app.domain.recipients import default_recipients, follow_defaults, follow_unit, printed_lines

PROFILE = ["Chủ tịch, các PCT UBND tỉnh (BC);", "Thanh tra tỉnh;", "Lưu: VT, TH."]


def test_the_unit_goes_before_the_filing_line():
    assert default_recipients(PROFILE, "UBND thành phố Lạng Sơn") == [
        "Chủ tịch, các PCT UBND tỉnh (BC);",
        "Thanh tra tỉnh;",
        "UBND thành phố Lạng Sơn;",
        "Lưu: VT, TH.",
    ]


def test_a_unit_already_listed_is_not_added_twice():
    assert default_recipients(PROFILE, "Thanh tra tỉnh") == PROFILE
    assert default_recipients(PROFILE, "") == PROFILE


def test_without_a_filing_line_the_unit_goes_last():
    assert default_recipients(["Sở Tài chính;"], "UBND huyện Mây Xanh") == [
        "Sở Tài chính;",
        "UBND huyện Mây Xanh;",
    ]


def test_empty_lines_never_print():
    assert printed_lines(["", "  ", "Thanh tra tỉnh;", "\n"]) == ["Thanh tra tỉnh;"]


def test_the_default_list_follows_the_unit_but_an_edited_list_stays():
    first = default_recipients(PROFILE, "UBND huyện Khe Đá")
    assert follow_unit(PROFILE, PROFILE, "", "UBND huyện Khe Đá") == first
    assert follow_unit(first, PROFILE, "UBND huyện Khe Đá", "UBND huyện Mây Xanh") == (
        default_recipients(PROFILE, "UBND huyện Mây Xanh")
    )
    edited = [*first[:1], "Sở Nội vụ;", *first[1:]]
    assert follow_unit(edited, PROFILE, "UBND huyện Khe Đá", "UBND huyện Mây Xanh") is None


def test_the_default_list_follows_another_issuing_body_with_the_unit_kept():
    unit = "UBND xã Thụy Hùng"
    district = ["Chủ tịch, các PCT UBND huyện;", "Lưu: VT."]
    current = default_recipients(PROFILE, unit)
    assert follow_defaults(current, PROFILE, district, unit, unit) == [
        "Chủ tịch, các PCT UBND huyện;",
        "UBND xã Thụy Hùng;",
        "Lưu: VT.",
    ]
    assert follow_defaults([], PROFILE, district, unit, unit) == default_recipients(district, unit)
    edited = [*current, "Sở Nội vụ;"]
    assert follow_defaults(edited, PROFILE, district, unit, unit) is None
