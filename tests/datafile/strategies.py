"""Hypothesis strategies for whole data files (organizations and inspections)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from app import dto
from app.datafile import DataFileContent
from app.domain.tasks import TaskStatus

# NFC-stable text: precomposed Vietnamese letters, ASCII, punctuation, line breaks, quotes.
ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "0123456789 .,;:/-()%&<>=+@\"'“”…\n\t"
)
text = st.text(alphabet=ALPHABET, max_size=25)
words = st.text(alphabet=ALPHABET, min_size=1, max_size=15)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
maybe_date = st.none() | dates
# The database keeps numbers as exact text: every digit up to the 30 allowed must survive.
decimals = st.none() | st.decimals(
    min_value=-(10**20) + 1, max_value=10**20 - 1, places=9, allow_nan=False,
    allow_infinity=False,
)  # fmt: skip
# Entry text is markup: stars and backslashes, escaped or not, must come back as they were.
markup = st.text(alphabet=ALPHABET + "*\\", max_size=25)


_digits = st.text(alphabet="0123456789", min_size=1, max_size=10)


def _values(enum) -> st.SearchStrategy[str]:
    return st.sampled_from([e.value for e in enum])


attendees = st.builds(
    dto.AttendeeData,
    side=_values(dto.AttendeeSide),
    person_name=text,
    person_title=text,
    group_text=text,
    role=text,
)
tasks = st.builds(
    dto.TaskData,
    content=text,
    source_doc=text,
    assigned_by=text,
    deadline=maybe_date,
    deadline_text=text,
    completed_on=maybe_date,
    result=text,
    note=text,
    status_override=st.none() | _values(TaskStatus),
    override_reason=text,
)
indicators = st.builds(
    dto.IndicatorData,
    name=text,
    unit=text,
    target=decimals,
    actual=decimals,
    qualifier=text,
    stated_percent=decimals,
    basis=text,
    as_of=maybe_date,
    note=text,
)
entries = st.builds(
    dto.EntryData,
    section=_values(dto.Section),
    text=markup,
    addressee=text,
    criterion_code=text,
    criterion_title=text,
    context=markup,
    deadline=maybe_date,
    deadline_text=text,
    followup_status=_values(dto.FollowupStatus),
    followup_note=text,
    response=markup,
    response_type=text,
    source=text,
    kind=_values(dto.EntryKind),
    level=st.integers(0, 3),
    numbered=st.booleans(),
    criterion_label=markup,
)


def notices(number: int) -> st.SearchStrategy[dto.NoticeData]:
    """A notice; an issued one has a number of its own (the register refuses a number twice)."""
    issued = st.booleans()
    return issued.flatmap(
        lambda is_issued: st.builds(
            dto.NoticeData,
            doc_type=st.sampled_from(["TB", "KL"]),
            issuer_code=st.sampled_from(["TCT", "UBND"]),
            organ_parent=text,
            organ_issuing=text,
            number=st.just(str(number)) if is_issued else st.just("") | _digits,
            place=text,
            date=dates if is_issued else maybe_date,
            draft_month=st.none() | st.integers(1, 12),
            title=text,
            issued=st.just(is_issued),
            for_signature=st.booleans(),
            issuing_body=text,
            issuer_name=text,
            issuer_voice=text,
            authority=text,
            opening=text,
            recommendations_intro=text,
            closing=text,
            authority_lines=st.lists(text, max_size=2),
            signer_capacity=text,
            signer_title=text,
            signer_name=text,
            recipients=st.lists(text, max_size=3),
            attachments=st.lists(text, max_size=2),
        )
    )


@st.composite
def organizations(draw) -> list[dto.OrganizationData]:
    codes = draw(st.lists(words, max_size=4, unique=True))
    result = []
    for index, code in enumerate(codes):
        parent = draw(st.sampled_from(["", *codes[:index]]))
        result.append(
            dto.OrganizationData(
                code=code,
                name=draw(words),
                short_name=draw(text),
                abbreviation=draw(text),
                level=draw(text),
                type=draw(text),
                parent_code=parent,
                valid_from=draw(maybe_date),
                valid_to=draw(maybe_date),
            )
        )
    return result


@st.composite
def contents(draw) -> DataFileContent:
    orgs = draw(organizations())
    uuids = draw(st.lists(st.uuids().map(str), min_size=1, max_size=3, unique=True))
    inspections = []
    for index, uuid in enumerate(uuids):
        inspections.append(
            dto.InspectionData(
                uuid=uuid,
                kind=draw(_values(dto.Kind)),
                unit_code=draw(st.sampled_from(["", *(o.code for o in orgs)])),
                unit_name=draw(text),
                date=draw(maybe_date),
                part_of_day=draw(st.sampled_from(["", "sang", "chieu"])),
                place=draw(text),
                year=draw(st.none() | st.integers(1990, 2100)),
                period_label=draw(text),
                cutoff_date=draw(maybe_date),
                legal_basis=draw(text),
                subject=draw(text),
                unit_report=draw(text),
                chair_name=draw(text),
                chair_title=draw(text),
                scopes=draw(st.lists(text, max_size=2)),
                status=draw(_values(dto.InspectionStatus)),
                attendees=draw(st.lists(attendees, max_size=2)),
                tasks=draw(st.lists(tasks, max_size=3)),
                indicators=draw(st.lists(indicators, max_size=2)),
                entries=draw(st.lists(entries, max_size=4)),
                notice=draw(notices(index + 1)),
            )
        )
    return DataFileContent(organizations=orgs, inspections=inspections)
