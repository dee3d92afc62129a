"""Full-text search index over everything typed or imported, kept current by triggers.

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
    connection = op.get_bind()
    fts.require_fold(connection)
    fts.create(connection)
    fts.rebuild(connection)


def downgrade() -> None:
    fts.drop(op.get_bind())
