"""A kill at any point of creating or upgrading a database leaves the old schema or the new one,
never a half, and the next start opens it with every row kept.

Each trial forks a child that opens the database (creating it, or copying then upgrading it)
and is killed with SIGKILL: either by itself just before its k-th SQL statement (k drawn at
random over every statement the open runs, the last one included, so the points cover the
whole upgrade), or by the parent after a random delay (which also reaches the copy, the commit
and the rename). The seed is fixed so a failure can be replayed.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from app.database import open_database
from db.migrate import HEAD_REVISION
from tests.db.legacy import legacy_database, table_rows

pytestmark = pytest.mark.only_on("posix", reason="fork and SIGKILL are POSIX")

STATEMENT_TRIALS = 16
TIMED_TRIALS = 6


def _open_in_child(path: Path, kill_at: int | None = None, delay: float | None = None) -> int:
    """Fork a child that opens *path*; returns its wait status. *kill_at*: the child kills
    itself before that SQL statement; *delay*: the parent kills it after that many seconds."""
    pid = os.fork()
    if pid == 0:  # the child: no pytest, no atexit, nothing but the open
        try:
            if kill_at is not None:
                counter = [0]

                def before(*_args) -> None:
                    counter[0] += 1
                    if counter[0] >= kill_at:
                        os.kill(os.getpid(), signal.SIGKILL)

                event.listen(Engine, "before_cursor_execute", before)
            open_database(path).close()
        finally:
            os._exit(0)
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return status


def _statements_and_time(path: Path) -> tuple[int, float]:
    """How many statements a whole open of (a copy of) *path* runs, and how long it takes."""
    copy = path.with_name("mesure-" + path.name)
    if path.exists():
        shutil.copy(path, copy)
    counter = [0]

    def count(*_args) -> None:
        counter[0] += 1

    event.listen(Engine, "before_cursor_execute", count)
    try:
        started = time.perf_counter()
        open_database(copy).close()
        elapsed = time.perf_counter() - started
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    for leftover in copy.parent.glob(copy.name + "*"):
        leftover.unlink()
    return counter[0], elapsed


@contextlib.contextmanager
def _recovered(path: Path):
    """A copy of *path* with its -wal, -shm and -journal, opened once read-write: a kill can leave
    a journal or a write-ahead index that only a writer may recover (a read-only open of the file
    itself then fails), and the copy recovers without touching the file under test."""
    with tempfile.TemporaryDirectory() as folder:
        for part in path.parent.glob(path.name + "*"):
            shutil.copy(part, Path(folder) / part.name)
        copy = Path(folder) / path.name
        if copy.exists():
            with contextlib.closing(sqlite3.connect(copy)) as raw:
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield copy


def _revision(path: Path) -> str | None:
    with _recovered(path) as copy, contextlib.closing(sqlite3.connect(copy)) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _points(total: int, rng: random.Random) -> list[int]:
    chosen = {total, 1, *rng.sample(range(1, total + 1), min(total, STATEMENT_TRIALS - 2))}
    return sorted(chosen)


def _trials(total: int, elapsed: float, rng: random.Random):
    for point in _points(total, rng):
        yield {"kill_at": point}
    for _ in range(TIMED_TRIALS):
        yield {"delay": rng.uniform(0, elapsed * 1.2)}


def test_a_kill_while_a_new_database_is_created(tmp_path):
    rng = random.Random(14)
    total, elapsed = _statements_and_time(tmp_path / "do.sqlite")
    assert total > 20
    trials = 0
    for index, trial in enumerate(_trials(total, elapsed, rng)):
        path = tmp_path / f"moi-{index}.sqlite"
        _open_in_child(path, **trial)
        trials += 1
        if path.exists():  # published: then it is complete
            assert _revision(path) == HEAD_REVISION, trial
        db = open_database(path)  # the next start
        db.close()
        assert _revision(path) == HEAD_REVISION, trial
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("SELECT count(*) FROM phrase").fetchone()[0] > 10
    print(f"{trials} kills while creating a database")
    assert trials >= STATEMENT_TRIALS


@pytest.mark.parametrize("old", ["0003", "0004"])
def test_a_kill_while_an_old_database_with_data_is_upgraded(tmp_path, old):
    rng = random.Random(int(old))
    original = legacy_database(tmp_path / "goc.sqlite", old)
    rows = table_rows(original)
    total, elapsed = _statements_and_time(original)
    trials = 0
    for index, trial in enumerate(_trials(total, elapsed, rng)):
        path = tmp_path / f"cu-{index}.sqlite"
        shutil.copy(original, path)
        _open_in_child(path, **trial)
        trials += 1
        assert _revision(path) in (old, HEAD_REVISION), trial  # never a half
        with _recovered(path) as seen:
            assert table_rows(seen, like=original) == rows, trial
        db = open_database(path)  # the next start upgrades what is left to upgrade
        db.close()
        assert _revision(path) == HEAD_REVISION, trial
        assert table_rows(path, like=original) == rows, trial
    print(f"{trials} kills while upgrading from {old}")
    assert trials >= STATEMENT_TRIALS
