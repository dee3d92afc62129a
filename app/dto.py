"""Plain data handed between services, exporters and the UI; never ORM objects.

`InspectionData` is the whole of one inspection, as the editor edits it and as the exporters and
the data file read it. Child objects carry their database `id` (None until saved) so a save can
update rows in place instead of rewriting the inspection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from db import seed

# The stored vocabularies; ui/ and the rest of app/ take them from here.
from db.enums import AttendeeSide, EntryKind, FollowupStatus, InspectionStatus, Kind, Section

# Database bookkeeping carried by the data classes: not content, so never copied field by field
# into rows and never written to the data file.
BOOKKEEPING_FIELDS = frozenset({"id", "revision"})


@dataclass
class OrganizationData:
    code: str
    name: str
    short_name: str = ""
    abbreviation: str = ""
    level: str = ""
    type: str = ""
    parent_code: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass
class AttendeeData:
    side: str = AttendeeSide.DON_VI
    person_name: str = ""
    person_title: str = ""
    group_text: str = ""
    role: str = ""
    uuid: str = ""  # stable across laptops; given on the first save (app.services.item_uuids)
    id: int | None = None


@dataclass
class TaskData:
    content: str = ""
    source_doc: str = ""
    assigned_by: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    completed_on: dt.date | None = None
    result: str = ""
    note: str = ""
    status_override: str | None = None  # a TaskStatus value, or None to use the derived one
    override_reason: str = ""
    uuid: str = ""  # stable across laptops; given on the first save (app.services.item_uuids)
    id: int | None = None


@dataclass
class IndicatorData:
    name: str = ""
    unit: str = ""
    target: Decimal | None = None
    actual: Decimal | None = None
    qualifier: str = ""
    stated_percent: Decimal | None = None
    basis: str = ""
    as_of: dt.date | None = None
    note: str = ""
    uuid: str = ""  # stable across laptops; given on the first save (app.services.item_uuids)
    id: int | None = None


# The entry fields that hold emphasis markup (app.domain.emphasis); every other text is plain.
ENTRY_MARKUP_FIELDS = ("text", "criterion_label", "context", "response")


@dataclass
class EntryData:
    section: str = Section.LIMITATION
    text: str = ""  # markup
    # A recommendation: the agency it goes to (empty: the heading's agency, else the inspected
    # unit; app.notice.outline.addressees). A heading: the agency that owns it.
    addressee: str = ""
    criterion_code: str = ""
    criterion_title: str = ""
    context: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    followup_status: str = FollowupStatus.NONE
    followup_note: str = ""
    response: str = ""
    response_type: str = ""
    source: str = ""
    kind: str = EntryKind.DEFAULT
    level: int = 0  # a heading's depth: 1 "1.", 2 "1.1.", 3 "1.1.1."; 0 under the one above
    numbered: bool = True  # a heading without a number when False
    criterion_label: str = ""  # free wording before the text: "Đối với tiêu chí 1.5,"
    uuid: str = ""  # stable across laptops; given on the first save (app.services.item_uuids)
    id: int | None = None


@dataclass
class NoticeData:
    doc_type: str = "TB"
    issuer_code: str = seed.ISSUER_CODE
    organ_parent: str = ""  # letterhead lines; empty: the profile's
    organ_issuing: str = ""
    number: str = ""
    place: str = ""
    date: dt.date | None = None
    draft_month: int | None = None  # month printed on a draft whose day is left blank
    title: str = ""
    issued: bool = False
    opening: str = ""  # free paragraphs (one per line); empty: generated from the data
    recommendations_intro: str = ""
    closing: str = ""
    authority_lines: list[str] = field(default_factory=list)  # "TL. CHỦ TỊCH", "KT. …"
    signer_capacity: str = ""  # "TỔ TRƯỞNG", "PHÓ CHÁNH VĂN PHÒNG"
    signer_title: str = ""  # the "chức vụ khác" line above the name
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    # Not yet issued: False the draft (DỰ THẢO mark), True the copy for signature (no mark, the
    # number left blank for the văn thư). app.notice.forms.notice_form decides the form.
    for_signature: bool = False
    # The issuing body (empty: the profile's). Its letterhead is organ_parent/organ_issuing,
    # its document code issuer_code, its place `place`.
    issuing_body: str = ""  # the directory code of the organization that issues
    issuer_name: str = ""  # how the notice names it first: "UBND huyện Khe Đá"
    issuer_voice: str = ""  # how generated sentences name it: "UBND huyện", "Tổ Công tác"
    authority: str = ""  # whose tasks and conclusions: "UBND huyện", "UBND tỉnh"


@dataclass
class InspectionData:
    uuid: str
    kind: str = Kind.KIEM_TRA
    unit_code: str = ""
    unit_name: str = ""
    date: dt.date | None = None
    part_of_day: str = ""  # "sang", "chieu", ""
    place: str = ""
    year: int | None = None
    period_label: str = ""
    cutoff_date: dt.date | None = None
    legal_basis: str = ""
    subject: str = ""
    unit_report: str = ""
    chair_name: str = ""
    chair_title: str = ""
    scopes: list[str] = field(default_factory=list)
    status: str = InspectionStatus.CHUAN_BI
    attendees: list[AttendeeData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)
    indicators: list[IndicatorData] = field(default_factory=list)
    entries: list[EntryData] = field(default_factory=list)
    notice: NoticeData = field(default_factory=NoticeData)
    id: int | None = None
    revision: int | None = None  # the stored revision this data was read at (None: not saved)

    def section(self, section: str) -> list[EntryData]:
        """The entries of one section, in order."""
        return [e for e in self.entries if e.section == section]


@dataclass(frozen=True)
class AmendmentData:
    """An issued notice reopened for editing ("Sửa đổi văn bản đã ban hành")."""

    created_at: dt.datetime
    reason: str
    revision: int  # the inspection's revision when the amendment was opened


@dataclass(frozen=True)
class InspectionRow:
    """One line of the inspection list."""

    id: int
    uuid: str
    date: dt.date | None
    kind: Kind
    unit_name: str
    status: InspectionStatus
    notice_number: str  # "54/TB-TCT" or ""
    year: int | None  # the inspection's own year field; see app.domain.inspection_year
    notice_form: str = "draft"  # app.notice.forms.NoticeForm
    task_count: int = 0
    completed_count: int = 0


@dataclass
class ProfileData:
    """The issuing body's profile; the defaults are those of a new database (db/seed.py)."""

    parent_organ: str = seed.PROFILE["parent_organ"]
    issuing_organ: str = seed.PROFILE["issuing_organ"]
    group_name: str = seed.PROFILE["group_name"]
    place_name: str = seed.PROFILE["place_name"]
    issuer_code: str = seed.ISSUER_CODE
    default_recipients: list[str] = field(default_factory=list)
    signature_presets: list[dict] = field(default_factory=list)
    voice: str = seed.VOICE  # how the generated sentences name the profile's body
    authority: str = seed.AUTHORITY  # whose tasks and conclusions it checks
