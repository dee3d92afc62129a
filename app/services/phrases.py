"""The phrase library: reusable wording for limitations and recommendations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import InputError
from app.domain.search_query import parse_query
from app.domain.text import fold, nfc
from app.services.search import expressions
from db import fts, models

FIELD_TAGS = {
    "": "Chung",
    "nhiem_vu_giao": "Nhiệm vụ được giao",
    "chi_dao_dieu_hanh": "Chỉ đạo, điều hành",
    "dau_tu_cong": "Đầu tư công",
    "gpmb": "Giải phóng mặt bằng",
    "thu_ngan_sach": "Thu ngân sách",
    "cchc": "Cải cách hành chính",
    "do_thi": "Quản lý đô thị, đất đai",
    "tiep_cong_dan": "Tiếp công dân, đơn thư",
    "can_bo": "Cán bộ, công chức",
    "ky_luat": "Kỷ luật, kỷ cương",
}


@dataclass(frozen=True)
class Phrase:
    id: int
    section: str
    field_tag: str
    text: str
    usage_count: int

    @property
    def field_label(self) -> str:
        return FIELD_TAGS.get(self.field_tag, self.field_tag)


class PhraseService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def search(
        self, query: str = "", section: str | None = None, field_tag: str | None = None
    ) -> list[Phrase]:
        """Phrases holding every word of *query* (accents optional, the last word may be
        unfinished: the dialog searches as she types), through the search index; those written
        with the accents as typed first, then the most used. InputError for a query with
        nothing to search in it (only punctuation) or too long."""
        exact_ids: set[int] = set()
        with self._sessions() as s:
            statement = select(models.Phrase)
            if query.strip():
                folded, exact = expressions(parse_query(query, prefix_last=True))
                ids = fts.source_ids(s, folded, "phrase")
                exact_ids = set(fts.source_ids(s, exact, "phrase"))
                statement = statement.where(models.Phrase.id.in_(ids))
            if section:
                statement = statement.where(models.Phrase.section == section)
            if field_tag is not None:
                statement = statement.where(models.Phrase.field_tag == field_tag)
            found = [_to_phrase(row) for row in s.scalars(statement)]
        found.sort(key=lambda p: (p.id not in exact_ids, -p.usage_count, fold(p.text)))
        return found

    def get(self, phrase_id: int) -> Phrase | None:
        with self._sessions() as s:
            row = s.get(models.Phrase, phrase_id)
            return _to_phrase(row) if row is not None else None

    def add(self, text: str, section: str, field_tag: str = "") -> Phrase:
        text = nfc(text).strip()
        if not text:
            raise InputError("Không lưu được câu rỗng vào thư viện.", field="text")
        with self._sessions.begin() as s:
            existing = s.scalar(
                select(models.Phrase).where(
                    models.Phrase.text == text, models.Phrase.section == section
                )
            )
            if existing is not None:
                return _to_phrase(existing)
            row = models.Phrase(text=text, section=section, field_tag=field_tag, usage_count=0)
            s.add(row)
            s.flush()
            return _to_phrase(row)

    def record_use(self, phrase_id: int) -> None:
        with self._sessions.begin() as s:
            row = s.get(models.Phrase, phrase_id)
            if row is not None:
                row.usage_count += 1

    def delete(self, phrase_id: int) -> None:
        with self._sessions.begin() as s:
            row = s.get(models.Phrase, phrase_id)
            if row is not None:
                s.delete(row)


def _to_phrase(row: models.Phrase) -> Phrase:
    return Phrase(
        id=row.id,
        section=row.section,
        field_tag=row.field_tag,
        text=row.text,
        usage_count=row.usage_count,
    )
