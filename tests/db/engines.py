"""Engines as app.database.open_database makes them: the search index's triggers call the
app's fold, registered on every connection by db.fts.attach."""

from app.domain.emphasis import plain
from app.domain.text import fold
from db import fts
from db.session import make_engine as make_bare_engine


def make_engine(path):
    engine = make_bare_engine(path)
    fts.attach(engine, fold, plain)
    return engine
