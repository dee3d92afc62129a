"""One window per database: a second one on the same file is refused with a Vietnamese message
and the first is brought to the front; another file, or the command line, is not held back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.window_lock import key_of
from tests.ui.conftest import answer_dialog
from ui.application import refuse_second_window
from ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def _child(db_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.instance_app", str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_a_second_claim_in_one_process_is_refused_and_wakes_the_first(qtbot, tmp_path):
    path = tmp_path / "du-lieu.sqlite"
    woken: list[str] = []
    first = SingleInstance(path, lambda: woken.append("first"))
    assert first.claim()
    try:
        # the same file by another spelling of its path
        second = SingleInstance(tmp_path / "." / "du-lieu.sqlite", lambda: woken.append("2"))
        assert key_of(tmp_path / "." / "du-lieu.sqlite") == key_of(path)
        assert not second.claim()
        qtbot.waitUntil(lambda: woken == ["first"])
        other = SingleInstance(tmp_path / "khac.sqlite", lambda: None)
        assert other.claim()  # another database: its own window
        other.release()
    finally:
        first.release()
    again = SingleInstance(path, lambda: None)
    assert again.claim()  # released: the next window may open it
    again.release()


def test_a_second_process_is_refused_and_brings_the_first_to_the_front(qtbot, tmp_path):
    path = tmp_path / "du-lieu.sqlite"
    woken: list[bool] = []
    first = SingleInstance(path, lambda: woken.append(True))
    assert first.claim()
    try:
        child = _child(path)
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)
        assert child.stdout.read().strip() == "refused" and child.returncode == 3
        qtbot.waitUntil(lambda: woken == [True])
    finally:
        first.release()


def test_the_first_process_is_woken_by_a_second_here(qtbot, tmp_path):
    path = tmp_path / "du-lieu.sqlite"
    child = _child(path)
    try:
        assert child.stdout.readline().strip() == "claimed"
        second = SingleInstance(path, lambda: None)
        assert not second.claim()
        assert child.wait(timeout=15) == 0
        assert child.stdout.readline().strip() == "woken"
    finally:
        if child.poll() is None:
            child.kill()
    # the child is gone and its lock with it
    after = SingleInstance(path, lambda: None)
    assert after.claim()
    after.release()


def test_the_refusal_says_so_in_vietnamese(qtbot, tmp_path):
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)
    refuse_second_window(tmp_path / "du-lieu.sqlite")
    assert "đang được mở trong một cửa sổ Tổ công tác khác" in seen[0]
    assert "cửa sổ đó đã được đưa lên trước" in seen[0]


def test_the_command_line_still_reads_while_a_window_holds_the_database(qtbot, tmp_path, capsys):
    from main import main

    path = tmp_path / "du-lieu.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    window = SingleInstance(path, lambda: None)
    assert window.claim()
    try:
        capsys.readouterr()
        assert main(["--db", str(path), "list"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 5
    finally:
        window.release()


def test_a_restore_from_the_command_line_waits_for_the_window_to_close(qtbot, tmp_path, capsys):
    from main import main

    path = tmp_path / "du-lieu.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert main(["--db", str(path), "backup"]) == 0
    copy = capsys.readouterr().out.strip().splitlines()[-1]
    before = path.read_bytes()
    window = SingleInstance(path, lambda: None)
    assert window.claim()
    try:
        assert main(["--db", str(path), "restore", copy]) == 2
        err = capsys.readouterr().err
        assert "đang mở trong cửa sổ Tổ công tác" in err and err.count("\n") == 1
        assert path.read_bytes() == before
    finally:
        window.release()
    assert main(["--db", str(path), "restore", copy]) == 0


def test_a_wake_up_brings_a_minimized_window_back(qtbot, window):
    from ui.application import _Shell

    shell = _Shell(window.settings)
    shell.use(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    shell.bring_to_front()
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()


def test_the_app_refuses_a_second_window_and_backs_up_when_it_quits(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.backups import Kind, list_backups
    from app.database import open_database
    from ui import application
    from ui.main_window import MainWindow

    monkeypatch.setattr(application, "_handle_signals", lambda app: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "du-lieu.sqlite"
    open_database(path).close()

    held = SingleInstance(path, lambda: None)
    assert held.claim()
    try:
        seen: list[str] = []
        answer_dialog(Qt.Key.Key_Return, seen)
        assert application.run_gui(path) == 2
        assert "đang được mở trong một cửa sổ Tổ công tác khác" in seen[0]
    finally:
        held.release()

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            QTimer.singleShot(50, close_the_window)
            return
        shown[0].close()

    QTimer.singleShot(0, close_the_window)
    assert application.run_gui(path) == 0
    assert [b.kind for b in list_backups(path)] == [Kind.AT_QUIT]
    again = SingleInstance(path, lambda: None)
    assert again.claim()  # the window's claim ended with it
    again.release()
