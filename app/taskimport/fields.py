"""What a column of a task list can mean, and how its header is recognised.

Headers are matched on folded words ("Số, ký hiệu văn bản" → "so ky hieu van ban"), never on
exact strings: a synonym matches when its words appear in the header in that order. The longest
matching synonym wins ("Thời hạn hoàn thành" is a deadline, "Ngày hoàn thành" a completion
date); a one-word synonym ("STT", "Hạn") only matches a header that is that word alone.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.domain.text import fold


class Field(StrEnum):
    IGNORE = "ignore"
    SERIAL = "serial"
    CONTENT = "content"
    SOURCE = "source_doc"
    DOC_DATE = "doc_date"
    ASSIGNED_BY = "assigned_by"
    DEADLINE = "deadline"
    COMPLETED = "completed_on"
    STATUS = "status"
    RESULT = "result"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Field.IGNORE: "Bỏ qua (không nhập)",
    Field.SERIAL: "Số thứ tự",
    Field.CONTENT: "Nội dung nhiệm vụ",
    Field.SOURCE: "Văn bản giao",
    Field.DOC_DATE: "Ngày của văn bản giao",
    Field.ASSIGNED_BY: "Lãnh đạo giao",
    Field.DEADLINE: "Thời hạn",
    Field.COMPLETED: "Ngày hoàn thành",
    Field.STATUS: "Trạng thái (theo tệp)",
    Field.RESULT: "Kết quả",
    Field.NOTE: "Ghi chú",
}

_SYNONYMS = {
    Field.SERIAL: ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    Field.CONTENT: (
        "noi dung",
        "noi dung nhiem vu",
        "nhiem vu",
        "ten nhiem vu",
        "nhiem vu duoc giao",
        "trich yeu",
        "trich yeu noi dung",
        "noi dung cong viec",
        "cong viec",
        "noi dung chi dao",
        "noi dung giao",
    ),
    Field.SOURCE: (
        "van ban",
        "van ban giao",
        "van ban giao nhiem vu",
        "van ban chi dao",
        "so ky hieu",
        "so ky hieu van ban",
        "so hieu van ban",
        "so van ban",
        "can cu giao",
        "nguon giao",
    ),
    Field.DOC_DATE: (
        "ngay van ban",
        "ngay ban hanh",
        "ngay ban hanh van ban",
        "ngay thang van ban",
        "ngay thang nam ban hanh",
        "ngay ky",
        "ngay giao",
    ),
    Field.ASSIGNED_BY: (
        "nguoi giao",
        "lanh dao giao",
        "lanh dao chi dao",
        "nguoi chi dao",
        "co quan giao",
        "cap giao",
        "don vi giao",
    ),
    Field.DEADLINE: (
        "han",
        "thoi han",
        "thoi han hoan thanh",
        "thoi han thuc hien",
        "thoi han xu ly",
        "han hoan thanh",
        "han thuc hien",
        "han xu ly",
        "thoi gian hoan thanh",
    ),
    Field.COMPLETED: (
        "ngay hoan thanh",
        "ngay thuc hien xong",
        "ngay xong",
        "thoi diem hoan thanh",
        "ngay ket thuc",
    ),
    Field.STATUS: (
        "trang thai",
        "trang thai thuc hien",
        "tinh trang",
        "tinh trang thuc hien",
        "tinh hinh thuc hien",
        "tien do",
        "tien do thuc hien",
        "muc do hoan thanh",
        "danh gia",
        "ket qua danh gia",
    ),
    Field.RESULT: (
        "ket qua",
        "ket qua thuc hien",
        "ket qua thuc hien nhiem vu",
        "ket qua xu ly",
        "noi dung ket qua",
        "bao cao ket qua",
    ),
    Field.NOTE: ("ghi chu", "ghi chu khac", "y kien", "ly do"),
}

_MAX_HEADER_WORDS = 14  # a longer cell is a title or data, not a column header
_SPLIT = {field: [s.split() for s in synonyms] for field, synonyms in _SYNONYMS.items()}


def words(text: str) -> list[str]:
    """The folded words of a header: "Số, ký hiệu\nvăn bản" → ["so", "ky", "hieu", "van", "ban"]."""
    return [w for w in re.split(r"[\W_]+", fold(text)) if w]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def match_header(text: str) -> tuple[Field, int]:
    """(field, strength) of a header cell; (IGNORE, 0) when no synonym matches. Strength is the
    number of words of the matching synonym, plus one when the header is exactly it."""
    found = words(text)
    if not found or len(found) > _MAX_HEADER_WORDS:
        return Field.IGNORE, 0
    strengths: dict[Field, int] = {}
    for field, synonyms in _SPLIT.items():
        for synonym in synonyms:
            if len(synonym) == 1 and found != synonym:
                continue
            if _contains(found, synonym):
                strength = len(synonym) + (1 if found == synonym else 0)
                strengths[field] = max(strengths.get(field, 0), strength)
    if not strengths:
        return Field.IGNORE, 0
    if Field.SOURCE in strengths and Field.DOC_DATE in strengths:
        # "Số, ký hiệu, ngày tháng văn bản" names the document; "Ngày văn bản" only its date.
        if {"so", "hieu"} & set(found):
            strengths[Field.SOURCE] = max(strengths.pop(Field.DOC_DATE), strengths[Field.SOURCE])
        else:
            del strengths[Field.SOURCE]
    field = max(strengths, key=lambda f: strengths[f])
    return field, strengths[field]
