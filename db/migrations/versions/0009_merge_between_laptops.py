"""Stable UUIDs for the items of an inspection, the last synchronised content of each inspection,
and the conflicts a merge recorded.

Attendees, tasks, indicators and entries each get a UUID (filled for existing rows), so the work
done on two laptops can be matched item by item. `sync_base` keeps, per inspection, the content
this laptop and another one last both had (the base of a three-way merge); `merge_conflict`
keeps what a merge did not take, to be chosen later.

Revision ID: 0009
Revises: 0008
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ITEM_TABLES = ("attendee", "assigned_task", "indicator", "entry")


def upgrade() -> None:
    connection = op.get_bind()
    for table in ITEM_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("uuid", sa.String(length=36), nullable=False, server_default="")
            )
        rows = sa.table(table, sa.column("id", sa.Integer), sa.column("uuid", sa.String))
        ids = [r[0] for r in connection.execute(sa.select(rows.c.id))]
        if ids:  # one statement for the whole table (executemany)
            connection.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id")),
                [{"row_id": row_id, "uuid": str(uuid.uuid4())} for row_id in ids],
            )
    op.create_table(
        "sync_base",
        sa.Column("inspection_uuid", sa.String(length=36), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("inspection_uuid", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_merge_conflict_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflict")),
    )
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_merge_conflict_inspection_id"), ["inspection_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_conflict_inspection_id"))
    op.drop_table("merge_conflict")
    op.drop_table("sync_base")
    for table in ITEM_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("uuid")
