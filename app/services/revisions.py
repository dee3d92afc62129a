"""Revisions: a save never overwrites what changed since it was read, and an issued notice
changes only inside an amendment.

Every write to an inspection (a save, a quick save of typed text, issuing, the trash, an
amendment) raises its revision by one, inside the writing transaction (BEGIN IMMEDIATE, so no
other writer can come between the check and the write). A save carries the revision its data
was read at; if the stored one is different, something else (another window, the command line)
wrote in between and the save is refused with ConflictError: the editor then reloads and merges
(app.domain.draft_merge). Child rows record the inspection revision at which they last changed,
for the merge of work done on another laptop.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, LockedError
from db import models

CONFLICT_MESSAGE = (
    "Cuộc kiểm tra này vừa được sửa ở nơi khác (cửa sổ khác hoặc dòng lệnh) sau khi mở; "
    "không ghi đè lên thay đổi đó."
)
LOCKED_MESSAGE = (
    "Thông báo đã ban hành nên chỉ được xem; muốn sửa, chọn «Sửa đổi văn bản đã ban hành» "
    "và ghi lý do."
)


def is_issued(row: models.Inspection) -> bool:
    return row.notice is not None and bool(row.notice.issued)


def next_revision(row: models.Inspection) -> int:
    """The revision a write of *row* gives it (children changed by the write record it)."""
    return (row.revision or 1) + 1


def has_changes(s: Session) -> bool:
    """True when the session holds anything to write."""
    return bool(s.new or s.deleted or any(s.is_modified(o) for o in s.dirty))


def claim(row: models.Inspection, expected: int | None, amending: bool = False) -> int:
    """Check a write of *row*, read at revision *expected* (None: no check), and raise the
    revision; also stamps `updated_at`.

    Refuses with ConflictError when the row changed since, and with LockedError when its notice
    is issued and the caller is not amending it.
    """
    if expected is not None and row.revision != expected:
        raise ConflictError(CONFLICT_MESSAGE, field="revision")
    if is_issued(row) and not amending:
        raise LockedError(LOCKED_MESSAGE, field="issued")
    return bump(row)


def bump(row: models.Inspection) -> int:
    """Raise the revision of *row* (a write that needs no check: issuing, the trash)."""
    row.revision = next_revision(row)
    row.updated_at = dt.datetime.now()
    return row.revision


def mark_changed(child, revision: int) -> None:
    """Record on a child row that it changed at *revision*."""
    if child.revision != revision:
        child.revision = revision
