"""The app's one-window-per-database claim in a child process, for the single-instance test.

`python -m tests.ui.instance_app DB` claims the window of DB and prints one line: "refused"
(another process has it; that one was asked to come to the front) and exits, or "claimed" and
then waits until it is asked to come to the front, prints "woken" and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from ui.single_instance import SingleInstance


def main(db_path: str) -> int:
    app = QCoreApplication(sys.argv[:1])

    def woken() -> None:
        print("woken", flush=True)
        app.quit()

    instance = SingleInstance(Path(db_path), woken)
    if not instance.claim():
        print("refused", flush=True)
        return 3
    print("claimed", flush=True)
    QTimer.singleShot(20000, app.quit)  # never outlive the test
    app.exec()
    instance.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
