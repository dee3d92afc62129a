"""The built installer under Wine, in a temporary prefix: silent install for all users, the files
and the Start-menu shortcut checked, installed again over itself as an upgrade is, the app started
with `--smoke` (real CPython only), then a silent uninstall that must leave the user's data
directory alone.

This is as far as Linux goes: Wine is not Windows, and a start on a real Windows machine is still
to be done by hand (README, section for the IT person).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

APP_NAME = "Tổ công tác"  # [Application] name of installer.cfg: folder, shortcut, uninstall key
INSTALL_DIR = rf"C:\Program Files\{APP_NAME}"
TIMEOUT_S = 600
# Relative to the installation folder; pkgs\ holds the packages, the wheels and resources\.
EXPECTED = [
    "uninstall.exe",
    "bin/tocongtac.exe",
    "pkgs/main.py",
    "pkgs/app/paths.py",
    "pkgs/ui/main_window.py",
    "pkgs/db/migrations/env.py",
    "pkgs/db/migrations/versions/0001_initial_schema.py",
    "pkgs/resources/fonts/LiberationSerif-Regular.ttf",
    "pkgs/resources/schema/tocongtac-1.schema.json",
    "pkgs/resources/demo/demo.json",
    "pkgs/PySide6/QtWidgets.pyd",
    "pkgs/sqlalchemy/__init__.py",
    "pkgs/reportlab/__init__.py",
    "pkgs/docx/__init__.py",
    "pkgs/openpyxl/__init__.py",
]
REAL_PYTHON = ["Python/python.exe", "Python/pythonw.exe", "Python/python311.dll"]
STAND_IN_PYTHON = ["Python/STAND-IN-NOT-PYTHON.txt"]


class WineCheckError(Exception):
    pass


def check_under_wine(installer: Path, start_app: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="tocongtac-wine-") as folder:
        prefix = Path(folder) / "prefix"
        env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono or Gecko prompt
        }
        env.pop("DISPLAY", None)  # silent installs need no screen
        wine(env, "wineboot", "--init")
        installed = prefix / "drive_c" / "Program Files" / APP_NAME
        shortcut = (
            prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs" / f"{APP_NAME}.lnk"
        )
        wine(env, str(installer), "/S", "/AllUsers")
        expect_present(installed, EXPECTED + (REAL_PYTHON if start_app else STAND_IN_PYTHON))
        if not shortcut.is_file():
            raise WineCheckError(f"no Start-menu shortcut {shortcut}")
        print(f"  installed for all users in {INSTALL_DIR}: files and shortcut present")
        stale = installed / "pkgs" / "app" / "left_by_an_older_version.py"
        stale.write_text("")
        wine(env, str(installer), "/S", "/AllUsers")
        if stale.exists():
            raise WineCheckError("installing over an older version kept its modules")
        expect_present(installed, EXPECTED)
        print("  installed again over it: the older version's modules are gone")
        data = user_data_dir(prefix)
        if start_app:
            output = wine(env, str(installed / "bin" / "tocongtac.exe"), "--smoke")
            if output.strip().splitlines()[-1:] != ["ok"]:
                raise WineCheckError(f"tocongtac.exe --smoke said {output!r}")
            print("  tocongtac.exe --smoke: ok")
        else:
            print("  stand-in Python: the app is NOT started under Wine")
            data.mkdir(parents=True)
            (data / "tocongtac.sqlite").write_text("stands for the user's database\n")
        kept = sorted(path.relative_to(data) for path in data.rglob("*"))
        wine(env, str(installed / "uninstall.exe"), "/S")
        if installed.exists() or shortcut.exists():
            left = sorted(str(p.relative_to(installed)) for p in installed.rglob("*"))[:10]
            raise WineCheckError(f"uninstall left {left or shortcut}")
        if sorted(path.relative_to(data) for path in data.rglob("*")) != kept or not kept:
            raise WineCheckError(f"uninstall touched the user's data in {data}")
        print(f"  uninstalled: program and shortcut gone, user data kept ({len(kept)} items)")


def expect_present(folder: Path, names: list[str]) -> None:
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise WineCheckError(f"not installed in {folder}: {missing}")


def user_data_dir(prefix: Path) -> Path:
    """platformdirs' user_data_dir("tocongtac", appauthor=False) on Windows: %LOCALAPPDATA%."""
    users = [p for p in (prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
    return users[0] / "AppData" / "Local" / "tocongtac"


def wine(env: dict[str, str], *command: str) -> str:
    """Runs a program in the prefix and waits for every process it started (the uninstaller
    copies itself away and runs from there)."""
    result = subprocess.run(
        ["wine", *command], env=env, capture_output=True, timeout=TIMEOUT_S, check=False
    )
    subprocess.run(["wineserver", "-w"], env=env, timeout=TIMEOUT_S, check=True)
    if result.returncode != 0:
        raise WineCheckError(
            f"wine {' '.join(command)}: exit {result.returncode}\n"
            + result.stderr.decode("utf-8", "replace")[-2000:]
        )
    return result.stdout.decode("utf-8", "replace")
