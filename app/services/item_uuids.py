"""Every attendee, task, indicator and entry of an inspection has its own UUID, so that the work
of two laptops can be matched item by item (app.sync.merge)."""

from __future__ import annotations

import uuid as uuid_module

from app import dto

ITEM_LISTS = ("attendees", "tasks", "indicators", "entries")


def give_item_uuids(data: dto.InspectionData) -> None:
    """Give a new UUID, in place, to each item that has none or repeats an earlier one of its
    list (a copied row), so a UUID names one item of the inspection."""
    for name in ITEM_LISTS:
        seen: set[str] = set()
        for item in getattr(data, name):
            if not item.uuid or item.uuid in seen:
                item.uuid = str(uuid_module.uuid4())
            seen.add(item.uuid)
