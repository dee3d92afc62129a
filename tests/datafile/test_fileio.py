"""Atomic output: the target checked first, the old file whole until the new one is complete,
no temporary file left behind (not even by a killed writer)."""

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.errors import InputError
from app.fileio import DOCX, JSON, PDF, XLSX, atomic_output, check_output, write_atomically

ROOT = Path(__file__).resolve().parents[2]


def test_write_atomically_creates_and_replaces(tmp_path):
    path = tmp_path / "a.json"
    write_atomically(path, b'{"n": 1}')
    write_atomically(path, b'{"n": 2}')
    assert path.read_bytes() == b'{"n": 2}'
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 old")
    with pytest.raises(RuntimeError):
        with atomic_output(path) as temp:
            temp.write_bytes(b"half")
            raise RuntimeError("exporter failed")
    assert path.read_bytes() == b"%PDF-1.4 old"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_the_temporary_path_is_beside_the_target_with_its_suffix(tmp_path):
    path = tmp_path / "thong-bao.docx"
    with atomic_output(path) as temp:
        assert temp.parent == tmp_path
        assert temp.suffix == ".docx"
        assert temp != path
        assert not path.exists()
        temp.write_bytes(b"PK\x03\x04new")
    assert path.read_bytes() == b"PK\x03\x04new"
    assert not temp.exists()


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"PK\x03\x04old")
    os.chmod(path, 0o640)
    write_atomically(path, b"PK\x03\x04new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "n.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "n.json").stat().st_mode) == 0o644


def test_a_missing_folder_is_refused_and_creates_nothing(tmp_path):
    with pytest.raises(InputError, match="không tồn tại"):
        write_atomically(tmp_path / "khong-co" / "a.json", b"{}")
    assert os.listdir(tmp_path) == []


# -- what may be replaced ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "words"),
    [
        ("a.pdf", JSON, "phải có đuôi .json"),
        ("a.json", XLSX, "phải có đuôi .xlsx"),
        ("a.sqlite", None, "phải có đuôi"),
        ("a", None, "phải có đuôi"),
    ],
)
def test_the_suffix_must_name_what_is_written(tmp_path, name, kind, words):
    with pytest.raises(InputError, match=words):
        check_output(tmp_path / name, kind)


def _sqlite_file(path: Path) -> Path:
    import sqlite3

    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (x)")
    return path


@pytest.mark.parametrize("kind", [JSON, PDF, DOCX, XLSX], ids=lambda k: k.suffixes[0])
def test_a_database_is_never_replaced_whatever_its_name(tmp_path, kind):
    path = _sqlite_file(tmp_path / f"du-lieu{kind.suffixes[0]}")
    before = path.read_bytes()
    with pytest.raises(InputError, match="là một cơ sở dữ liệu"):
        write_atomically(path, b"{}", kind)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.json", b"%PDF-1.7", JSON),
        ("a.json", b"PK\x03\x04", JSON),
        ("a.pdf", b'{"format": 1}', PDF),
        ("a.docx", b"%PDF-1.7", DOCX),
        ("a.xlsx", b"plain words", XLSX),
    ],
)
def test_a_file_of_another_kind_is_not_replaced(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match="không phải"):
        check_output(path, kind)
    assert path.read_bytes() == content


def test_a_file_of_the_same_kind_or_an_empty_one_is_replaced(tmp_path):
    samples = (("a.json", b"\xef\xbb\xbf\n [1]"), ("b.pdf", b"%PDF-1.4"), ("c.json", b""))
    for name, content in samples:
        (tmp_path / name).write_bytes(content)
        check_output(tmp_path / name)


def test_a_directory_a_fifo_a_socket_and_a_device_are_refused(tmp_path):
    (tmp_path / "thu-muc.json").mkdir()
    os.mkfifo(tmp_path / "ong.json")
    (tmp_path / "thiet-bi.json").symlink_to("/dev/null")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.json"))
    try:
        with pytest.raises(InputError, match="là một thư mục"):
            write_atomically(tmp_path / "thu-muc.json", b"{}", JSON)
        for name in ("ong.json", "s.json", "thiet-bi.json"):
            with pytest.raises(InputError, match="không phải tệp thông thường"):
                write_atomically(tmp_path / name, b"{}", JSON)
    finally:
        server.close()
    assert stat.S_ISFIFO((tmp_path / "ong.json").stat().st_mode)
    assert (tmp_path / "thiet-bi.json").resolve() == Path("/dev/null")
    assert (tmp_path / "thu-muc.json").is_dir()


# -- temporary files of interrupted writers --------------------------------------------------

_WRITER = """
import sys, time
from app.fileio import atomic_output, install_cleanup_handlers
install_cleanup_handlers()
with atomic_output(sys.argv[1]) as temp:
    temp.write_bytes(b"{}")
    print(temp, flush=True)
    time.sleep(60)
"""


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_writer(target: Path) -> tuple[subprocess.Popen, Path]:
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        # Ctrl+C as in a terminal: a run started in the background inherits SIGINT ignored
        # (and then, rightly, the writer leaves it so).
        preexec_fn=_default_interrupt if os.name == "posix" else None,
    )
    temp = Path(child.stdout.readline().strip())
    assert temp.exists()
    return child, temp


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_terminated_writer_removes_its_temporary_file(tmp_path, signum):
    target = tmp_path / "x.json"
    child, temp = _start_writer(target)
    child.send_signal(signum)
    child.wait(timeout=20)
    assert child.returncode != 0
    assert os.listdir(tmp_path) == []


def test_temporaries_of_a_killed_writer_go_with_the_next_write_a_live_one_stays(tmp_path):
    target = tmp_path / "x.json"
    killed, stale = _start_writer(target)
    killed.kill()
    killed.wait(timeout=20)
    assert stale.exists()
    live, busy = _start_writer(target)
    try:
        write_atomically(target, b"{}")
        assert not stale.exists()
        assert busy.exists()  # still being written by a live process
    finally:
        live.kill()
        live.wait(timeout=20)
    time.sleep(0.05)
    write_atomically(target, b"[]")
    assert sorted(os.listdir(tmp_path)) == ["x.json"]
