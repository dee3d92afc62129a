"""The start-up check reads the whole file unless the window closed it cleanly and nothing has
written it since (app/clean_close.py)."""

from __future__ import annotations

import pytest

import app.database
from app.clean_close import remember_clean_close, unchanged_since_clean_close
from app.database import DatabaseRefusedError, Refusal, open_database
from tests.backup_files import overwrite_page_of


@pytest.fixture
def checks(monkeypatch):
    """The files the start-up check read whole."""
    seen = []
    real = app.database.quick_check

    def counted(path, immutable):
        seen.append(path)
        return real(path, immutable)

    monkeypatch.setattr(app.database, "quick_check", counted)
    return seen


def _closed_by_the_window(path):
    db = open_database(path, check=True)
    db.close()
    remember_clean_close(path)


def test_a_file_left_as_the_window_closed_it_is_not_read_again(tmp_path, checks):
    path = tmp_path / "du-lieu.sqlite"
    _closed_by_the_window(path)
    assert checks == [path]  # the first start reads it
    assert unchanged_since_clean_close(path)
    open_database(path, check=True).close()
    assert checks == [path]


def test_a_write_after_the_clean_close_brings_the_check_back(tmp_path, checks, services):
    path = services.db.path
    services.db.close()
    remember_clean_close(path)
    db = open_database(path)
    from app.services.bundle import Services

    Services(db).inspections.create(Services(db).inspections.new(unit_name="UBND huyện Khe Đá"))
    db.close()  # the command line, say: no clean close of the window
    assert not unchanged_since_clean_close(path)
    open_database(path, check=True).close()
    assert checks == [path]


def test_damage_after_the_clean_close_is_found(tmp_path, checks):
    path = tmp_path / "du-lieu.sqlite"
    _closed_by_the_window(path)
    overwrite_page_of(path, "inspection")
    with pytest.raises(DatabaseRefusedError) as refused:
        open_database(path, check=True)
    assert refused.value.refusal is Refusal.DAMAGED


def test_a_file_with_a_write_ahead_log_is_always_checked(tmp_path, checks):
    path = tmp_path / "du-lieu.sqlite"
    _closed_by_the_window(path)
    (tmp_path / "du-lieu.sqlite-wal").write_bytes(b"")
    assert not unchanged_since_clean_close(path)
