"""`tocongtac --smoke` (what the bundle checks run) and the interface font where none draws
Vietnamese; each in a real process, as the bundle and the installed app run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EMPTY_FONTCONFIG = '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n'
_CAPTURED = {"capture_output": True, "text": True, "encoding": "utf-8", "cwd": ROOT, "timeout": 120}


def _python(tmp_path: Path, *args: str, fonts: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("QT_QPA_PLATFORM", None)  # --smoke must choose offscreen by itself
    if not fonts:
        config = tmp_path / "fonts.conf"
        config.write_text(EMPTY_FONTCONFIG, "utf-8")
        env["FONTCONFIG_FILE"] = str(config)
    return subprocess.run([sys.executable, *args], env=env, **_CAPTURED)


def test_smoke_paints_the_list_of_a_new_database_and_says_ok(tmp_path):
    db = tmp_path / "moi.sqlite"
    result = _python(tmp_path, "main.py", "--db", str(db), "--smoke")
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr
    assert db.is_file()  # created and migrated


def test_smoke_on_the_demo_data_without_any_system_font(tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert _python(tmp_path, "main.py", "--db", db, "demo").returncode == 0
    result = _python(tmp_path, "main.py", "--db", db, "--smoke", fonts=False)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr


PROBE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from ui.fonts import draws_vietnamese, ensure_vietnamese_font
app = QApplication([])
before = draws_vietnamese(app.font())
ensure_vietnamese_font(app)
print(before, draws_vietnamese(app.font()), app.font().family())
"""


def test_without_system_fonts_the_interface_takes_the_bundled_font(tmp_path):
    result = _python(tmp_path, "-c", PROBE, fonts=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(maxsplit=2) == ["False", "True", "Liberation Serif\n"]


def test_a_system_font_that_draws_vietnamese_is_kept(tmp_path):
    result = _python(tmp_path, "-c", PROBE)
    assert result.returncode == 0, result.stderr
    before, after, family = result.stdout.split(maxsplit=2)
    assert (before, after) == ("True", "True")
    assert family.strip() != "Liberation Serif"
