"""The pragmas that keep the user's data safe are on for every connection."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.db.engines import make_engine


@pytest.fixture
def engine(tmp_path):
    from db.migrate import upgrade

    engine = make_engine(tmp_path / "p.sqlite")
    upgrade(engine)
    yield engine
    engine.dispose()


def test_foreign_keys_wal_and_full_sync(engine):
    with engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(IntegrityError), engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO attendee (inspection_id, position, side, person_name,"
                " person_title, group_text, role) VALUES (999, 0, 'don_vi', '', '', '', '')"
            )
        )
