"""Searching everything written: accent-free, in step with every write, trash-aware, safe."""

from __future__ import annotations

import datetime as dt

import pytest

from app import dto
from app.domain.errors import InputError
from app.services.search import SearchFilters


def _inspection(services, unit="UBND huyện Cao Lộc", date=dt.date(2024, 8, 20), **extra):
    data = services.inspections.new(unit_name=unit, date=date, **extra)
    data.entries = [
        dto.EntryData(
            section=dto.Section.LIMITATION,
            text="Việc giải ngân vốn đầu tư công tại thị trấn Đồng Đăng còn chậm.",
        ),
        dto.EntryData(
            section=dto.Section.RECOMMENDATION,
            text="Khẩn trương số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
            addressee="Văn phòng HĐND và UBND huyện",
        ),
    ]
    data.tasks = [
        dto.TaskData(
            content="Đẩy nhanh tiến độ giải ngân các dự án trọng điểm",
            result="Đã giải ngân 85% kế hoạch",
        )
    ]
    data.indicators = [dto.IndicatorData(name="Tỷ lệ giải ngân vốn đầu tư công")]
    data.attendees = [dto.AttendeeData(person_name="Hoàng Văn Mạnh", person_title="Chủ tịch")]
    data.notice.title = "Kết luận kiểm tra tại UBND huyện Cao Lộc"
    data.notice.recipients = ["Sở Tài chính;", "Lưu: VT."]
    services.inspections.save(data)
    return data


def _owners(result) -> set[tuple[int | None, str]]:
    """(inspection id, section) of every hit."""
    return {(g.inspection and g.inspection.id, h.section) for g in result.groups for h in g.hits}


def _found(services, query, **filters) -> set[tuple[int | None, str]]:
    return _owners(services.search.search(query, SearchFilters(**filters), limit=None))


def _snippets(services, query, **filters) -> list[str]:
    result = services.search.search(query, SearchFilters(**filters), limit=None)
    return [h.snippet.text for g in result.groups for h in g.hits]


def test_dong_dang_finds_dong_dang(services):
    data = _inspection(services)
    assert (data.id, "limitation") in _found(services, "dong dang")
    assert (data.id, "limitation") in _found(services, "ĐỒNG ĐĂNG")


def test_giai_ngan_finds_an_entry_a_task_an_indicator_and_a_phrase(services):
    data = _inspection(services)
    found = _found(services, "giai ngan")
    assert {(data.id, "limitation"), (data.id, "task"), (data.id, "indicator")} <= found
    assert (None, "phrase") in found  # the starter library says "giải ngân vốn đầu tư công"


def test_every_kind_of_text_is_found(services):
    data = _inspection(services)
    assert (data.id, "inspection") in _found(services, "cao loc")
    assert (data.id, "attendee") in _found(services, "hoang van manh")
    assert (data.id, "notice") in _found(services, "ket luan kiem tra")
    assert (data.id, "recipient") in _found(services, "so tai chinh")
    assert (data.id, "recommendation") in _found(services, "van phong hdnd")  # the addressee
    assert (data.id, "task") in _found(services, "85% ke hoach")  # a task's result


def test_an_issued_notice_is_found_by_its_number_as_printed_and_as_stored(services):
    data = _inspection(services)
    services.register.issue(data.id, number=5, date=dt.date(2024, 8, 22))
    for query in ("05/TB-TCT", "5/TB-TCT", "tb-tct"):
        assert (data.id, "notice") in _found(services, query), query
    assert (data.id, "notice") not in _found(services, "6/TB-TCT")


