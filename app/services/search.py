"""Searching everything the group ever wrote, without diacritics, through the search index.

Results come in two tiers: first the matches written with the accents as typed ("giải ngân"
finds "giải ngân" before "giãi ngần"), then every other accent-free match. In each tier the
newest inspections come first, and the index stops reading once it has enough: a query matching
most of the archive costs no more than one matching a few rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from app import dto
from app.domain.collation import vn_sort_key
from app.domain.errors import InputError
from app.domain.inspection_year import inspection_year
from app.domain.register import issued_reference
from app.domain.search_query import SearchQuery, parse_query
from app.domain.snippets import Highlighter, Snippet, make_snippet
from app.domain.text import fold, nfc
from db import fts, models

WINDOW_LIMIT = 100  # results the window shows; more are a sign to add a word or a filter

# Where a hit is, as the editor names its pages; entries by their section.
SECTION_LABELS = {
    "inspection": "Thông tin chung",
    "attendee": "Thành phần",
    "task": "Nhiệm vụ được giao",
    "indicator": "Chỉ tiêu",
    **{str(s): s.label for s in dto.Section},
    "notice": "Thông báo",
    "recipient": "Nơi nhận",
    "phrase": "Thư viện câu chữ",
}
_ORDER = {key: i for i, key in enumerate(SECTION_LABELS)}


def section_label(section: str) -> str:
    return SECTION_LABELS.get(section, section)


def resolve_section(text: str) -> str:
    """The section meant by *text*: its key ("limitation") or the start of its label, accents
    optional ("han che"). InputError naming the sections otherwise."""
    wanted = " ".join(fold(nfc(text)).split())
    if wanted in SECTION_LABELS:
        return wanted
    for exact in (True, False):
        found = [
            key
            for key, label in SECTION_LABELS.items()
            if (fold(label) == wanted if exact else fold(label).startswith(wanted))
        ]
        if wanted and len(found) == 1:
            return found[0]
    names = ", ".join(f"«{label}»" for label in SECTION_LABELS.values())
    raise InputError(f"Không rõ phần «{text}». Các phần: {names}.", field="section")


def expressions(query: SearchQuery) -> tuple[str, str]:
    """The index queries of *query*: accent-free over the folded text, and exact over the text
    as written (the index lower-cases both sides, so case never matters)."""
    folded = fts.match_expression("folded", ((t.folded, t.prefix) for t in query.terms))
    exact = fts.match_expression("text", ((t.words, t.prefix) for t in query.terms))
    return folded, exact


@dataclass(frozen=True)
class SearchFilters:
    year: int | None = None  # app.domain.inspection_year's year
    unit: str | None = None  # a unit's name as written, or words it holds (accents optional)
    kind: str | None = None  # a dto.Kind value
    section: str | None = None  # a SECTION_LABELS key


@dataclass(frozen=True)
class InspectionHeader:
    """What a group of results shows about its inspection."""

    id: int
    date: dt.date | None
    kind: str
    unit_name: str
    status: str
    notice_number: str


@dataclass(frozen=True)
class SearchHit:
    source: str  # entry, task, indicator, attendee, inspection, notice, recipient, phrase
    source_id: int  # id of that row (an entry's id for an entry…)
    section: str
    snippet: Snippet
    exact: bool  # written with the accents as typed

    @property
    def section_label(self) -> str:
        return section_label(self.section)


@dataclass(frozen=True)
class SearchGroup:
    inspection: InspectionHeader | None  # None: the phrase library
    hits: list[SearchHit] = field(default_factory=list)


@dataclass(frozen=True)
class SearchResult:
    groups: list[SearchGroup]
    count: int  # hits in the groups
    more: bool  # the limit left some out


class SearchService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def search(
        self,
        text: str,
        filters: SearchFilters | None = None,
        limit: int | None = WINDOW_LIMIT,
        type_ahead: bool = False,
    ) -> SearchResult:
        """Hits of *text* (InputError, in Vietnamese, for a query with nothing to search), grouped
        by inspection; *limit* None for all. With *type_ahead* the last word may be unfinished."""
        query = parse_query(text, prefix_last=type_ahead)
        filters = filters or SearchFilters()
        folded, exact = expressions(query)
        with self._sessions() as s:
            where = self._where(s, filters)
            wanted = None if limit is None else limit + 1
            first = fts.search(s, exact, limit=wanted, **where)
            seen = {h.rowid for h in first}
            # The exact matches are accent-free matches too: *wanted* more rows hold enough.
            rest = [h for h in fts.search(s, folded, limit=wanted, **where) if h.rowid not in seen]
            hits = first + rest
            more = limit is not None and len(hits) > limit
            hits = hits[:limit] if limit is not None else hits
            headers = _headers(s, {h.inspection_id for h in hits if h.inspection_id is not None})
        return _grouped(hits, len(first), headers, query, more)

    @staticmethod
    def _where(s: Session, filters: SearchFilters) -> dict:
        """The index's arguments for *filters*: the inspections they keep, the section."""
        where: dict = {}
        if filters.section is not None:
            where["sections"] = [filters.section]
        if filters.year is None and filters.kind is None and not filters.unit:
            return where
        i = models.Inspection
        query = select(i.id, i.year, i.date).where(i.deleted_at.is_(None))
        if filters.kind is not None:
            query = query.where(i.kind == filters.kind)
        if filters.unit:
            names = set(s.scalars(select(i.unit_name).distinct()))
            query = query.where(i.unit_name.in_(_unit_names(names, filters.unit)))
        if filters.year is not None:
            # Candidates only (its own year, or a session that year); the rule decides below.
            first, after = dt.date(filters.year, 1, 1), dt.date(filters.year + 1, 1, 1)
            query = query.where(or_(i.year == filters.year, i.date.between(first, after)))
        rows = s.execute(query).all()
        if filters.year is not None:
            rows = [r for r in rows if inspection_year(r) == filters.year]
        where["inspections"] = [r.id for r in rows]
        return where

    def units(self) -> list[str]:
        """The units of the inspections not in the trash, in Vietnamese order (the filter list)."""
        with self._sessions() as s:
            names = s.scalars(
                select(models.Inspection.unit_name)
                .where(models.Inspection.deleted_at.is_(None), models.Inspection.unit_name != "")
                .distinct()
            )
            return sorted(names, key=vn_sort_key)

    def years(self) -> list[int]:
        """The years the filter offers, newest first (app.domain.inspection_year's)."""
        i = models.Inspection
        with self._sessions() as s:
            rows = s.execute(select(i.year, i.date).where(i.deleted_at.is_(None)).distinct())
            years = {inspection_year(r) for r in rows}
        return sorted((y for y in years if y is not None), reverse=True)

    def rebuild(self) -> int:
        """Build the index again from the data (`tocongtac reindex`); returns its row count."""
        with self._sessions.begin() as s:
            return fts.rebuild(s.connection())

    def stale(self) -> tuple[int, int]:
        """(index rows the data no longer has, data missing from the index); (0, 0) when sound."""
        with self._sessions() as s:
            return fts.stale(s.connection())


