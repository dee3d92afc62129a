"""The index holds what a reader sees (issue 11 emphasis, issue 17): bold and italic markers
are neither found nor shown, and the criterion labels, context sentences and attachment lines
are searchable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib import import_module

from app import dto
from app.services.search import SearchFilters
from db.migrate import HEAD_REVISION


def _hits(services, query):
    """(inspection id, section, snippet) of the hits in inspections (not the phrase library)."""
    result = services.search.search(query, SearchFilters(), limit=None)
    return [(g.inspection.id, h.section, h.snippet.text) for g in result.groups if g.inspection
            for h in g.hits]  # fmt: skip


def _saved(services):
    data = services.inspections.new(unit_name="UBND huyện Bắc Sơn", date=dt.date(2024, 9, 12))
    data.entries = [
        dto.EntryData(
            section=dto.Section.RECOMMENDATION,
            criterion_label="*Đối với tiêu chí giao thông nông thôn*",
            context="Qua kiểm tra cho thấy **đường liên xã** xuống cấp",
            text="**Siết chặt** kỷ cương, kỷ luật hành chính; xử lý nghiêm cán bộ vi phạm",
        )
    ]
    data.notice.attachments = ["Phụ lục I: Danh mục nhiệm vụ chậm tiến độ"]
    services.inspections.save(data)
    return services.inspections.list_rows()[0].id


def test_marked_up_words_are_found_and_shown_as_read(services):
    inspection = _saved(services)
    (hit,) = _hits(services, "siet chat ky cuong")
    assert hit[:2] == (inspection, "recommendation")
    assert "*" not in hit[2] and "Siết chặt" in hit[2]
    assert _hits(services, '"siet chat ky cuong"')  # a phrase across what was a marker


def test_criterion_labels_contexts_and_attachments_are_searchable(services):
    inspection = _saved(services)
    assert [h[:2] for h in _hits(services, "tieu chi giao thong")] == [
        (inspection, "recommendation")
    ]
    assert [h[:2] for h in _hits(services, "duong lien xa")] == [(inspection, "recommendation")]
    assert [h[:2] for h in _hits(services, "danh muc nhiem vu cham")] == [(inspection, "notice")]


def test_an_edit_of_the_label_is_indexed_and_the_old_words_go(services):
    inspection = _saved(services)
    data = services.inspections.get(inspection)
    data.entries[0].criterion_label = "Đối với tiêu chí thủy lợi"
    services.inspections.save(data)
    assert _hits(services, "tieu chi thuy loi") and not _hits(services, "giao thong nong thon")


def test_an_index_made_before_this_version_is_made_again_as_read(db_path):
    """A database whose index still holds the markers (the triggers before 0010): upgrading
    makes the index again from the data."""
    from app.database import open_database
    from app.services.bundle import Services

    previous = import_module("db.migrations.versions.0010_search_as_read").down_revision
    services = Services(open_database(db_path))
    inspection = _saved(services)
    services.db.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM search_index")
        raw.execute("UPDATE alembic_version SET version_num = ?", (previous,))
    services = Services(open_database(db_path))
    try:
        (hit,) = _hits(services, "siet chat ky cuong")
        assert hit[0] == inspection and "*" not in hit[2]
        assert _hits(services, "danh muc nhiem vu cham")
        with sqlite3.connect(db_path) as raw:
            version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == HEAD_REVISION
    finally:
        services.db.close()
