"""Running `tocongtac` in-process, and a snapshot of the database to prove it unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from db.base import Base


def one_line(err: str) -> str:
    """The one Vietnamese line a refusal prints (never a traceback)."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, db_path):
    """cli("list") runs `tocongtac --db <test db> list` in this process."""
    from main import main

    def run(*args: str | Path, db: Path | None = None) -> Result:
        code = main(["--db", str(db or db_path), *map(str, args)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def snapshot(cli, db_path):
    """The `list` output and the row count of every table: equal snapshots, unchanged data."""

    def take(db: Path | None = None) -> tuple[str, dict[str, int]]:
        path = db or db_path
        listing = cli("list", db=path)
        assert listing.code == 0
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as conn:
                counts = {
                    t.name: conn.scalar(select(func.count()).select_from(t))
                    for t in Base.metadata.sorted_tables
                }
        finally:
            engine.dispose()
        return listing.out, counts

    return take
