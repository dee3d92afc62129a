"""`tocongtac list | head -1`: a reader that stops reading early means exit 0 and nothing on
stderr (issue 20), whether the output fits in the pipe or not, and however Python buffers it.

Each case is deterministic: either the reader is gone before the child writes anything, or the
child has more to write than the pipe holds, so some write always meets the closed pipe. The
children run without PYTHONUNBUFFERED unless a case sets it: a buffered stdout is what a user's
shell gives, and the case where the broken pipe surfaced only at interpreter exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from db.models import Inspection
from tests.db.engines import make_engine

ROOT = Path(__file__).resolve().parents[2]
PIPE_CAPACITY = 64 * 1024  # Linux and macOS; the large listing is several times this
BUFFERING = pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])


def _start(db: Path, *args: str, unbuffered: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _finish(child: subprocess.Popen) -> tuple[int, str]:
    _out, err = child.communicate(timeout=120)
    return child.returncode, err.decode()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("pipe") / "demo.sqlite"
    assert _finish(_start(db, "demo", unbuffered="")) == (0, "")
    return db


@pytest.fixture(scope="module")
def large_db(demo_db, tmp_path_factory) -> Path:
    """The demo database with thousands of copies of its first inspection: a listing far larger
    than the pipe (copied in one statement; creating them one by one would take minutes)."""
    db = tmp_path_factory.mktemp("pipe") / "large.sqlite"
    db.write_bytes(demo_db.read_bytes())
    table = Inspection.__table__
    engine = make_engine(db)
    with engine.begin() as conn:
        first = conn.execute(select(table).order_by(table.c.id).limit(1)).mappings().one()
        copy = {k: v for k, v in first.items() if k != "id"}
        conn.execute(insert(table), [dict(copy, uuid=str(uuid.uuid4())) for _ in range(4000)])
    engine.dispose()
    listing = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"], capture_output=True
    )
    assert listing.returncode == 0 and len(listing.stdout) > 4 * PIPE_CAPACITY
    return db


@BUFFERING
def test_a_short_listing_to_a_reader_already_gone(demo_db, unbuffered):
    child = _start(demo_db, "list", unbuffered=unbuffered)
    child.stdout.close()  # gone before the child writes: every byte meets a closed pipe
    assert _finish(child) == (0, "")


@BUFFERING
def test_a_listing_larger_than_the_pipe_to_a_reader_of_one_line(large_db, unbuffered):
    child = _start(large_db, "list", unbuffered=unbuffered)
    first = child.stdout.readline().decode()
    child.stdout.close()  # `head -1`: the child still has far more to write than the pipe holds
    assert first.startswith("1\t") and first.count("\t") == 5
    assert _finish(child) == (0, "")


@BUFFERING
def test_help_to_a_reader_already_gone(demo_db, unbuffered):
    child = _start(demo_db, "--help", unbuffered=unbuffered)
    child.stdout.close()
    assert _finish(child) == (0, "")
