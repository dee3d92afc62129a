"""Persistence: SQLAlchemy models, the engine with its SQLite pragmas, and Alembic migrations."""
