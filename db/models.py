"""ORM tables for everything an inspection holds. No queries and no session use here."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import seed
from db.base import Base
from db.enums import (
    AttendeeSide,
    EntryKind,
    FollowupStatus,
    InspectionStatus,
    Kind,
    Section,
    TaskStatus,
)
from db.types import DecimalText, TextList, stored_enum


class Profile(Base):
    """The issuing body's letterhead and defaults (one row, id 1, written by migration 0005
    from db/seed.py)."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_organ: Mapped[str] = mapped_column(String(200))
    issuing_organ: Mapped[str] = mapped_column(String(200))
    group_name: Mapped[str] = mapped_column(String(200))
    place_name: Mapped[str] = mapped_column(String(100))
    issuer_code: Mapped[str] = mapped_column(String(40))
    default_recipients: Mapped[list[str]] = mapped_column(TextList)
    signature_presets: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    voice: Mapped[str] = mapped_column(String(200))
    authority: Mapped[str] = mapped_column(String(200))


class Organization(Base):
    __tablename__ = "organization"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(120))
    abbreviation: Mapped[str | None] = mapped_column(String(40))
    level: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str | None] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    parent: Mapped[Organization | None] = relationship(remote_side=[id])


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(300))


class WorkingGroup(Base):
    __tablename__ = "working_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    decision_text: Mapped[str | None] = mapped_column(Text)
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Membership.position"
    )


class Membership(Base):
    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(300))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    date_from: Mapped[dt.date | None] = mapped_column(Date)
    date_to: Mapped[dt.date | None] = mapped_column(Date)
    group: Mapped[WorkingGroup] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()
    agency: Mapped[Organization | None] = relationship()


class Inspection(Base):
    """One session: an inspection, a supervision or a meeting."""

    __tablename__ = "inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[Kind] = mapped_column(stored_enum(Kind, 20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    part_of_day: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(300), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    period_label: Mapped[str] = mapped_column(String(200), default="")
    cutoff_date: Mapped[dt.date | None] = mapped_column(Date)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    unit_report: Mapped[str] = mapped_column(Text, default="")
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    chair_title: Mapped[str] = mapped_column(String(300), default="")
    scopes: Mapped[list[str]] = mapped_column(TextList, default=list)
    status: Mapped[InspectionStatus] = mapped_column(
        stored_enum(InspectionStatus, 20), default=InspectionStatus.CHUAN_BI
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Raised by every save; a save based on an older revision is refused (app.services.revisions).
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    unit: Mapped[Organization | None] = relationship()
    attendees: Mapped[list[Attendee]] = relationship(
        cascade="all, delete-orphan", order_by="Attendee.position"
    )
    tasks: Mapped[list[AssignedTask]] = relationship(
        cascade="all, delete-orphan", order_by="AssignedTask.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        cascade="all, delete-orphan", order_by="Indicator.position"
    )
    entries: Mapped[list[Entry]] = relationship(
        cascade="all, delete-orphan", order_by="Entry.position"
    )
    notice: Mapped[Notice | None] = relationship(
        cascade="all, delete-orphan", uselist=False, back_populates="inspection"
    )
    amendments: Mapped[list[Amendment]] = relationship(
        cascade="all, delete-orphan", order_by="Amendment.id"
    )


class Attendee(Base):
    __tablename__ = "attendee"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Stable across laptops: a merge matches items by it (app.sync.merge).
    uuid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid_module.uuid4()))
    side: Mapped[AttendeeSide] = mapped_column(stored_enum(AttendeeSide, 30))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    person_title: Mapped[str] = mapped_column(String(300), default="")
    group_text: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(30), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AssignedTask(Base):
    __tablename__ = "assigned_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Stable across laptops: a merge matches items by it (app.sync.merge).
    uuid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid_module.uuid4()))
    content: Mapped[str] = mapped_column(Text, default="")
    source_doc: Mapped[str] = mapped_column(String(300), default="")
    assigned_by: Mapped[str] = mapped_column(String(100), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_text: Mapped[str] = mapped_column(String(200), default="")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status_override: Mapped[TaskStatus | None] = mapped_column(stored_enum(TaskStatus, 30))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Indicator(Base):
    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Stable across laptops: a merge matches items by it (app.sync.merge).
    uuid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid_module.uuid4()))
    name: Mapped[str] = mapped_column(String(400), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    target: Mapped[Decimal | None] = mapped_column(DecimalText)
    actual: Mapped[Decimal | None] = mapped_column(DecimalText)
    qualifier: Mapped[str] = mapped_column(String(20), default="")
    stated_percent: Mapped[Decimal | None] = mapped_column(DecimalText)
    basis: Mapped[str] = mapped_column(String(200), default="")
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Entry(Base):
    """One entry of the notice body, ordered within its section."""

    __tablename__ = "entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[Section] = mapped_column(stored_enum(Section, 30))
    # Stable across laptops: a merge matches items by it (app.sync.merge).
    uuid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid_module.uuid4()))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(String(300), default="")
    criterion_code: Mapped[str] = mapped_column(String(40), default="")
    criterion_title: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_text: Mapped[str] = mapped_column(String(200), default="")
    followup_status: Mapped[FollowupStatus] = mapped_column(
        stored_enum(FollowupStatus, 30), default=FollowupStatus.NONE
    )
    followup_note: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    response_type: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[EntryKind] = mapped_column(stored_enum(EntryKind, 20), default=EntryKind.DEFAULT)
    level: Mapped[int] = mapped_column(Integer, default=0)
    numbered: Mapped[bool] = mapped_column(Boolean, default=True)
    criterion_label: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Notice(Base):
    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), unique=True
    )
    doc_type: Mapped[str] = mapped_column(String(10), default="TB")
    issuer_code: Mapped[str] = mapped_column(String(40), default=seed.ISSUER_CODE)
    organ_parent: Mapped[str] = mapped_column(String(200), default="")
    organ_issuing: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    draft_month: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    issued: Mapped[bool] = mapped_column(Boolean, default=False)
    opening: Mapped[str] = mapped_column(Text, default="")
    recommendations_intro: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    authority_lines: Mapped[list[str]] = mapped_column(TextList, default=list)
    signer_capacity: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    attachments: Mapped[list[str]] = mapped_column(TextList, default=list)
    for_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    issuing_body: Mapped[str] = mapped_column(String(80), default="")
    issuer_name: Mapped[str] = mapped_column(String(300), default="")
    issuer_voice: Mapped[str] = mapped_column(String(200), default="")
    authority: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    recipients: Mapped[list[NoticeRecipient]] = relationship(
        cascade="all, delete-orphan", order_by="NoticeRecipient.position"
    )
    inspection: Mapped[Inspection] = relationship(back_populates="notice")


