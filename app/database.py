"""Opening the user's database: engine, migrations to head, one session factory."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.text import fold
from db import fts
from db.migrate import upgrade
from db.session import make_engine, make_session_factory


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str) -> Database:
    """Open (or create) the SQLite file at *path* and migrate it to the newest schema."""
    path = Path(path)
    engine = make_engine(path)
    fts.attach(engine, fold)  # the search index's triggers fold what they index
    upgrade(engine)
    return Database(path=path, engine=engine, sessions=make_session_factory(engine))
