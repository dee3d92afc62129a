"""The phrase library: reusable wording for limitations and recommendations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import InputError
from app.domain.text import fold, nfc
from db import models

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
        """Phrases whose text holds every word of *query*, ignoring accents; most used first."""
        words = fold(query).split()
        with self._sessions() as s:
            statement = select(models.Phrase)
            if section:
                statement = statement.where(models.Phrase.section == section)
            if field_tag is not None:
                statement = statement.where(models.Phrase.field_tag == field_tag)
            rows = list(s.scalars(statement))
        found = []
        for row in rows:
            folded = fold(row.text)
            if all(word in folded for word in words):
                found.append(_to_phrase(row))
        found.sort(key=lambda p: (-p.usage_count, fold(p.text)))
        return found

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
