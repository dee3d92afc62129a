"""Fixtures shared by every test folder (a migrated database on tmp_path and its services), and
the rule that no test is skipped."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest
from hypothesis import Phase, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
if "XDG_RUNTIME_DIR" not in os.environ:
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)


# Property tests draw the same examples on every run (a failure in CI is one anyone can repeat,
# never a coin toss), keep no example database in the checkout, and skip the slow "explain"
# phase, so that a failing example is reported within the run's time.
settings.register_profile(
    "tocongtac",
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink),
)
settings.load_profile("tocongtac")


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


# No test is skipped (issue 20): `make test` installs every program the tests drive, so a skip
# means a check silently not made, and it fails instead. The one exception is a test that cannot
# run on some operating system at all; it says so with `@pytest.mark.only_on(...)`.
PLATFORM_SKIP = pytest.StashKey[bool]()


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "only_on(platform, reason): the test runs only where os.name or sys.platform is "
        "`platform` (e.g. posix, linux, win32), because elsewhere it cannot run at all; "
        "the only skip the suite accepts",
    )


def pytest_collection_modifyitems(items):
    for item in items:
        marker = item.get_closest_marker("only_on")
        if marker is not None and marker.args[0] not in (os.name, sys.platform):
            item.stash[PLATFORM_SKIP] = True
            reason = f"only on {marker.args[0]}: {marker.kwargs['reason']}"
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    allowed = hasattr(report, "wasxfail") or item.stash.get(PLATFORM_SKIP, False)
    if report.skipped and not allowed:
        _fail_skip(report, "no test may be skipped")
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.skipped:
        _fail_skip(report, "no test module may be skipped")
    return report


def _fail_skip(report, rule: str) -> None:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
    report.outcome = "failed"
    report.longrepr = f"{reason} — and {rule} (tests/conftest.py)"


@pytest.fixture(autouse=True)
def _no_ambiguous_shortcut(request):
    """Qt warns "Ambiguous shortcut overload" when one key is claimed twice and then runs
    neither: any such warning, in any test, fails that test."""
    capture = getattr(request.node, "qt_log_capture", None)  # pytest-qt drops it before teardown
    yield
    records = capture.records if capture is not None else []
    ambiguous = [r.message for r in records if "Ambiguous shortcut" in r.message]
    assert not ambiguous, ambiguous
