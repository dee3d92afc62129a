"""The phrase library: starter wording, accent-insensitive search, tags, usage counts."""

import unicodedata

import pytest

from app.domain.errors import InputError


def test_the_starter_library_is_there(services):
    limitations = services.phrases.search(section="limitation")
    recommendations = services.phrases.search(section="recommendation")
    assert len(limitations) >= 5 and len(recommendations) >= 8
    assert any("giải ngân vốn đầu tư công" in p.text for p in limitations)


def test_search_ignores_accents_case_and_folds_d(services):
    found = services.phrases.search("GIAI NGAN dau tu", section="recommendation")
    assert found and all("giải ngân" in p.text.lower() for p in found)
    assert services.phrases.search("đô thị") == services.phrases.search("do thi")
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
