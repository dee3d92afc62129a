"""Running slow work (exports) on the thread pool and getting the result back on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the UI thread, shown to the user
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the UI thread, so the worker's signals reach it queued, on that thread."""

    def __init__(self, on_done, on_error):
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.signals = _Signals()
        self.signals.done.connect(self.done)
        self.signals.failed.connect(self.failed)

    @Slot(object)
    def done(self, result) -> None:
        self._release()
        self.on_done(result)

    @Slot(object)
    def failed(self, error) -> None:
        self._release()
        self.on_error(error)

    def _release(self) -> None:
        """Let the relay go once its slot has returned: freed inside its own slot call (the
        last reference dropped there), PySide reads the object while destroying it and the
        process crashes now and then (seen in tests/ui/test_actions.py's exports)."""
        relay = self
        QTimer.singleShot(0, lambda: _RUNNING.discard(relay))


_RUNNING: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run `work()` on QThreadPool; `on_done(result)` or `on_error(exception)` runs on the UI
    thread. `work` must not touch widgets or share a database session."""
    relay = _Relay(on_done, on_error)
    _RUNNING.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay.signals))


def wait_for_background(msecs: int = 30000) -> bool:
    """Wait for every queued job (used on quit and by tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
