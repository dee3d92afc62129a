"""The Windows installer build's own rules (installer/windows/build.py), without Wine: the one line
when the embeddable CPython is missing or wrong, the labelled stand-in, the pins."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
_spec = importlib.util.spec_from_file_location("windows_build", HERE / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def _check(capsys) -> tuple[int, list[str]]:
    code = build.main(["check"])
    return code, capsys.readouterr().err.splitlines()


def test_without_the_zip_one_line_says_which_file_goes_where_with_its_hash(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("PYNSIST_CACHE_DIR", str(tmp_path / "cache"))
    code, lines = _check(capsys)
    assert code == 2
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith(f"Thiếu tệp {build.EMBED_ZIP}")  # Vietnamese first
    assert f"Missing {build.EMBED_ZIP}" in line  # then English
    assert str(tmp_path / "cache") in line
    assert build.EMBED_SHA256 in line


def test_a_zip_with_another_hash_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PYNSIST_CACHE_DIR", str(tmp_path))
    (tmp_path / build.EMBED_ZIP).write_bytes(b"not the release")
    code, lines = _check(capsys)
    assert code == 2
    assert len(lines) == 1
    assert hashlib.sha256(b"not the release").hexdigest() in lines[0]


def test_the_zip_with_the_pinned_hash_passes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PYNSIST_CACHE_DIR", str(tmp_path))
    (tmp_path / build.EMBED_ZIP).write_bytes(b"release")
    monkeypatch.setattr(build, "EMBED_SHA256", hashlib.sha256(b"release").hexdigest())
    assert _check(capsys) == (0, [])


def test_the_pin_is_a_sha256_of_a_3_11_embeddable_amd64_zip():
    assert re.fullmatch(r"[0-9a-f]{64}", build.EMBED_SHA256)
    assert re.fullmatch(r"3\.11\.\d+", build.PYTHON_VERSION)
    assert build.EMBED_URL.endswith(f"/{build.PYTHON_VERSION}/{build.EMBED_ZIP}")
    assert build.PYNSIST_ZIP == f"python-{build.PYTHON_VERSION}-embed-amd64.zip"


def test_the_stand_in_says_what_it_is_and_stays_out_of_dist(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "OUT", tmp_path)
    path = build.make_stand_in_zip()
    assert path.is_relative_to(tmp_path)
    assert "STAND-IN" in path.name
    with zipfile.ZipFile(path) as stand_in:
        assert "NOT PYTHON" in stand_in.read("STAND-IN-NOT-PYTHON.txt").decode()
        assert "python.exe" not in stand_in.namelist()


def test_every_runtime_dependency_has_one_hashed_windows_pin_within_its_range():
    text = (HERE / "requirements-win.txt").read_text("utf-8")
    hashed = r"^([A-Za-z0-9_.-]+)==(\S+) \\\n    --hash=sha256:[0-9a-f]{64}$"
    pins = dict(re.findall(hashed, text, re.M))
    entries = re.findall(r"^[A-Za-z0-9_.-]+==", text, re.M)
    assert len(pins) == len(entries)  # every pin carries its hash

    def key(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    pinned = {key(name): version for name, version in pins.items()}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for dependency in map(Requirement, project["dependencies"]):
        assert dependency.specifier.contains(pinned[key(dependency.name)]), dependency


def test_the_pynsist_configuration_is_filled_in_completely(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "OUT", tmp_path)
    config = build.write_config(tmp_path / "wheels", "TocongTac-9.9.9-setup.exe").read_text()
    assert re.findall(r"\$\w+", config) == ["$INSTDIR"]
    assert f"version = {build.app_version()}" in config
    assert f"version = {build.PYTHON_VERSION}" in config
    assert "installer_name = TocongTac-9.9.9-setup.exe" in config
