"""The inspection list's filter, in a child process (offscreen), over a database's own rows.

python -m bench.list_filter DB

Types words into the list's filter box one key event at a time, then clears it, and prints
"FILTER " + JSON: per keystroke, CPU seconds until the list is filtered (the key's own work,
which the next key waits for) and until the list has repainted as well; the same for clearing.
Issue 16 measured 50 ms per keystroke and 102 ms for clearing at 3 000 inspections before the
filter kept each row's text folded once and the model did its own sorting.
"""

from __future__ import annotations

import json
import sys
import time

TYPED = ("khe da", "54/tb", "may xanh 2021", "dang lam")
TARGET_S = 0.005


def main(db: str) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from app.database import open_database
    from app.services.bundle import Services
    from ui.inspection_list import InspectionList

    _app = QApplication(sys.argv[:1])
    services = Services(open_database(db, create=False))
    listing = InspectionList()
    listing.resize(470, 700)
    listing.show()
    listing.set_rows(services.inspections.list_rows())

    def idle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    def key(ch: str | None) -> tuple[float, float]:
        # CPU time of this (the UI) thread: the bench shares its machine, and this work is
        # all on one thread, so it is also the wall time on an idle machine.
        start = time.thread_time()
        if ch is None:
            listing.search.clear()
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(listing.search, event)
        filtered = time.thread_time()
        idle()
        return filtered - start, time.thread_time() - start

    idle()
    typing, clearing = [], []
    for words in TYPED * 3:
        typing += [key(ch) for ch in words]
        clearing.append(key(None))
    print("FILTER " + json.dumps({"typing": typing, "clearing": clearing}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
