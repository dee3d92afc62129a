"""Notices as offices write them: the outline of entries (kind, heading level and number, the
criterion label), emphasis markup in entry text, the copy for signature, the issuing body.

Existing data is carried over with the meaning it had (db/migrations/legacy_v1.py): entry text is
escaped into markup, a dated notice without a number becomes the copy for signature, and the
agency groups of the recommendations become heading entries.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from db import seed
from db.migrations import legacy_v1

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_ENTRY_COLUMNS = (
    ("kind", sa.String(20), ""),
    ("level", sa.Integer(), "0"),
    ("numbered", sa.Boolean(), "1"),
    ("criterion_label", sa.Text(), ""),
)
_NOTICE_COLUMNS = (
    ("for_signature", sa.Boolean(), "0"),
    ("issuing_body", sa.String(80), ""),
    ("issuer_name", sa.String(300), ""),
    ("issuer_voice", sa.String(200), ""),
    ("authority", sa.String(200), ""),
)
_PROFILE_COLUMNS = (
    ("voice", sa.String(200), seed.VOICE),
    ("authority", sa.String(200), seed.AUTHORITY),
)


def _add(table: str, columns) -> None:
    """Plain ALTER TABLE ADD COLUMN (literal defaults): the table is not rebuilt, so no foreign
    key cascade can touch the rows that point at it (a rebuilt notice table would take its
    recipients with it)."""
    with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
        for name, type_, default in columns:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=default))


def upgrade() -> None:
    _add("entry", _ENTRY_COLUMNS)
    _add("notice", _NOTICE_COLUMNS)
    _add("profile", _PROFILE_COLUMNS)
    connection = op.get_bind()
    meta = sa.MetaData()
    entry = sa.Table("entry", meta, autoload_with=connection)
    notice = sa.Table("notice", meta, autoload_with=connection)
    inspection = sa.Table("inspection", meta, autoload_with=connection)
    _escape_markup(connection, entry)
    _copies_for_signature(connection, notice)
    rows = connection.execute(sa.select(inspection.c.id, inspection.c.unit_name, inspection.c.kind))
    for row in rows.all():
        _regroup(connection, entry, row.id, row.unit_name, row.kind)


def _escape_markup(connection, entry: sa.Table) -> None:
    fields = legacy_v1.MARKUP_FIELDS
    rows = connection.execute(sa.select(entry.c.id, *(entry.c[f] for f in fields))).all()
    for row in rows:
        values = {f: legacy_v1.escape_markup(getattr(row, f)) for f in fields}
        if any(values[f] != getattr(row, f) for f in fields):
            connection.execute(entry.update().where(entry.c.id == row.id).values(**values))


def _copies_for_signature(connection, notice: sa.Table) -> None:
    rows = connection.execute(
        sa.select(notice.c.id, notice.c.issued, notice.c.date, notice.c.number)
    ).all()
    for row in rows:
        if legacy_v1.for_signature(bool(row.issued), row.date, row.number):
            connection.execute(
                notice.update().where(notice.c.id == row.id).values(for_signature=True)
            )


def _regroup(connection, entry: sa.Table, inspection_id: int, unit_name: str, kind: str) -> None:
    """The live entries of one inspection in their new order; positions renumbered."""
    rows = connection.execute(
        sa.select(entry)
        .where(entry.c.inspection_id == inspection_id, entry.c.deleted_at.is_(None))
        .order_by(entry.c.position, entry.c.id)
    ).all()
    entries = [dict(row._mapping) for row in rows]
    ordered = legacy_v1.regroup(entries, unit_name or "", kind or "")
    if ordered is entries:
        return
    for position, item in enumerate(ordered):
        if "id" in item:
            connection.execute(
                entry.update()
                .where(entry.c.id == item["id"])
                .values(position=position, addressee=item["addressee"])
            )
        else:
            values = {**_blank_entry(), **item, "inspection_id": inspection_id}
            connection.execute(entry.insert().values(position=position, **values))


def _blank_entry() -> dict:
    text_fields = (
        "criterion_code", "criterion_title", "context", "deadline_text", "followup_status",
        "followup_note", "response", "response_type", "source", "criterion_label",
    )  # fmt: skip
    return {**dict.fromkeys(text_fields, ""), "deadline": None, "deleted_at": None}


def downgrade() -> None:
    for table, columns in (
        ("profile", _PROFILE_COLUMNS),
        ("notice", _NOTICE_COLUMNS),
        ("entry", _ENTRY_COLUMNS),
    ):
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            for name, _type, _default in reversed(columns):
                batch_op.drop_column(name)
