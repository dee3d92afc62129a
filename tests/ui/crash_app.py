"""The app in a child process for the crash test.

`python -m tests.ui.crash_app DB SETTINGS` opens the main window on DB, creates an inspection
and keeps typing limitations into the real editor page (a key event every few milliseconds, a
new entry every few words). Each time the editor's `saved` signal fires it prints one line,
"saved " + JSON of what the saved draft held, and flushes stdout. It never stops by itself: the
test kills it with SIGKILL.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.database import open_database
from app.dto import Section
from app.services.bundle import Services
from tests.ui.conftest import type_keys
from ui.main_window import MainWindow
from ui.settings import UiSettings

WORDS = "Hạn chế số {n}: công tác tham mưu, đôn đốc còn chậm; đề nghị khắc phục ngay. "


def main(db_path: str, settings_path: str) -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Services(open_database(db_path)), UiSettings(settings_path))
    window.show()
    editor = window.editor
    page = window.editor_view.pages["limitation"]

    def report(row) -> None:
        state = {
            "id": row.id,
            "unit_name": editor.draft.unit_name,
            "limitations": [e.text for e in editor.draft.section(Section.LIMITATION)],
        }
        print("saved " + json.dumps(state, ensure_ascii=False), flush=True)

    window.new_inspection()
    editor.saved.connect(report)
    type_keys(window.editor_view.pages["general"].unit, "UBND huyện Mây Xanh")
    window.editor_view.show_page("limitation")
    state = {"n": 0, "pending": ""}

    def step() -> None:
        if not state["pending"]:
            state["n"] += 1
            state["pending"] = WORDS.format(n=state["n"]).strip()
            page.add_entry()
        type_keys(page.text, state["pending"][:3])
        state["pending"] = state["pending"][3:]

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(15)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
