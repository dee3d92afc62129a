"""Nhân bản: a new, unsaved inspection copied from another one, ready to be edited."""

from __future__ import annotations

import copy
import dataclasses
import uuid as uuid_module

from app import dto


def copy_for_new(data: dto.InspectionData) -> dto.InspectionData:
    """A deep copy with a new UUID and no database ids, not issued, back to "chuẩn bị".

    Everything the secretary typed comes along (unit, attendees, tasks, indicators, entries,
    recipients, signature); the number, the issue date and the register entry do not.
    """
    new = copy.deepcopy(data)
    new.id = new.revision = None
    new.uuid = str(uuid_module.uuid4())
    new.status = dto.InspectionStatus.CHUAN_BI
    for item in (*new.attendees, *new.tasks, *new.indicators, *new.entries):
        item.id = None
        item.uuid = ""  # items of their own (given on the first save)
    new.notice = unissued(new.notice)
    return new


def unissued(notice: dto.NoticeData) -> dto.NoticeData:
    """A copy of *notice* that is a draft again: no number, no issue date, not issued, not the
    copy for signature."""
    return dataclasses.replace(
        notice, number="", date=None, issued=False, for_signature=False, draft_month=None
    )