def test_an_edit_is_found_at_once_and_no_longer_under_its_old_words(services):
    data = _inspection(services)
    data.entries[0].text = "Công tác bồi thường, giải phóng mặt bằng còn vướng mắc."
    services.inspections.save(data)
    assert (data.id, "limitation") in _found(services, "boi thuong")
    assert (data.id, "limitation") not in _found(services, "dong dang")
    # the editor's quick save of typed fields goes through another service
    entry = data.entries[1]
    assert services.entry_fields.save_fields(data.id, {entry.id: {"text": "Rà soát quy hoạch"}})
    assert (data.id, "recommendation") in _found(services, "ra soat quy hoach")
    assert (data.id, "recommendation") not in _found(services, "so hoa ho so")


def test_the_trash_hides_an_inspection_and_a_restore_brings_it_back(services):
    data = _inspection(services)
    kept = _inspection(services, unit="UBND huyện Văn Lãng")
    services.inspections.delete(data.id)
    found = _found(services, "giai ngan")
    assert all(owner != data.id for owner, _ in found) and (kept.id, "task") in found
    assert not any(owner == data.id for owner, _ in _found(services, "so tai chinh"))
    services.inspections.restore(data.id)
    assert (data.id, "task") in _found(services, "giai ngan")


def test_a_deleted_entry_goes_with_it_and_comes_back_on_restore(services):
    data = _inspection(services)
    removed = data.entries.pop(0)
    services.inspections.save(data)
    assert (data.id, "limitation") not in _found(services, "dong dang")
    services.inspections.restore_entry(removed.id)
    assert (data.id, "limitation") in _found(services, "dong dang")


def test_emptying_the_trash_leaves_no_trace_in_the_index(services):
    data = _inspection(services)
    data.entries.pop(0)
    services.inspections.save(data)
    other = _inspection(services, unit="UBND huyện Tràng Định")
    services.inspections.delete(other.id)
    services.inspections.purge_trash()
    assert services.search.stale() == (0, 0)


def test_the_index_matches_the_data_after_every_kind_of_write(services):
    from app.datafile.demo import load_demo

    content = load_demo()
    services.transfer.import_inspections(content.organizations, content.inspections)
    data = _inspection(services)
    data.tasks.append(dto.TaskData(content="Nhiệm vụ mới"))
    data.attendees[0].person_title = "Phó Chủ tịch"
    data.indicators.clear()
    data.notice.recipients = ["Như trên;"]
    data.unit_name = "UBND huyện Lộc Bình"
    services.inspections.save(data)
    services.register.issue(data.id, number=7, date=dt.date(2024, 9, 1))
    services.carryover.new_from_previous(data.id)
    services.phrases.add("Tăng cường kỷ luật, kỷ cương hành chính", "recommendation")
    assert services.search.stale() == (0, 0)
    before = services.search.search("giai ngan", limit=None)
    assert services.search.rebuild() > 100
    assert services.search.stale() == (0, 0)
    assert services.search.search("giai ngan", limit=None) == before


def test_exact_accents_come_first(services):
    wrong = _inspection(services, unit="UBND huyện Bắc Sơn")
    wrong.entries[0].text = "Giãi ngần vốn chậm"  # a typing slip: other accents
    services.inspections.save(wrong)
    right = _inspection(services, unit="UBND huyện Bình Gia", date=dt.date(2020, 1, 1))
    result = services.search.search("giải ngân", limit=None)
    for group in result.groups:  # in each inspection, the exact ones first
        exact = [h.exact for h in group.hits]
        assert exact == sorted(exact, reverse=True)
    # inspections with an exact match before the others (here all have one), latest first
    with_exact = [any(h.exact for h in g.hits) for g in result.groups]
    assert with_exact == sorted(with_exact, reverse=True)
    assert [g.inspection.id for g in result.groups if g.inspection] == [wrong.id, right.id]
    assert result.groups[-1].inspection is None  # the phrase library comes last
    slip = next(h for g in result.groups if g.inspection and g.inspection.id == wrong.id
                for h in g.hits if h.section == "limitation")  # fmt: skip
    assert not slip.exact and slip.snippet.text.startswith("Giãi ngần")
    only_slip = services.search.search("giãi ngần", SearchFilters(section="limitation"))
    assert only_slip.groups[0].hits[0].exact and only_slip.groups[0].inspection.id == wrong.id


