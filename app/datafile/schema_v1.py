"""The first data file format, `tocongtac/1`, as pydantic models: files written before the
second format are still read (then converted, app.datafile.v1). Frozen: nothing writes /1 now.

Dates are ISO strings ("2021-08-10"), decimal numbers are strings with a dot ("46.4"). Unknown
fields are refused and nothing is coerced: "2021" is not a year, 2021 is.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from app.datafile.fields import (
    DecimalText,
    FollowupValue,
    IsoDate,
    KindValue,
    SectionValue,
    SideValue,
    StatusValue,
    StrictModel,
    TaskStatusValue,
    UuidText,
    schema_document,
)
from app.datafile.limits import Items, Lines, Many, NoticeNumber, Recipients, Year
from app.dto import AttendeeSide, FollowupStatus, InspectionStatus

FORMAT = "tocongtac/1"
_Model = StrictModel


class Organization(_Model):
    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    short_name: str = ""
    abbreviation: str = ""
    level: str = ""
    type: str = ""
    parent_code: str = ""
    valid_from: IsoDate | None = None
    valid_to: IsoDate | None = None


class Attendee(_Model):
    side: SideValue = AttendeeSide.DON_VI.value
    person_name: str = ""
    person_title: str = ""
    group_text: str = ""
    role: str = ""


class Task(_Model):
    content: str
    source_doc: str = ""
    assigned_by: str = ""
    deadline: IsoDate | None = None
    deadline_text: str = ""
    completed_on: IsoDate | None = None
    result: str = ""
    note: str = ""
    status_override: TaskStatusValue | None = None
    override_reason: str = ""


class Indicator(_Model):
    name: str
    unit: str = ""
    target: DecimalText | None = None
    actual: DecimalText | None = None
    qualifier: str = ""
    stated_percent: DecimalText | None = None
    basis: str = ""
    as_of: IsoDate | None = None
    note: str = ""


class Entry(_Model):
    section: SectionValue
    text: str
    addressee: str = ""
    criterion_code: str = ""
    criterion_title: str = ""
    context: str = ""
    deadline: IsoDate | None = None
    deadline_text: str = ""
    followup_status: FollowupValue = FollowupStatus.NONE.value
    followup_note: str = ""
    response: str = ""
    response_type: str = ""
    source: str = ""


class Notice(_Model):
    doc_type: str = "TB"
    issuer_code: str = "TCT"
    organ_parent: str = ""
    organ_issuing: str = ""
    number: NoticeNumber = ""
    place: str = ""
    date: IsoDate | None = None
    draft_month: Annotated[int, Field(ge=1, le=12)] | None = None
    title: str = ""
    issued: bool = False
    opening: str = ""
    recommendations_intro: str = ""
    closing: str = ""
    authority_lines: Lines = []
    signer_capacity: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: Recipients = []
    attachments: Lines = []


class Inspection(_Model):
    uuid: UuidText
    kind: KindValue
    unit_code: str = ""
    unit_name: str
    date: IsoDate | None = None
    part_of_day: str = ""
    place: str = ""
    year: Year | None = None
    period_label: str = ""
    cutoff_date: IsoDate | None = None
    legal_basis: str = ""
    subject: str = ""
    unit_report: str = ""
    chair_name: str = ""
    chair_title: str = ""
    scopes: Lines = []
    status: StatusValue = InspectionStatus.CHUAN_BI.value
    attendees: Items[Attendee] = []
    tasks: Items[Task] = []
    indicators: Items[Indicator] = []
    entries: Items[Entry] = []
    notice: Notice = Field(default_factory=Notice)


class DataFile(_Model):
    """The whole file: the organizations the inspections use travel with them."""

    format: Literal["tocongtac/1"]
    organizations: Many[Organization] = []
    inspections: Many[Inspection]


def json_schema() -> dict:
    """The JSON Schema shipped in resources/schema/, generated from the models above.

    A test fails when the committed file drifts from the models; regenerate it with
    `python -m app.datafile.jsonschema`.
    """
    return schema_document(DataFile, FORMAT)
