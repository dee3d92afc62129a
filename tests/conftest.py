"""Fixtures shared by every test folder: a migrated database on tmp_path and its services."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
if "XDG_RUNTIME_DIR" not in os.environ:
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test ever touches the real per-user database or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TOCONGTAC_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"


@pytest.fixture
def database(db_path):
    from app.database import open_database

    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def services(database):
    from app.services.bundle import Services

    return Services(database)


@pytest.fixture(autouse=True)
def _no_ambiguous_shortcut(request):
    """Qt warns "Ambiguous shortcut overload" when one key is claimed twice and then runs
    neither: any such warning, in any test, fails that test."""
    capture = getattr(request.node, "qt_log_capture", None)  # pytest-qt drops it before teardown
    yield
    records = capture.records if capture is not None else []
    ambiguous = [r.message for r in records if "Ambiguous shortcut" in r.message]
    assert not ambiguous, ambiguous