def test_words_phrases_and_prefixes(services):
    data = _inspection(services)
    assert (data.id, "limitation") in _found(services, "cham von giai")  # any order
    assert (data.id, "limitation") not in _found(services, '"cham von giai"')
    assert (data.id, "limitation") in _found(services, '"giai ngan von"')
    assert (data.id, "limitation") in _found(services, "thi tran do*")
    assert (data.id, "limitation") not in _found(services, "thi tran do")
    assert _found(services, "giai ngan") < _found(services, "gi*")


def test_filters_by_year_unit_kind_and_section(services):
    first = _inspection(services, date=dt.date(2023, 5, 4))
    second = _inspection(services, unit="UBND huyện Chi Lăng", kind=dto.Kind.HOP)
    owners = {owner for owner, _ in _found(services, "giai ngan", year=2023)}
    assert owners == {first.id}
    assert {o for o, _ in _found(services, "giai ngan", unit="chi lang")} == {second.id}
    assert {o for o, _ in _found(services, "giai ngan", unit="UBND huyện Cao Lộc")} == {first.id}
    assert _found(services, "giai ngan", unit="không có đơn vị này") == set()
    assert {o for o, _ in _found(services, "giai ngan", kind=dto.Kind.HOP)} == {second.id}
    tasks = {(first.id, "task"), (second.id, "task")}
    assert _found(services, "giai ngan", section="task") == tasks
    assert {s for _, s in _found(services, "giai ngan", section="phrase")} == {"phrase"}


def test_the_year_is_the_inspections_own_when_set(services):
    late = _inspection(services, date=dt.date(2024, 1, 12), year=2023)  # the year it covers
    plain = _inspection(services, unit="UBND huyện Hữu Lũng", date=dt.date(2023, 6, 1))
    assert {o for o, _ in _found(services, "giai ngan", year=2023)} == {late.id, plain.id}
    assert _found(services, "giai ngan", year=2024) == set()
    assert services.search.years() == [2023]  # what the window's year filter offers


def test_snippets_mark_the_words_as_written(services):
    _inspection(services)
    result = services.search.search("dong dang", SearchFilters(section="limitation"))
    snippet = result.groups[0].hits[0].snippet
    marked = [piece for piece, mark in snippet.parts() if mark]
    assert marked == ["Đồng Đăng"]
    assert "".join(piece for piece, _ in snippet.parts()) == snippet.text


def test_type_ahead_takes_the_last_word_as_unfinished(services):
    data = _inspection(services)
    assert (data.id, "limitation") in _found_type_ahead(services, "dong da")
    with pytest.raises(InputError):
        services.search.search("   ", type_ahead=True)


def _found_type_ahead(services, query):
    return _owners(services.search.search(query, type_ahead=True))


def test_a_limit_keeps_the_newest_and_says_there_is_more(services):
    for n in range(4):
        _inspection(services, unit=f"UBND xã {n}")
    result = services.search.search("giai ngan", limit=5)
    assert result.count == 5 and result.more
    assert not services.search.search("giai ngan", limit=500).more


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR(", "-", ":", "😀", "x" * 10_000, "a" * 600, 'AND OR NOT "', "giải:ngân",
     "{folded}: x", "NEAR(giai ngan, 5)", "-giai", "giai -ngan", "\x00", "'; DROP TABLE entry; --",
     "ngân*" * 40, " ".join(["giai"] * 40)],
)  # fmt: skip
def test_hostile_queries_give_results_or_a_clean_message(services, query):
    _inspection(services)
    try:
        result = services.search.search(query, limit=None)
    except InputError as error:
        assert error.message and error.message[0].isupper()
    else:
        assert result.count >= 0
    assert (None, "phrase") in _found(services, "giai ngan")  # nothing was harmed
