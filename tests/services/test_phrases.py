"""The phrase library: starter wording, accent-insensitive search, tags, usage counts."""

import re
import unicodedata

import pytest

from app.domain.errors import InputError
from app.domain.text import fold


def test_the_starter_library_is_there(services):
    limitations = services.phrases.search(section="limitation")
    recommendations = services.phrases.search(section="recommendation")
    assert len(limitations) >= 5 and len(recommendations) >= 8
    assert any("giải ngân vốn đầu tư công" in p.text for p in limitations)


def test_search_ignores_accents_case_and_folds_d(services):
    found = services.phrases.search("GIAI NGAN dau tu", section="recommendation")
    assert found and all("giải ngân" in p.text.lower() for p in found)
    with_accents, without = services.phrases.search("đô thị"), services.phrases.search("do thi")
    assert {p.id for p in with_accents} == {p.id for p in without}
    # the same phrases; those written "đô thị" first when it is typed so ("tiến độ … thiện" after)
    assert "đô thị" in with_accents[0].text and "đô thị" not in with_accents[-1].text
    assert services.phrases.search("không có câu nào như thế này") == []


def test_filter_by_field_tag(services):
    found = services.phrases.search(field_tag="cchc")
    assert found and {p.field_tag for p in found} == {"cchc"}
    assert found[0].field_label == "Cải cách hành chính"


def test_added_phrases_are_nfc_deduplicated_and_ranked_by_use(services):
    nfd = unicodedata.normalize("NFD", "Khẩn trương hoàn thành số hóa hồ sơ")
    added = services.phrases.add(nfd, "recommendation", "cchc")
    assert added.text == unicodedata.normalize("NFC", nfd)
    assert services.phrases.add(added.text, "recommendation", "cchc").id == added.id
    services.phrases.record_use(added.id)
    services.phrases.record_use(added.id)
    assert services.phrases.search(section="recommendation")[0].id == added.id
    assert services.phrases.search("so hoa")[0].usage_count == 2


def test_an_empty_phrase_is_refused(services):
    with pytest.raises(InputError):
        services.phrases.add("   ", "limitation")


def test_search_goes_through_the_index_and_sees_a_new_phrase_at_once(services):
    added = services.phrases.add("Chậm giải ngân vốn sự nghiệp có tính chất đầu tư", "limitation")
    assert added.id in {p.id for p in services.phrases.search("giai ngan von su nghiep")}
    services.phrases.delete(added.id)
    assert added.id not in {p.id for p in services.phrases.search("giai ngan von su nghiep")}


def test_the_last_word_may_be_unfinished_as_she_types(services):
    found = services.phrases.search("giai ng")
    assert any("giải ngân" in p.text for p in found)
    for phrase in found:
        words = re.findall(r"\w+", fold(phrase.text))
        assert "giai" in words and any(w.startswith("ng") for w in words), phrase.text


@pytest.mark.parametrize("query", ['"', "*", "-", ":", "😀", "x" * 10_000])
def test_a_query_with_nothing_to_search_is_a_clean_refusal(services, query):
    with pytest.raises(InputError):
        services.phrases.search(query)


def test_near_and_other_index_syntax_is_just_text(services):
    assert services.phrases.search("NEAR(") == []
    assert services.phrases.search('giải "ngân') != []
