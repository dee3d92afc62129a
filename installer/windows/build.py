"""The Windows installer: TocongTac-<version>-setup.exe, built on Linux and checked under Wine.

    build.py check [--stand-in]   is the embeddable CPython zip in the cache folder, as pinned?
    build.py build [--stand-in]   pinned wheels, pynsist, makensis, then install, check and
                                  uninstall the result under Wine

Everything comes from PyPI except the Windows embeddable CPython, which no registry serves: the IT
person places it in pynsist's cache folder (PYNSIST_CACHE_DIR, else ~/.cache/pynsist) and the
build refuses any file whose SHA-256 is not the pinned one. `--stand-in` replaces it with a zip
made here only to exercise the pipeline, labelled as such inside and in the installer's name; that
installer goes to build/windows/, never dist/, and the app is not started under Wine (it has no
Python). `make installer-windows` runs both steps (`STAND_IN=1` adds `--stand-in`).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import string
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
OUT = ROOT / "build" / "windows"

PYTHON_VERSION = "3.11.9"  # the last 3.11 release with Windows binaries
EMBED_ZIP = f"python-{PYTHON_VERSION}-embeddable-amd64.zip"
EMBED_URL = f"https://www.python.org/ftp/python/{PYTHON_VERSION}/{EMBED_ZIP}"
# As published by python.org in the Python install manager's index (index-windows.json, entry
# "pythonembed-3.11-64", sort-version 3.11.9, "url" = EMBED_URL).
EMBED_SHA256 = "33b448f95fecb7c6f802157dbd5e6b40a2ad9bfc8b95ca634a06ba4073ad1ac0"
PYNSIST_ZIP = f"python-{PYTHON_VERSION}-embed-amd64.zip"  # the name pynsist looks for
STAND_IN_NOTE = (
    "STAND-IN, NOT PYTHON. Made by installer/windows/build.py --stand-in only to exercise the "
    "installer pipeline on a machine without the real embeddable CPython. Never distribute.\n"
)


class BuildError(Exception):
    """One line for the IT person (Vietnamese / English); the build stops with exit 2."""


def app_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["version"]


def cache_dir() -> Path:
    """pynsist's own rule for its cache folder."""
    if os.environ.get("PYNSIST_CACHE_DIR"):
        return Path(os.environ["PYNSIST_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pynsist"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def verified_embed_zip() -> Path:
    path = cache_dir() / EMBED_ZIP
    if not path.is_file():
        raise BuildError(
            f"Thiếu tệp {EMBED_ZIP} (SHA-256 {EMBED_SHA256}): hãy tải từ {EMBED_URL} và đặt vào "
            f"{path.parent}/ / Missing {EMBED_ZIP}: download it from that address and place it "
            f"in {path.parent}/ (SHA-256 {EMBED_SHA256})"
        )
    found = sha256(path)
    if found != EMBED_SHA256:
        raise BuildError(
            f"Tệp {path} có SHA-256 {found}, không phải {EMBED_SHA256}: hãy tải lại từ "
            f"{EMBED_URL} / {path} has SHA-256 {found}, expected {EMBED_SHA256}: download it again"
        )
    return path


def make_stand_in_zip() -> Path:
    path = OUT / "stand-in" / f"STAND-IN-{EMBED_ZIP}"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as stand_in:
        stand_in.writestr("STAND-IN-NOT-PYTHON.txt", STAND_IN_NOTE)
        stand_in.writestr("python311._pth", "python311.zip\r\n.\r\n")
    print(f"Stand-in zip (not Python, for this check only): {path}")
    return path


def download_wheels(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.whl"):
        old.unlink()
    run(
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--require-hashes", "--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", "3.11", "--implementation", "cp", "-d", str(target),
        "-r", str(HERE / "requirements-win.txt"),
    )  # fmt: skip
    wheels = sorted(target.glob("*.whl"))
    size = sum(wheel.stat().st_size for wheel in wheels) / 1e6
    print(f"{len(wheels)} pinned win_amd64 wheels, {size:.0f} MB, in {target}")
    return target


def write_config(wheels: Path, installer_name: str) -> Path:
    template = string.Template((HERE / "installer.cfg").read_text("utf-8"))
    config = OUT / "installer.cfg"
    config.write_text(
        template.substitute(
            version=app_version(),
            python_version=PYTHON_VERSION,
            root=ROOT.as_posix(),
            wheels=wheels.as_posix(),
            build=(OUT / "nsis").as_posix(),
            installer_name=installer_name,
        ),
        "utf-8",
    )
    return config


def build_installer(embed_zip: Path, installer_name: str) -> Path:
    """pynsist lays out the files and writes the NSIS script; makensis compiles it as a 64-bit
    installer (the app is 64-bit, and so Wine needs no 32-bit half)."""
    staged = OUT / "pynsist-cache"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    shutil.copyfile(embed_zip, staged / PYNSIST_ZIP)
    os.environ["PYNSIST_CACHE_DIR"] = str(staged)  # pynsist never downloads: the zip is there
    config = write_config(download_wheels(OUT / "wheels"), installer_name)

    sys.path.insert(0, str(ROOT))  # pynsist copies main, app, db and ui from the import path
    from nsist import InstallerBuilder, configreader

    builder = InstallerBuilder(
        **configreader.get_installer_builder_args(configreader.read_and_validate(str(config)))
    )
    os.chdir(HERE)  # pynsist finds a custom NSIS template in the current directory
    builder.run(makensis=False)
    run("makensis", "-V2", "-INPUTCHARSET", "UTF8", "-XTarget amd64-unicode", builder.nsi_file)
    installer = Path(builder.build_dir) / installer_name
    print(f"Compiled {installer} ({installer.stat().st_size / 1e6:.0f} MB)")
    return installer


def run(*command: str) -> None:
    subprocess.run(command, check=True)


def build(stand_in: bool) -> int:
    from wine_check import WineCheckError, check_under_wine

    embed_zip = make_stand_in_zip() if stand_in else verified_embed_zip()
    name = f"TocongTac-{app_version()}-setup{'-STAND-IN' if stand_in else ''}.exe"
    installer = build_installer(embed_zip, name)
    try:
        check_under_wine(installer, start_app=not stand_in)
    except WineCheckError as failure:
        print(f"Kiểm tra dưới Wine thất bại / Wine check failed: {failure}", file=sys.stderr)
        return 1
    if stand_in:
        print(f"Stand-in installer (not for use) left in {installer}")
        return 0
    delivered = ROOT / "dist" / name
    delivered.parent.mkdir(exist_ok=True)
    shutil.copyfile(installer, delivered)
    print(f"Installer: {delivered}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="installer/windows/build.py")
    parser.add_argument("step", choices=["check", "build"])
    parser.add_argument("--stand-in", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.step == "check":
            if not args.stand_in:
                verified_embed_zip()
            return 0
        return build(args.stand_in)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