class Amendment(Base):
    """An issued notice reopened for editing: when, why, and from which revision."""

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)


class AppInfo(Base):
    """Facts about the file itself, e.g. the version of the app that last upgraded it."""

    __tablename__ = "app_info"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class NoticeRecipient(Base):
    __tablename__ = "notice_recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class RegisterEntry(Base):
    """One number of the group's own register; a number is used once per year and type."""

    __tablename__ = "register_entry"
    __table_args__ = (UniqueConstraint("year", "doc_code", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    doc_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[int] = mapped_column(Integer)
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection.id", ondelete="SET NULL")
    )


class SyncBase(Base):
    """The last synchronised content of an inspection: what this laptop and another one both
    had, the base of the next three-way merge (app.sync)."""

    __tablename__ = "sync_base"
    inspection_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    content: Mapped[str] = mapped_column(Text)  # a data file holding that one inspection
    content_hash: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class MergeConflict(Base):
    """What a merge did not take: the local value was kept, the other laptop's is held here
    until the user chooses (app.sync.conflicts)."""

    __tablename__ = "merge_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(200))  # "field:place", "entries:<uuid>", "register"
    label: Mapped[str] = mapped_column(Text)  # Vietnamese: "Địa điểm", "Kiến nghị 3"
    local_value: Mapped[str] = mapped_column(Text)  # JSON
    other_value: Mapped[str] = mapped_column(Text)  # JSON
    reason: Mapped[str] = mapped_column(String(20), default="")  # app.sync.merge: "both", …
    source: Mapped[str] = mapped_column(String(300), default="")  # the file it came from
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(10), default="")  # "local" or "other"


class Phrase(Base):
    __tablename__ = "phrase"
    id: Mapped[int] = mapped_column(primary_key=True)
    field_tag: Mapped[str] = mapped_column(String(40), default="")
    section: Mapped[Section] = mapped_column(stored_enum(Section, 30), default=Section.LIMITATION)
    text: Mapped[str] = mapped_column(Text)
    usage_count: Mapped[int] = mapped_column(Integer, default=0)


@event.listens_for(Base, "mapper_configured", propagate=True)
def _members_on_assignment(mapper, class_) -> None:
    """A value assigned to an enum column becomes its member at once ("kiem_tra" → Kind.KIEM_TRA),
    so an attribute holds a member before the row is ever written and read back."""
    for prop in mapper.column_attrs:
        column_type = prop.columns[0].type
        enum_class = getattr(column_type, "enum_class", None)
        if enum_class is None:
            continue

        def to_member(_target, value, _old, _initiator, enum_class=enum_class):
            return None if value is None else enum_class(value)

        event.listen(getattr(class_, prop.key), "set", to_member, retval=True)
