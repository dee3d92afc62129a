"""The Qt binding must not leak references to None (PySide6 6.12.0 did, and Python 3.11 aborts
with "none_dealloc" once None's count reaches zero: a long typing session killed the window)."""

import sys

from PySide6.QtCore import QTimer


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1000):
        timer.stop()
    assert sys.getrefcount(None) - before > -10
