"""Atomic output: the old file stays whole until the new one is complete."""

import os
import stat

import pytest

from app.fileio import atomic_output, write_atomically


def test_write_atomically_creates_and_replaces(tmp_path):
    path = tmp_path / "a.json"
    write_atomically(path, b"one")
    write_atomically(path, b"two")
    assert path.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(path) as temp:
            temp.write_bytes(b"half")
            raise RuntimeError("exporter failed")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_the_temporary_path_is_beside_the_target_with_its_suffix(tmp_path):
    path = tmp_path / "thong-bao.docx"
    with atomic_output(path) as temp:
        assert temp.parent == tmp_path
        assert temp.suffix == ".docx"
        assert temp != path
        assert not path.exists()
        temp.write_bytes(b"new")
    assert path.read_bytes() == b"new"
    assert not temp.exists()


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    write_atomically(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "n.json", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "n.json").stat().st_mode) == 0o644


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "khong-co" / "a.json", b"x")
    assert os.listdir(tmp_path) == []
