"""The full-text search index: one SQLite FTS5 table kept current by triggers.

This is the only module that knows FTS5 (a PostgreSQL backend replaces it, same functions).

- One row per searchable thing (an entry, a task, an indicator, an attendee, an inspection's own
  fields, its notice, a recipient line, a phrase of the library). `text` holds the text as a
  reader sees it (an entry's bold and italic markers left out by PLAIN_FUNCTION) and `folded`
  the same text through the app's fold (FOLD_FUNCTION); `attach` registers both on every
  connection (FTS5 itself never folds đ: toolchain notes #14). Both columns are indexed:
  `folded` finds, `text` tells which matches have the exact accents.
- The rowid says where a row comes from and sorts the newest inspections first:
  owner inspection id << 32 | source code << 28 | the source row's id. Recipient lines and
  phrases have no inspection (owner 0), so they come last.
- Triggers on the source tables write the index in the same transaction as the data. Their
  bodies touch only NEW/OLD and the index, never another table: Alembic's batch mode rebuilds a
  table by renaming a copy, which SQLite refuses while a trigger names a missing table. A
  rebuilt table loses its own triggers, so `ensure_triggers` runs after every migration.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, bindparam, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

INDEX = "search_index"
FOLD_FUNCTION = "app_fold"
PLAIN_FUNCTION = "app_plain"
OWNER_SHIFT, SOURCE_SHIFT = 32, 28


@dataclass(frozen=True)
class _Source:
    name: str  # also the section of its rows, except for entries (their own section)
    table: str
    code: int
    texts: tuple[str, ...]  # SQL of the text parts, one line each; {r} is the row
    watched: tuple[str, ...]  # columns whose change re-indexes the row
    owner: str = "0"  # SQL of the owning inspection's id
    notice: str = "NULL"  # SQL of the notice id (recipients: their inspection is found by it)
    section: str = ""  # SQL of the section; default: the source's name
    live: str = "1"  # SQL: the row is searchable (entries in the trash are not)
    # SQL: the row belongs to one of the inspections of the JSON array :ids ("" for none)
    of_inspections: str = "{r}.inspection_id IN (SELECT value FROM json_each(:ids))"

    def rowid(self, r: str) -> str:
        owner = self.owner.format(r=r)
        return f"(({owner}) << {OWNER_SHIFT}) | ({self.code} << {SOURCE_SHIFT}) | {r}.id"

    def select(self, r: str, where: str = "1") -> str:
        """The index row of source row *r*: "NEW" or "OLD" in a trigger, or the table's name
        (every row of the table, or those *where* selects). Nothing for a row without text or
        out of the search."""
        parts = " || char(10) || ".join(f"coalesce({p.format(r=r)}, '')" for p in self.texts)
        section = self.section.format(r=r) if self.section else f"'{self.name}'"
        owner = self.owner.format(r=r)
        source = f" FROM {self.table}" if r == self.table else ""
        return (
            f"SELECT rid, {FOLD_FUNCTION}(t), t, sec, insp, notc FROM (SELECT {self.rowid(r)} AS "
            f"rid, trim({parts}, char(10) || ' ') AS t, {section} AS sec, "
            f"nullif({owner}, 0) AS insp, {self.notice.format(r=r)} AS notc{source} "
            f"WHERE {self.live.format(r=r)} AND {where.format(r=r)}) WHERE t <> ''"
        )


# The register number as stored and, below 10, as printed ("5" and "05/TB-TCT"), so that
# both are found; only an issued notice has one.
_NUMBER = (
    "CASE WHEN {r}.issued AND {r}.number <> '' THEN {r}.number || '/' || {r}.doc_type || '-' || "
    "{r}.issuer_code || CASE WHEN length({r}.number) = 1 THEN char(10) || '0' || {r}.number || "
    "'/' || {r}.doc_type || '-' || {r}.issuer_code ELSE '' END END"
)

# The notice's attachment lines ("Phụ lục I: …"), a JSON array of strings.
_ATTACHMENTS = "(SELECT group_concat(value, char(10)) FROM json_each({r}.attachments))"

SOURCES = (
    _Source(
        "entry", "entry", 1,
        (f"{PLAIN_FUNCTION}({{r}}.criterion_label)", f"{PLAIN_FUNCTION}({{r}}.context)",
         f"{PLAIN_FUNCTION}({{r}}.text)", "{r}.addressee", f"{PLAIN_FUNCTION}({{r}}.response)",
         "{r}.followup_note"),
        ("text", "criterion_label", "context", "addressee", "response", "followup_note",
         "section", "deleted_at", "inspection_id"),
        owner="{r}.inspection_id", section="{r}.section", live="{r}.deleted_at IS NULL",
    ),
    _Source(
        "task", "assigned_task", 2,
        ("{r}.content", "{r}.result", "{r}.note", "{r}.source_doc"),
        ("content", "result", "note", "source_doc", "inspection_id"),
        owner="{r}.inspection_id",
    ),
    _Source(
        "indicator", "indicator", 3, ("{r}.name", "{r}.note"), ("name", "note", "inspection_id"),
        owner="{r}.inspection_id",
    ),
    _Source(
        "attendee", "attendee", 4,
        ("{r}.person_name", "{r}.person_title", "{r}.group_text"),
        ("person_name", "person_title", "group_text", "inspection_id"),
        owner="{r}.inspection_id",
    ),
    _Source(
        "inspection", "inspection", 5, ("{r}.unit_name", "{r}.subject", "{r}.place"),
        ("unit_name", "subject", "place"), owner="{r}.id",
        of_inspections="{r}.id IN (SELECT value FROM json_each(:ids))",
    ),
    _Source(
        "notice", "notice", 6,
        ("{r}.title", _NUMBER, "{r}.opening", "{r}.recommendations_intro", "{r}.closing",
         _ATTACHMENTS),
        ("title", "number", "doc_type", "issuer_code", "issued", "opening",
         "recommendations_intro", "closing", "attachments", "inspection_id"),
        owner="{r}.inspection_id",
    ),
    _Source(
        "recipient", "notice_recipient", 7, ("{r}.text",), ("text", "notice_id"),
        notice="{r}.notice_id",
        of_inspections="{r}.notice_id IN (SELECT id FROM notice WHERE inspection_id IN "
        "(SELECT value FROM json_each(:ids)))",
    ),
    _Source("phrase", "phrase", 8, ("{r}.text",), ("text",), of_inspections=""),
)  # fmt: skip
_BY_CODE = {s.code: s for s in SOURCES}
_COLUMNS = f"INSERT INTO {INDEX}(rowid, folded, text, section, inspection_id, notice_id)"


TextFunction = Callable[[str], str]
_FUNCTIONS: weakref.WeakKeyDictionary[Engine, tuple[TextFunction, TextFunction]] = (
    weakref.WeakKeyDictionary()
)


def attach(engine: Engine, fold: TextFunction, plain: TextFunction) -> None:
    """Register *fold* as FOLD_FUNCTION and *plain* (marked-up text as a reader sees it) as
    PLAIN_FUNCTION on every connection of *engine*: the triggers call them, so every write path
    — the app, the command line, the migrations, the tests — needs them."""

    def register(dbapi_connection, _record) -> None:
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)
        dbapi_connection.create_function(PLAIN_FUNCTION, 1, _or_empty(plain), deterministic=True)

    event.listen(engine, "connect", register)
    _FUNCTIONS[engine] = (fold, plain)


def _or_empty(function: TextFunction) -> Callable[[str | None], str]:
    return lambda value: function(value) if value else ""


def attach_like(source: Engine, engine: Engine) -> None:
    """Give *engine* the functions *source* was attached with (the migration engine)."""
    if (functions := _FUNCTIONS.get(source)) is not None:
        attach(engine, *functions)


def require_fold(connection: Connection) -> None:
    """Fail clearly when the connection lacks the fold function (the engine was not `attach`ed:
    open databases through app.database.open_database)."""
    try:
        connection.execute(text(f"SELECT {FOLD_FUNCTION}(''), {PLAIN_FUNCTION}('')"))
    except OperationalError as error:
        raise RuntimeError(
            f"{FOLD_FUNCTION} is not registered on this connection: call db.fts.attach first"
        ) from error


def create(connection: Connection) -> None:
    """The index table and its triggers (`rebuild` fills it)."""
    create_table(connection)
    ensure_triggers(connection)


def create_table(connection: Connection) -> None:
    """The index table alone: the migration that introduced it (0006) makes only the table,
    since its triggers and rows follow SOURCES as the newest migration knows them (0010).

    prefix '2': a word being typed ("ng…") is looked up among 2-letter prefixes kept in the
    index; longer prefixes match few distinct words and need none. At 100 000 entries '2 3'
    made the index half as large again for no measurable gain, and none made "giai ng" 12 ms.
    columnsize 0: no ranking by bm25 (the newest come first), so no per-row sizes are kept.
    """
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5(folded, text, "
            "section UNINDEXED, inspection_id UNINDEXED, notice_id UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '2', columnsize = 0)"
        )
    )


def drop(connection: Connection) -> None:
    for name in _trigger_names():
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {INDEX}"))


def exists(connection: Connection) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": INDEX}
    )
    return found.first() is not None


def owns_table(name: str) -> bool:
    """Whether *name* is the index or one of the shadow tables FTS5 keeps for it (not in the
    ORM metadata: schema comparisons leave them out)."""
    return name == INDEX or name.startswith(f"{INDEX}_")


def _trigger_names() -> list[str]:
    return [f"{INDEX}_{s.name}_{event}" for s in SOURCES for event in ("ai", "au", "ad")]


def ensure_triggers(connection: Connection) -> None:
    """Create whichever trigger is missing (a table rebuilt by a batch migration loses them)."""
    for s in SOURCES:
        delete = f"DELETE FROM {INDEX} WHERE rowid = {s.rowid('OLD')};"
        insert = f"{_COLUMNS} {s.select('NEW')};"
        watched = ", ".join(s.watched)
        for name, when, body in (
            ("ai", "AFTER INSERT", insert),
            ("au", f"AFTER UPDATE OF {watched}", f"{delete} {insert}"),
            ("ad", "AFTER DELETE", delete),
        ):
            connection.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{s.name}_{name} {when} ON {s.table} "
                    f"FOR EACH ROW BEGIN {body} END"
                )
            )


def redefine(connection: Connection) -> int:
    """The triggers made again as SOURCES now defines them, and the index rebuilt (a migration
    that changes what is indexed calls this); returns the number of index rows."""
    for name in _trigger_names():
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    return rebuild(connection)


def rebuild(connection: Connection) -> int:
    """Index everything again from the data (the table and triggers made again first if they
    are missing); returns the number of index rows."""
    create(connection)
    connection.execute(text(f"DELETE FROM {INDEX}"))
    for s in SOURCES:
        connection.execute(text(f"{_COLUMNS} {s.select(s.table)}"))
    connection.execute(text(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')"))
    return connection.execute(text(f"SELECT count(*) FROM {INDEX}")).scalar_one()


@contextmanager
def bulk_insert(connection: Connection) -> Iterator[list[int]]:
    """Whole inspections inserted in bulk, their ids added to the list this yields: the insert
    triggers of what an inspection holds are dropped for the block, then the rows of those
    inspections are indexed with one INSERT…SELECT per source (a trigger costs a statement per
    row) and the triggers made again. Only inside a transaction: a failure rolls the triggers
    back with the data."""
    if not connection.in_transaction():
        raise RuntimeError("fts.bulk_insert runs inside a transaction")
    owned = [s for s in SOURCES if s.of_inspections]
    for s in owned:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {INDEX}_{s.name}_ai"))
    added: list[int] = []
    yield added
    ids = {"ids": json.dumps(added)}
    for s in owned:
        connection.execute(text(f"{_COLUMNS} {s.select(s.table, s.of_inspections)}"), ids)
    ensure_triggers(connection)


def stale(connection: Connection) -> tuple[int, int]:
    """(index rows the data no longer has, data rows missing from the index): (0, 0) when the
    index is exactly what `rebuild` would make."""
    expected = "SELECT * FROM (" + " UNION ALL ".join(s.select(s.table) for s in SOURCES) + ")"
    if not exists(connection):
        return 0, connection.execute(text(f"SELECT count(*) FROM ({expected})")).scalar_one()
    indexed = f"SELECT rowid, folded, text, section, inspection_id, notice_id FROM {INDEX}"
    extra = connection.execute(text(f"SELECT count(*) FROM ({indexed} EXCEPT {expected})"))
    missing = connection.execute(text(f"SELECT count(*) FROM ({expected} EXCEPT {indexed})"))
    return extra.scalar_one(), missing.scalar_one()


# -- queries ------------------------------------------------------------------------------------


def match_expression(column: str, terms: Iterable[tuple[Iterable[str], bool]]) -> str:
    """An FTS5 query over one column: every term a quoted phrase, so no user text is ever read
    as FTS5 syntax (toolchain notes #15). *terms*: (words, prefix) pairs, all required."""
    phrases = []
    for words, prefix in terms:
        quoted = " ".join(words).replace('"', '""')
        phrases.append(f'"{quoted}"' + ("*" if prefix else ""))
    return f"{{{column}}} : ({' '.join(phrases)})"


@dataclass(frozen=True)
class Hit:
    rowid: int
    source: str  # a SOURCES name
    source_id: int  # the id of the row in the source's table
    section: str
    inspection_id: int | None
    text: str


def _hit(row) -> Hit:
    rowid = row.rowid
    source = _BY_CODE[(rowid >> SOURCE_SHIFT) & 0xF].name
    source_id = rowid & ((1 << SOURCE_SHIFT) - 1)
    return Hit(rowid, source, source_id, row.section, row.inspection_id, row.text)


def search(
    session: Session,
    expression: str,
    *,
    inspections: list[int] | None = None,
    sections: list[str] | None = None,
    limit: int | None = None,
) -> list[Hit]:
    """Rows matching *expression* (see match_expression), newest inspections first, leaving out
    the inspections in the trash. *inspections*: only rows of these (so no phrase); *sections*:
    only rows of these sections."""
    where = ["s.search_index MATCH :match", "(i.id IS NULL OR i.deleted_at IS NULL)"]
    params: dict = {"match": expression}
    lists = []
    ranges: list[tuple[int, int]] = [(0, (1 << 63) - 1)]
    if inspections is not None:
        if not inspections:
            return []
        # one JSON parameter, not one per id (thousands of them cost more than the query)
        where.append("i.id IN (SELECT value FROM json_each(:inspections))")
        params["inspections"] = json.dumps(inspections)
        # The index reads only the rowids of those inspections (the owner's id leads the rowid),
        # then the rows without an owner (recipient lines: their inspection is their notice's).
        first, last = min(inspections), max(inspections)
        ranges = [(first << OWNER_SHIFT, (last + 1) << OWNER_SHIFT), (0, 1 << OWNER_SHIFT)]
    if sections is not None:
        where.append("s.section IN :sections")
        params["sections"] = sections
        lists.append(bindparam("sections", expanding=True))
    statement = text(
        "SELECT s.rowid AS rowid, s.section AS section, s.text AS text, "
        f"coalesce(s.inspection_id, n.inspection_id) AS inspection_id FROM {INDEX} AS s "
        "LEFT JOIN notice AS n ON n.id = s.notice_id "
        "LEFT JOIN inspection AS i ON i.id = coalesce(s.inspection_id, n.inspection_id) "
        f"WHERE {' AND '.join(where)} AND s.rowid >= :low AND s.rowid < :high "
        "ORDER BY s.rowid DESC LIMIT :limit"
    ).bindparams(*lists)
    hits: list[Hit] = []
    for low, high in ranges:
        wanted = -1 if limit is None else limit - len(hits)
        if wanted == 0:
            break
        rows = session.execute(statement, {**params, "low": low, "high": high, "limit": wanted})
        hits += [_hit(row) for row in rows]
    return hits


def source_ids(session: Session, expression: str, source: str) -> list[int]:
    """Ids of the rows of one source without an inspection (the phrases) matching *expression*."""
    code = next(s.code for s in SOURCES if s.name == source)
    first = code << SOURCE_SHIFT
    rows = session.execute(
        text(
            f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH :match "
            "AND rowid >= :first AND rowid < :after"
        ),
        {"match": expression, "first": first, "after": first + (1 << SOURCE_SHIFT)},
    )
    return [rowid - first for (rowid,) in rows]
