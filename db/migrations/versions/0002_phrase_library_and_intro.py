"""Phrase library, the free wording before the recommendations, per-notice letterhead.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phrase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("field_tag", sa.String(length=40), nullable=False),
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("usage_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase")),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recommendations_intro", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("organ_parent", sa.String(200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("organ_issuing", sa.String(200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_column("organ_issuing")
        batch_op.drop_column("organ_parent")
        batch_op.drop_column("recommendations_intro")
    op.drop_table("phrase")
