"""The real editor on a large inspection, in a child process (offscreen).

python -m bench.ui_probe DB SETTINGS.ini INSPECTION_ID

Opens the main window, opens the inspection, goes to the Hạn chế page and types into the text
of its first entry, one key event per character:
- keystroke to repaint: from the moment a key is due to the end of the text box's next paint,
  one key at a time on an idle editor, and typing at 10 keys a second;
- autosave: from a keystroke to the editor's `saved` signal (the draft committed), and how long
  each save of the run took;
- the PySide6 refcount bug: references to None lost per void Qt call and per keystroke;
then types a marker, waits for it to be saved, prints "PROBE " + JSON and kills itself with
SIGKILL; the parent checks that the marker is in the database file.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from app.database import open_database
from app.services.bundle import Services
from bench.autosave import IDLE_INTERVAL_S, KEYSTROKES, KILL_MARKER, PACED_INTERVAL_S, SAVES
from ui.main_window import MainWindow
from ui.settings import UiSettings

TYPED = "Hạn chế về tiến độ giải ngân vốn đầu tư công "


def _wait(signal_, timeout_ms: int = 5000) -> bool:
    """Run the event loop until *signal_* is emitted (False on timeout)."""
    loop = QEventLoop()
    fired = []

    def done(*_args) -> None:
        fired.append(True)
        loop.quit()

    signal_.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal_.disconnect(done)
    return bool(fired)


def idle() -> None:
    """Let every posted event (layouts, paints) run."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


class PaintWatch(QObject):
    """Times the next paint of each watched widget: its end is when the next event of the
    application is dispatched (the rest of the same backing-store flush, or anything after)."""

    def __init__(self, widgets: dict[str, object]):
        super().__init__()
        self.widgets = widgets
        self.loop: QEventLoop | None = None
        self.ended: dict[str, float] = {}
        self._painting: str | None = None
        QApplication.instance().installEventFilter(self)

    def wait(self, timeout_ms: int = 2000) -> dict[str, float]:
        """Run the event loop until every watched widget has painted once more."""
        self.ended = {}
        self.loop = QEventLoop()
        QTimer.singleShot(timeout_ms, self.loop.quit)
        self.loop.exec()
        self.loop = None
        return self.ended

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if self.loop is None:
            return False
        if self._painting is not None:
            self.ended[self._painting] = time.perf_counter()
            self._painting = None
            if len(self.ended) == len(self.widgets):
                self.loop.quit()
        if event.type() == QEvent.Type.Paint:
            for name, widget in self.widgets.items():
                if watched is widget and name not in self.ended:
                    self._painting = name
        return False


def _key(widget, ch: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, event)


def _timed(action) -> float:
    """Seconds for *action* and the events it posted (layouts, paints)."""
    start = time.perf_counter()
    action()
    idle()
    return time.perf_counter() - start


def run_until(moment: float) -> None:
    """Run the event loop until *moment* (perf_counter); later if it is busy meanwhile."""
    remaining_ms = int((moment - time.perf_counter()) * 1000)
    if remaining_ms > 0:
        loop = QEventLoop()
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(remaining_ms)
        loop.exec()


def keystrokes(page, count: int, interval: float) -> dict[str, list[float]]:
    """Type *count* keys into the entry's text, one every *interval* seconds. Per key, seconds
    from the moment it was due to the end of the next paint of the text box, and of the entry
    list beside it (which shows the entry's first line). A key due while the event loop is still
    busy with the previous one waits, as a real key event waits in the queue."""
    watch = PaintWatch({"text": page.text.viewport(), "list": page.view.viewport()})
    latencies: dict[str, list[float]] = {"text": [], "list": []}
    first = time.perf_counter() + interval
    for i in range(count):
        due = first + i * interval
        run_until(due)
        QTimer.singleShot(0, lambda i=i: _key(page.text, TYPED[i % len(TYPED)]))
        for name, ended in watch.wait().items():
            latencies[name].append(ended - due)
    QApplication.instance().removeEventFilter(watch)
    run_until(time.perf_counter() + 0.3)
    return latencies


class SaveClock:
    """Durations of every save of the editor: from its "saving" state to its `saved` signal."""

    def __init__(self, editor):
        self.durations: list[float] = []
        self._began = 0.0
        editor.save_state_changed.connect(self._state)
        editor.saved.connect(lambda _row: self.durations.append(time.perf_counter() - self._began))

    def _state(self, state: str) -> None:
        if state == "saving":
            self._began = time.perf_counter()


def autosaves(window, text_box, count: int) -> list[float]:
    """Per save: seconds from a keystroke to the editor's `saved` signal."""
    editor = window.editor
    to_saved = []
    for i in range(count):
        editor.flush()
        start = time.perf_counter()
        _key(text_box, TYPED[i])
        if not _wait(editor.saved):
            raise RuntimeError("the editor did not save within 5 s")
        to_saved.append(time.perf_counter() - start)
    return to_saved


def none_refcount_leak(text_box, calls: int = 1000, keys: int = 200) -> dict[str, float]:
    """References to None lost per call of a Qt method returning nothing, and per keystroke.

    A Python before 3.12 aborts ("deallocating None") once they are all gone; PySide6 6.12.0
    loses one per such call, 6.11.3 none.
    """
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(calls):
        timer.stop()
    per_call = (before - sys.getrefcount(None)) / calls
    before = sys.getrefcount(None)
    for i in range(keys):
        _key(text_box, TYPED[i % len(TYPED)])
    per_key = (before - sys.getrefcount(None)) / keys
    return {"per_void_call": per_call, "per_keystroke": per_key, "left": sys.getrefcount(None)}


def main(db_path: str, settings_path: str, inspection_id: int) -> None:
    _app = QApplication(sys.argv[:1])
    window = MainWindow(Services(open_database(db_path)), UiSettings(settings_path))
    window.show()
    idle()
    result = {
        "open_inspection": _timed(lambda: window.inspection_list.select_id(inspection_id)),
        "show_tasks_page": _timed(lambda: window.editor_view.show_page("tasks")),
        "show_entries_page": _timed(lambda: window.editor_view.show_page("limitation", True)),
    }
    page = window.editor_view.pages["limitation"]
    result["entries_on_page"] = page.model.rowCount()
    text_box = page.text
    text_box.setFocus()
    text_box.moveCursor(QTextCursor.MoveOperation.End)
    idle()
    clock = SaveClock(window.editor)
    result["idle"] = keystrokes(page, KEYSTROKES, IDLE_INTERVAL_S)
    result["paced"] = keystrokes(page, KEYSTROKES, PACED_INTERVAL_S)
    result["to_saved"] = autosaves(window, text_box, SAVES)
    result["none_refs"] = none_refcount_leak(text_box)
    window.editor.flush()
    for ch in KILL_MARKER:
        _key(text_box, ch)
    if not _wait(window.editor.saved):
        raise RuntimeError("the marker was not saved within 5 s")
    result["saves"] = clock.durations
    print("PROBE " + json.dumps(result), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
