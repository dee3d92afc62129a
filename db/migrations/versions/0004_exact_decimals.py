"""Indicator figures stored as exact decimal text instead of floating NUMERIC.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("target", "actual", "stated_percent")


def upgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.alter_column(column, type_=sa.String(40), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.alter_column(column, type_=sa.Numeric(), existing_nullable=True)
