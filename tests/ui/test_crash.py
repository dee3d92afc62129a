"""Killing the app (SIGKILL) loses nothing whose autosave had completed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.database import open_database
from app.dto import Section
from app.services.bundle import Services

ROOT = Path(__file__).resolve().parents[2]
SAVES_BEFORE_KILL = 6


@pytest.mark.only_on("posix", reason="SIGKILL, the crash this test makes, is POSIX-only")
def test_every_completed_autosave_survives_sigkill(tmp_path):
    db_path = tmp_path / "crash.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crash_app", str(db_path), str(tmp_path / "ui.ini")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    reported = []
    deadline = time.monotonic() + 60
    try:
        for line in child.stdout:
            if line.startswith("saved "):
                reported.append(json.loads(line[len("saved ") :]))
            if len(reported) >= SAVES_BEFORE_KILL or time.monotonic() > deadline:
                break
        # Kill while the child is still typing, right after one of its saves.
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= SAVES_BEFORE_KILL, "the child reported too few saves"
    last = reported[-1]
    assert len(last["limitations"]) >= 2, "the edits should span several entries"

    db = open_database(db_path)
    try:
        data = Services(db).inspections.get(last["id"])
    finally:
        db.close()
    assert data.unit_name == last["unit_name"] == "UBND huyện Mây Xanh"
    stored = [e.text for e in data.section(Section.LIMITATION)]
    assert len(stored) >= len(last["limitations"])
    for saved_text, stored_text in zip(last["limitations"], stored, strict=False):
        # Typing may have gone on (and been saved) after the last line was read.
        assert stored_text.startswith(saved_text)
