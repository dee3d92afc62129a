"""Read-only rescue: a database whose file or folder cannot be written (or whose disk is full)
still opens, read-only and without changing its journal mode: `list`, `notice` and
`export-json` to another disk work; writes are refused with exit 2 and the reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.db.legacy import legacy_database
from tests.frozen import frozen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(cli, tmp_path) -> Path:
    folder = tmp_path / "du-lieu"
    folder.mkdir()
    path = folder / "demo.sqlite"
    assert cli("demo", db=path).code == 0
    return path


def _rescue(cli, path: Path, out: Path) -> None:
    before = path.read_bytes()
    listing = cli("list", db=path)
    assert listing.code == 0, listing.err
    assert len(listing.out.splitlines()) == 5
    exported = cli("export-json", "--all", "-o", out / "cuu.json", db=path)
    assert exported.code == 0, exported.err
    assert len(json.loads((out / "cuu.json").read_text(encoding="utf-8"))["inspections"]) == 5
    notice = cli("notice", "3", "-o", out / "tb.pdf", db=path)
    assert notice.code == 0, notice.err
    assert (out / "tb.pdf").read_bytes().startswith(b"%PDF")
    issue = cli("issue", "1", db=path)
    assert issue.code == 2
    assert issue.err.count("\n") == 1
    assert "đang mở ở chế độ chỉ đọc" in issue.err
    assert path.read_bytes() == before


def test_a_read_only_file_can_still_be_read_and_exported(cli, demo_db, tmp_path):
    with frozen(demo_db):
        _rescue(cli, demo_db, tmp_path)
        assert "(tệp chỉ cho phép đọc)" in cli("issue", "1", db=demo_db).err


def test_a_read_only_folder_can_still_be_read_and_exported(cli, demo_db, tmp_path):
    with frozen(demo_db.parent):
        _rescue(cli, demo_db, tmp_path)
        assert "thư mục chứa tệp không cho phép ghi" in cli("issue", "1", db=demo_db).err


def test_an_old_read_only_database_is_read_through_an_upgraded_copy(cli, tmp_path):
    path = legacy_database(tmp_path / "cu.sqlite", "0003")
    before = path.read_bytes()
    with frozen(path):
        result = cli("list", db=path)
    assert result.code == 0, result.err
    assert "UBND huyện Mây Xanh" in result.out
    assert path.read_bytes() == before


_FULL_DISK = textwrap.dedent(
    """
    import json, os, subprocess, sys
    folder, source, out = sys.argv[1:4]
    size = os.path.getsize(source) // 1024 + 512
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k", "tmpfs", folder], check=True)
    db = os.path.join(folder, "demo.sqlite")
    with open(source, "rb") as f, open(db, "wb") as g:
        g.write(f.read())
    with open(os.path.join(folder, "lap-day"), "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"x" * 4096)
        except OSError:
            pass
    results = {}
    for name, args in {
        "list": ["list"],
        "export": ["export-json", "--all", "-o", os.path.join(out, "cuu.json")],
        "notice": ["notice", "3", "-o", os.path.join(out, "tb.pdf")],
        "issue": ["issue", "1"],
    }.items():
        run = subprocess.run(
            [sys.executable, "main.py", "--db", db, *args], capture_output=True, text=True
        )
        results[name] = [run.returncode, run.stdout, run.stderr]
    results["free"] = os.statvfs(folder).f_bavail
    print(json.dumps(results))
    """
)


def test_a_full_disk_still_lets_the_data_be_read_and_exported(cli, demo_db, tmp_path):
    folder = tmp_path / "o-day"
    folder.mkdir()
    out = tmp_path / "o-khac"
    out.mkdir()
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [*unshare, sys.executable, "-c", _FULL_DISK, str(folder), str(demo_db), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert results["free"] == 0
    assert results["list"][0] == 0, results["list"]
    assert len(results["list"][1].splitlines()) == 5
    assert results["export"][0] == 0, results["export"]
    assert results["notice"][0] == 0, results["notice"]
    assert (out / "tb.pdf").read_bytes().startswith(b"%PDF")
    code, _out, err = results["issue"]
    assert code == 2 and err.count("\n") == 1
    assert "đang mở ở chế độ chỉ đọc (ổ đĩa đã đầy)" in err, err
    shutil.rmtree(out)
