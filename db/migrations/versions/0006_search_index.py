"""Full-text search index over everything typed or imported, kept current by triggers.

Since 0010 this migration makes the table alone; 0010 gives it its triggers and rows.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from db import fts

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The table only: its triggers and rows are made by the newest migration that changes what
    # is indexed (0010), with the columns the tables have by then.
    fts.create_table(op.get_bind())


def downgrade() -> None:
    fts.drop(op.get_bind())
