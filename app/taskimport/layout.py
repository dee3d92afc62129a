"""Finding the table in a sheet: its header (one or two rows), the numbering row under it, and
what each column means.

Real files put title rows above the table (the list's title, the cut-off date, merged across
the sheet) and a numbering row "(1) (2) (3)…" under the header; a header may span two rows
("Văn bản giao" over "Số, ký hiệu" and "Ngày ban hành"). The header is the row (or pair of
rows) among the first ones whose cells name the most fields; it must name the content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from app.domain.dates import parse_date
from app.domain.errors import InputError
from app.taskimport.fields import Field, match_header, words
from app.taskimport.sheet import Row, Sheet, cell_text, column_letter

SCAN_ROWS = 30
_NUMBERING = re.compile(r"[(\[]?\s*([0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\s*[)\]]?\.?(\s*=.*)?")
_CUTOFF = re.compile(r"đến\s+(?:hết\s+)?ngày\s+([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})", re.IGNORECASE)
_SAMPLES = 3


@dataclass(frozen=True)
class ColumnInfo:
    index: int
    header: str  # as written in the file ("Văn bản giao / Số, ký hiệu"); "" without a header
    field: Field
    hidden: bool = False
    samples: tuple[str, ...] = ()

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Layout:
    header_rows: tuple[int, ...]  # row numbers of the header; () when guessed from the content
    data_from: int  # index in sheet.rows of the first row under the header (and numbering)
    columns: tuple[ColumnInfo, ...] = field(default_factory=tuple)
    file_cutoff: dt.date | None = None  # "Số liệu tính đến ngày …" in the title rows

    def column_of(self, wanted: Field) -> int | None:
        return next((c.index for c in self.columns if c.field == wanted), None)

    @property
    def signature(self) -> str:
        """The same for every file with these header texts in this order: the key under which
        a corrected mapping is remembered. "" for a table without a header."""
        if not self.header_rows:
            return ""
        text = "\x1f".join(" ".join(words(c.header)) for c in self.columns)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def remapped(self, fields: dict[int, Field]) -> Layout:
        """The layout with some columns given another meaning; a field taken by a new column is
        taken from the column that had it."""
        taken = {f for f in fields.values() if f != Field.IGNORE}
        columns = []
        for c in self.columns:
            if c.index in fields:
                columns.append(replace(c, field=fields[c.index]))
            elif c.field in taken:
                columns.append(replace(c, field=Field.IGNORE))
            else:
                columns.append(c)
        return replace(self, columns=tuple(columns))


def _labels(row: Row, width: int) -> list[str]:
    return [cell_text(row.get(i)) for i in range(width)]


def is_numbering_row(row: Row) -> bool:
    """ "(1) (2) (3)…", "1 2 3…", "A B C…" under a header."""
    texts = [cell_text(c) for c in row.cells if cell_text(c)]
    if len(texts) < 3:
        return False
    return sum(1 for t in texts if _NUMBERING.fullmatch(t)) * 5 >= len(texts) * 4


def _looks_like_data(row: Row) -> bool:
    for value in row.cells:
        if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
            return True
        if len(words(cell_text(value))) > 14:
            return True
    return False


def _fields(labels: list[str], hidden: frozenset[int]) -> list[tuple[Field, int]]:
    found = [match_header(text) for text in labels]
    return [(Field.IGNORE, 0) if i in hidden else f for i, f in enumerate(found)]


def _combined(top: list[str], bottom: list[str], hidden) -> tuple[list[str], list]:
    """Header texts and fields of a two-row header: the lower cell names the column when it can;
    an empty upper cell belongs to the merged cell on its left."""
    texts, found = [], []
    parent = ""
    for i, (upper, lower) in enumerate(zip(top, bottom, strict=True)):
        parent = upper or (parent if lower else "")
        if not lower or lower == parent:
            texts.append(parent)
            found.append(match_header(parent))
        else:
            texts.append(f"{parent} / {lower}" if parent else lower)
            own = match_header(lower)
            if own[0] == Field.IGNORE:
                own = match_header(f"{parent} {lower}")
                if own[0] == Field.SOURCE and "ngay" in words(lower):
                    own = (Field.DOC_DATE, own[1])
            found.append(own)
        if i in hidden:
            found[-1] = (Field.IGNORE, 0)
    return texts, found


def _is_lower_header(top: list[str], found, bottom: list[str], row: Row) -> bool:
    """True when *row* is the second row of a header whose first row is *top*: the first row
    names fields of its own (a title above the table does not), and most of the lower row's
    own cells name a field too (a first data row does not)."""
    if is_numbering_row(row) or _looks_like_data(row):
        return False
    if len({f for f, _ in found if f != Field.IGNORE}) < 2:
        return False
    own = [match_header(b)[0] for b, t in zip(bottom, top, strict=True) if b and b != t]
    return bool(own) and sum(1 for f in own if f != Field.IGNORE) * 2 >= len(own)


def _score(found: list[tuple[Field, int]]) -> int:
    named = {f for f, _ in found if f != Field.IGNORE}
    return len(named) if Field.CONTENT in named else 0


def _unique(found: list[tuple[Field, int]]) -> list[Field]:
    """Each field for one column only: the strongest match, the leftmost on a tie."""
    best: dict[Field, int] = {}
    for i, (f, strength) in enumerate(found):
        if f != Field.IGNORE and (f not in best or strength > found[best[f]][1]):
            best[f] = i
    return [f if best.get(f) == i else Field.IGNORE for i, (f, _) in enumerate(found)]


def find_layout(sheet: Sheet) -> Layout | None:
    """The layout of the sheet's table; None when no row looks like a header naming the content
    and at least one other field."""
    rows, width, hidden = sheet.rows, sheet.width, sheet.hidden_columns
    best = None  # (key, header row indexes, texts, fields)
    for i, row in enumerate(rows[:SCAN_ROWS]):
        top = _labels(row, width)
        found = _fields(top, hidden)
        candidates = [((i,), top, found)]
        below = rows[i + 1] if i + 1 < len(rows) else None
        if below is not None and _is_lower_header(top, found, _labels(below, width), below):
            texts, pair = _combined(top, _labels(below, width), hidden)
            if _score(pair) > _score(found):  # the lower row must name more fields
                candidates.append(((i, i + 1), texts, pair))
        for indexes, texts, fields in candidates:
            # More fields wins; then a two-row header over its lower row alone.
            key = (_score(fields), len(indexes), -i)
            if key[0] >= 2 and (best is None or key > best[0]):
                best = (key, indexes, texts, fields)
    if best is None:
        return None
    _key, indexes, texts, found = best
    data_from = indexes[-1] + 1
    if data_from < len(rows) and is_numbering_row(rows[data_from]):
        data_from += 1
    meanings = _unique(found)
    columns = tuple(
        ColumnInfo(i, texts[i], meanings[i], i in hidden, _samples(rows[data_from:], i))
        for i in range(width)
    )
    return Layout(
        tuple(rows[i].number for i in indexes),
        data_from,
        columns,
        _file_cutoff(rows[: indexes[0]]),
    )


def _samples(rows: list[Row], column: int) -> tuple[str, ...]:
    found = []
    for row in rows:
        text = cell_text(row.get(column))
        if text:
            found.append(text if len(text) <= 40 else text[:39] + "…")
            if len(found) == _SAMPLES:
                break
    return tuple(found)


def _file_cutoff(title_rows: list[Row]) -> dt.date | None:
    for row in title_rows:
        for value in row.cells:
            if m := _CUTOFF.search(cell_text(value)):
                try:
                    return parse_date(m.group(1))
                except InputError:
                    return None
    return None
