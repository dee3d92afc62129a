"""Alembic environment: uses the engine handed over by db.migrate (no alembic.ini needed)."""

from alembic import context

from db import models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
