"""Revisions of saved rows, amendments of issued notices, the app version that wrote the schema.

Every inspection carries a revision, raised by each save; a save based on an older revision is
refused instead of overwriting (a second window, the command line). Its child rows carry the
inspection revision at which they last changed. An amendment records why an issued notice was
reopened for editing.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHILD_TABLES = ("attendee", "assigned_task", "indicator", "entry", "notice")


def upgrade() -> None:
    for table in ("inspection", *CHILD_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("revision", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_amendment_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_amendment_inspection_id"), ["inspection_id"], unique=False
        )
    op.create_table(
        "app_info",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_info")),
    )


def downgrade() -> None:
    op.drop_table("app_info")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_inspection_id"))
    op.drop_table("amendment")
    for table in (*CHILD_TABLES, "inspection"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("revision")
