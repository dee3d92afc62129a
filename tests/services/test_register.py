"""The number register: next number per year and code, numbers never used twice."""

import datetime as dt

import pytest

from app import dto
from app.domain.errors import InputError


def _new(services, unit="UBND huyện Khe Đá", kind=dto.Kind.KIEM_TRA) -> int:
    data = services.inspections.new(unit_name=unit, date=dt.date(2024, 11, 14), kind=kind)
    return services.inspections.save(data).id


def test_issue_takes_the_next_number_of_the_year(services):
    first, second = _new(services), _new(services)
    assert services.register.issue(first, date=dt.date(2024, 11, 15)).notice_number == "01/TB-TCT"
    assert services.register.next_number(2024) == 2
    row = services.register.issue(second, date=dt.date(2024, 11, 16))
    assert row.notice_number == "02/TB-TCT"
    assert row.status == dto.InspectionStatus.DA_BAN_HANH
    assert services.register.next_number(2025) == 1


def test_a_typed_number_is_recorded_and_cannot_be_used_twice(services):
    first, second = _new(services), _new(services)
    services.register.issue(first, number=57, date=dt.date(2024, 11, 15))
    assert services.register.next_number(2024) == 58
    with pytest.raises(InputError) as info:
        services.register.issue(second, number=57, date=dt.date(2024, 12, 1))
    assert "đã được dùng" in info.value.message
    assert services.inspections.get(second).notice.issued is False


def test_issuing_twice_is_refused(services):
    first = _new(services)
    services.register.issue(first, number=3, date=dt.date(2024, 1, 5))
    with pytest.raises(InputError):
        services.register.issue(first, number=4, date=dt.date(2024, 1, 6))


def test_a_supervision_has_no_notice_to_issue(services):
    gs = _new(services, kind=dto.Kind.GIAM_SAT)
    with pytest.raises(InputError):
        services.register.issue(gs)


def test_a_task_deadline_that_does_not_read_holds_the_notice_back(services):
    """Its task is left out of "33/34" until fixed, so an issued notice would state wrong
    figures for good: issuing waits for the date to be corrected."""
    data = services.inspections.new(unit_name="UBND huyện Khe Đá", date=dt.date(2024, 11, 14))
    data.tasks = [
        dto.TaskData(content="Báo cáo quý", deadline=dt.date(2024, 6, 30)),
        dto.TaskData(content="Rà soát", deadline_text="31/02/2024"),
    ]
    inspection_id = services.inspections.save(data).id
    with pytest.raises(InputError) as info:
        services.register.issue(inspection_id, date=dt.date(2024, 11, 15))
    assert "Nhiệm vụ thứ 2" in info.value.message and "31/02/2024" in info.value.message
    assert services.register.next_number(2024) == 1
    fixed = services.inspections.get(inspection_id)
    fixed.tasks[1].deadline, fixed.tasks[1].deadline_text = dt.date(2024, 2, 28), ""
    services.inspections.save(fixed)
    assert services.register.issue(inspection_id, date=dt.date(2024, 11, 15)).notice_number
