"""The bulk loader of the year summary gives what the inspection service gives, in one go."""

import pytest
from sqlalchemy import event

from app import dto
from app.domain.errors import InputError
from app.services.reports import ReportService


def test_summary_inputs_match_the_inspection_service(fictional_db, services):
    inputs = ReportService(services.db.sessions).summary_inputs(2024)
    assert inputs.year == 2024
    assert [i.unit_name for i in inputs.inspections] == [
        "UBND huyện Mây Xanh", "UBND thành phố Đồi Thông", "UBND huyện Khe Đá",
    ]  # fmt: skip
    for loaded in inputs.inspections:
        full = services.inspections.get(loaded.id)
        wanted = (dto.Section.RECOMMENDATION, dto.Section.PROPOSAL)
        full.entries = [e for e in full.entries if e.section in wanted]
        full.attendees, full.indicators, full.notice.recipients = [], [], []
        assert loaded == full
        assert loaded.tasks and loaded.entries and loaded.notice.number
    orgs = {o.code: o for o in inputs.organizations}
    assert orgs["ORG-DOITHONG-VP"].parent_code == "ORG-DOITHONG"
    assert orgs["ORG-KHEDA"].short_name == "Khe Đá" and orgs["ORG-KHEDA"].level == "huyen"
    assert inputs.profile == services.profile.get()


def test_a_constant_number_of_queries(fictional_db, services):
    statements = []
    engine = services.db.engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        ReportService(services.db.sessions).summary_inputs(2024)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6  # not one query per inspection


def test_trash_other_kinds_and_other_years_are_left_out(fictional_db, services):
    services.inspections.delete(fictional_db["ORG-KHEDA"])
    meeting = services.inspections.get(fictional_db["ORG-MAYXANH"])
    meeting.id, meeting.uuid, meeting.kind = None, "hop-1", dto.Kind.HOP
    for item in (*meeting.tasks, *meeting.entries, *meeting.indicators, *meeting.attendees):
        item.id = None
    services.inspections.create(meeting)
    inputs = ReportService(services.db.sessions).summary_inputs(2024)
    assert sorted(i.unit_code for i in inputs.inspections) == ["ORG-DOITHONG", "ORG-MAYXANH"]
    with pytest.raises(InputError, match="2023"):
        ReportService(services.db.sessions).summary_inputs(2023)
