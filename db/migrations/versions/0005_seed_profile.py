"""The profile row written once here, so that reading the profile never writes.

Revision ID: 0005
Revises: 0004
"""

import copy

import sqlalchemy as sa
from alembic import op

from db.seed import PROFILE, PROFILE_ID

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    profile = sa.table(
        "profile",
        sa.column("id", sa.Integer),
        *(
            sa.column(name, sa.JSON if isinstance(v, list) else sa.String)
            for name, v in PROFILE.items()
        ),
    )
    connection = op.get_bind()
    present = connection.execute(sa.select(profile.c.id).where(profile.c.id == PROFILE_ID))
    if present.first() is None:  # a database whose profile was already read keeps its row
        op.bulk_insert(profile, [{"id": PROFILE_ID, **copy.deepcopy(PROFILE)}])


def downgrade() -> None:
    """The row stays: it may hold the user's own letterhead."""
