"""An edit persisted: through InspectionService.save, and through the real editor (ui_probe).

DESIGN §5: an edit is persisted < 1 s after the keystroke and survives `kill -9`. The editor
saves AUTOSAVE_DELAY_MS after the first unsaved change, so that delay is part of the figure.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
from pathlib import Path

from app.database import open_database
from app.services.bundle import Services
from bench.results import Result, seconds
from bench.timing import PYTHON, child_env, run_child

TARGET_S = 1.0
# what bench.ui_probe does in its child
KEYSTROKES = 20
IDLE_INTERVAL_S = 0.3  # each key after the previous one's work is over
PACED_INTERVAL_S = 0.1  # a fast typist: 10 keys a second
SAVES = 3
KILL_MARKER = "benchkillcheck"


def committed_text(db: Path, entry_id: int) -> str:
    """The entry's text as a fresh connection reads it from the file."""
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT text FROM entry WHERE id = ?", (entry_id,)).fetchone()[0]


def service_path(db: Path, inspection_id: int, runs: int) -> list[Result]:
    """Change one entry's text and save the whole draft, as the editor's autosave does."""
    services = Services(open_database(db))
    try:
        data = services.inspections.get(inspection_id)
        entry = data.entries[0]
        times = []
        for run in range(runs):
            entry.text = f"{entry.text.rstrip('0123456789 ')} {run}"
            start = time.perf_counter()
            services.inspections.save(data)
            times.append(time.perf_counter() - start)
            if committed_text(db, entry.id) != entry.text:
                raise RuntimeError("the saved text is not in the database file")
        median = statistics.median(times)
    finally:
        services.db.close()
    size = f"{len(data.entries)} entries, {len(data.tasks)} tasks"
    return [
        Result(
            "Autosave",
            f"InspectionService.save of the whole draft ({size})",
            seconds(median),
            f"< {TARGET_S:.0f} s",
            median < TARGET_S,
            f"edit → committed, read back by another connection; {runs} runs",
        )
    ]


def _refs_note(refs: dict[str, float]) -> str:
    note = f"{refs['per_void_call']:.1f} per Qt call returning nothing"
    if refs["per_keystroke"] >= 0.5:
        keys = refs["left"] / refs["per_keystroke"]
        note += f"; Python aborts after about {keys:,.0f} more keystrokes"
    return note


def _stats(values: list[float]) -> str:
    return f"max {seconds(max(values))}"


def editor_path(db: Path, inspection_id: int, workspace: Path) -> list[Result]:
    """The real editor in a child that kills itself with SIGKILL once the marker is saved."""
    settings = workspace / "probe-settings.ini"
    command = [PYTHON, "-m", "bench.ui_probe", str(db), str(settings), str(inspection_id)]
    run = run_child(command, child_env(workspace), killed=True)
    probe = json.loads(run.stdout.split("PROBE ", 1)[1])
    with sqlite3.connect(db) as connection:
        survived = connection.execute(
            "SELECT count(*) FROM entry WHERE text LIKE ?", (f"%{KILL_MARKER}%",)
        ).fetchone()[0]
    size = f"500 entries, 300 tasks; {probe['entries_on_page']} on the page"
    median = statistics.median
    idle, paced = probe["idle"], probe["paced"]
    to_saved = median(probe["to_saved"])
    refs = probe["none_refs"]
    return [
        Result("Editor", "open the inspection", seconds(probe["open_inspection"]), note=size),
        Result("Editor", "show the Nhiệm vụ page", seconds(probe["show_tasks_page"])),
        Result("Editor", "show the Hạn chế page", seconds(probe["show_entries_page"])),
        Result(
            "Editor",
            "keystroke → text box repainted, one key at a time",
            seconds(median(idle["text"])),
            note=f"{_stats(idle['text'])}; {KEYSTROKES} keys",
        ),
        Result(
            "Editor",
            f"same, typing {1 / PACED_INTERVAL_S:.0f} keys a second",
            seconds(median(paced["text"])),
            note=f"{_stats(paced['text'])}; {KEYSTROKES} keys",
        ),
        Result(
            "Editor",
            "keystroke → entry list beside it repainted",
            seconds(median(idle["list"])),
            note=f"{_stats(idle['list'])}; typing fast: {seconds(median(paced['list']))}",
        ),
        Result(
            "Autosave",
            "editor: keystroke → `saved` signal (committed)",
            seconds(to_saved),
            f"< {TARGET_S:.0f} s",
            to_saved < TARGET_S,
            f"the save itself: first {seconds(probe['saves'][0])} (whole draft), then "
            f"{seconds(median(probe['saves'][1:]))} (typed fields); {SAVES} runs",
        ),
        Result(
            "Autosave",
            "editor: saved edit survives kill -9",
            "yes" if survived else "NO",
            "survives",
            bool(survived),
            "SIGKILL right after `saved`; read back from the file",
        ),
        Result(
            "Robustness",
            "None references lost per keystroke (PySide6 refcount bug)",
            f"{refs['per_keystroke']:.1f}",
            "0",
            refs["per_keystroke"] < 0.5,
            _refs_note(refs),
        ),
    ]
