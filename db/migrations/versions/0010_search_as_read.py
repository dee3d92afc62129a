"""The search index holds text as a reader sees it (no bold or italic markers) and also the
criterion labels, the context sentences of entries and the notice's attachment lines.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from db import fts

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    fts.require_fold(connection)
    fts.redefine(connection)


def downgrade() -> None:
    # Triggers that call PLAIN_FUNCTION would stop an older app's writes: the index goes, and
    # that app makes it again with `tocongtac reindex`.
    fts.drop(op.get_bind())
