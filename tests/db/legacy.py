"""Databases as older versions of the app left them, for the opening and upgrade tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from db.migrate import upgrade
from db.session import make_engine


def legacy_database(path: Path, revision: str = "0004") -> Path:
    """A database at *revision*, unmarked (application_id 0) like every file made before
    0007, holding an inspection with a notice, two entries and a task."""
    engine = make_engine(path)
    upgrade(engine, revision)
    engine.dispose()
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("PRAGMA application_id = 0")
        raw.execute(
            "INSERT INTO inspection (uuid, kind, unit_name, place, period_label, legal_basis,"
            " subject, unit_report, chair_name, chair_title, scopes, status)"
            " VALUES ('4f1c9a52-7d4e-4a41-9a0e-2b6c1d8e9f01', 'kiem_tra', 'UBND huyện Mây Xanh',"
            " 'Mây Xanh', '', '', '', '', '', '', '[]', 'du_thao')"
        )
        raw.execute(
            "INSERT INTO notice (inspection_id, doc_type, issuer_code, number, place, title,"
            " issued, opening, recommendations_intro, closing, authority_lines,"
            " signer_capacity, signer_title, signer_name, attachments, organ_parent,"
            " organ_issuing) VALUES (1, 'TB', 'TCT', '', 'Lạng Sơn', '', 0, '', '', '', '[]',"
            " 'TỔ TRƯỞNG', '', 'Hoàng Văn A', '[]', '', '')"
        )
        for position, text in enumerate(("Hạn chế thứ nhất", "Hạn chế thứ hai")):
            raw.execute(
                "INSERT INTO entry (inspection_id, section, position, text, addressee,"
                " criterion_code, criterion_title, context, deadline_text, followup_status,"
                " followup_note, response, response_type, source) VALUES"
                " (1, 'limitation', ?, ?, '', '', '', '', '', '', '', '', '', '')",
                (position, text),
            )
        raw.execute(
            "INSERT INTO assigned_task (inspection_id, position, content, source_doc,"
            " assigned_by, deadline_text, result, note, override_reason) VALUES"
            " (1, 0, 'Nhiệm vụ số 1', '', 'UBND tỉnh', '', '', '', '')"
        )
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file to copy
    return path


def table_rows(path: Path, like: Path | None = None) -> dict[str, list[tuple]]:
    """Every row of the tables that hold the user's data (read-only, no lock files): of each
    table the columns that `like` has (an older file, before an upgrade added columns), or all
    of them; the revision counter, which every save moves, is left out."""
    tables = ("inspection", "notice", "entry", "assigned_task", "phrase")
    with closing(sqlite3.connect(f"file:{like or path}?mode=ro", uri=True)) as raw:
        columns = {t: [r[1] for r in raw.execute(f"PRAGMA table_info({t})")] for t in tables}
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        result = {}
        for table in tables:
            kept = [c for c in columns[table] if c != "revision"]
            query = f"SELECT {', '.join(kept)} FROM {table} ORDER BY id"
            result[table] = raw.execute(query).fetchall()
    return result
