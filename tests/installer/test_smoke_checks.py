"""The bundle smoke test's own checks fail where they should (installer/smoke.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_smoke", ROOT / "installer" / "smoke.py")
smoke = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(smoke)


def test_a_pdf_with_a_font_not_embedded_is_refused(tmp_path):
    path = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "THONG BAO - To cong tac - Lang Son")
    canvas.save()
    with pytest.raises(smoke.SmokeError, match="not embedded"):
        smoke.check_pdf(path)


def test_an_empty_workbook_is_refused(tmp_path):
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(smoke.SmokeError, match="empty workbook"):
        smoke.check_workbook(path)


def test_the_bundle_sees_no_path_no_pythonpath_and_an_empty_font_configuration(tmp_path):
    env = smoke.bare_environment(tmp_path)
    assert env["PATH"] == env["PYTHONPATH"] == ""
    assert "<dir>" not in Path(env["FONTCONFIG_FILE"]).read_text("utf-8")
    assert not set(env) & {"TOCONGTAC_DB", "QT_QPA_PLATFORM"}
    assert all(Path(env[key]).is_relative_to(tmp_path) for key in ("HOME", "XDG_DATA_HOME"))


def test_a_missing_bundle_is_a_failure_not_a_pass(tmp_path):
    assert smoke.main(["smoke.py", str(tmp_path / "nothing")]) == 1