def _unit_names(names: set[str], unit: str) -> set[str]:
    """The unit names *unit* means: itself when it is one of them (the filter list), else those
    holding all its words, accents optional (`--unit "khe da"`)."""
    unit = nfc(unit).strip()
    if unit in names:
        return {unit}
    words = fold(unit).split()
    return {n for n in names if all(w in fold(n) for w in words)}


def _headers(s: Session, ids: set[int]) -> dict[int, InspectionHeader]:
    i, n = models.Inspection, models.Notice
    rows = s.execute(
        select(
            i.id,
            i.date,
            i.kind,
            i.unit_name,
            i.status,
            n.number,
            n.doc_type,
            n.issuer_code,
            n.issued,
        )  # fmt: skip
        .outerjoin(n, n.inspection_id == i.id)
        .where(i.id.in_(ids))
    )
    return {
        r.id: InspectionHeader(r.id, r.date, r.kind, r.unit_name, r.status, issued_reference(r))
        for r in rows
    }


def _grouped(
    hits: list[fts.Hit],
    exact_count: int,
    headers: dict[int, InspectionHeader],
    query: SearchQuery,
    more: bool,
) -> SearchResult:
    highlighter = Highlighter(query)
    groups: dict[int | None, list[SearchHit]] = {}
    for n, hit in enumerate(hits):
        owner = hit.inspection_id if hit.inspection_id in headers else None
        groups.setdefault(owner, []).append(
            SearchHit(
                hit.source,
                hit.source_id,
                hit.section,
                make_snippet(hit.text, highlighter),
                exact=n < exact_count,
            )
        )
    out = []
    for owner, found in groups.items():
        found.sort(key=lambda h: (not h.exact, _ORDER.get(h.section, 99), h.source_id))
        out.append(SearchGroup(headers.get(owner) if owner is not None else None, found))
    # inspections with an exact match first, then the latest sessions; the library last
    out.sort(key=_group_order)
    return SearchResult(out, len(hits), more)


def _group_order(group: SearchGroup) -> tuple:
    header = group.inspection
    if header is None:
        return (2, 0, 0)
    exact = any(h.exact for h in group.hits)
    return (0 if exact else 1, -(header.date or dt.date.min).toordinal(), -header.id)
