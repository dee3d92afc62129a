"""Alembic environment: uses the engine handed over by db.migrate (no alembic.ini needed).

All pending migrations run in the one transaction opened here; db.migrate's `before_commit`
hook runs last inside it.
"""

from alembic import context

from db import models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base

engine = context.config.attributes["engine"]
before_commit = context.config.attributes.get("before_commit")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if before_commit is not None:
        before_commit(connection)
