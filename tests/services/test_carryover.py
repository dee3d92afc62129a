"""Carry-over: a new inspection from the unit's previous one, with follow-up items."""

import datetime as dt

from app import dto


def _previous(services) -> int:
    data = services.inspections.new(
        unit_name="UBND thành phố Đồi Thông",
        date=dt.date(2023, 9, 13),
        place="Trung tâm Hội nghị thành phố Đồi Thông",
        chair_name="Lương Đức An",
    )
    data.attendees = [dto.AttendeeData(side="don_vi", person_name="Chu Minh Khôi")]
    data.entries = [
        dto.EntryData(section="limitation", text="Số hóa hồ sơ còn chậm"),
        dto.EntryData(section="recommendation", text="Đẩy nhanh tiến độ số hóa hồ sơ"),
        dto.EntryData(
            section="recommendation",
            text="Giải quyết dứt điểm 03 vụ việc khiếu nại kéo dài",
            addressee="Thanh tra thành phố",
            deadline_text="trước ngày 31/12/2023",
        ),
    ]
    data.notice.recipients = ["UBND thành phố Đồi Thông;", "Lưu: VT, TH."]
    data.notice.signer_capacity = "TỔ TRƯỞNG"
    data.notice.signer_name = "Lương Đức An"
    services.inspections.save(data)
    services.register.issue(data.id, number=35, date=dt.date(2023, 9, 14))
    return data.id


def test_new_from_previous_carries_unit_people_recipients_and_signature(services):
    previous_id = _previous(services)
    new, _row = services.carryover.new_from_previous(previous_id, date=dt.date(2024, 10, 8))
    assert new.id != previous_id
    assert new.unit_name == "UBND thành phố Đồi Thông"
    assert new.place == "Trung tâm Hội nghị thành phố Đồi Thông"
    assert [a.person_name for a in new.attendees] == ["Chu Minh Khôi"]
    assert new.notice.recipients == ["UBND thành phố Đồi Thông;", "Lưu: VT, TH."]
    assert new.notice.signer_name == "Lương Đức An"
    assert new.notice.issued is False and new.notice.number == ""
    assert new.status == dto.InspectionStatus.CHUAN_BI


def test_last_recommendations_become_followup_items(services):
    previous_id = _previous(services)
    new, _row = services.carryover.new_from_previous(previous_id, date=dt.date(2024, 10, 8))
    stored = services.inspections.get(new.id)
    followups = stored.section(dto.Section.FOLLOWUP)
    assert [f.text for f in followups] == [
        "Đẩy nhanh tiến độ số hóa hồ sơ",
        "Giải quyết dứt điểm 03 vụ việc khiếu nại kéo dài",
    ]
    assert {f.source for f in followups} == {"35/TB-TCT ngày 14/9/2023"}
    assert followups[1].addressee == "Thanh tra thành phố"
    assert all(f.followup_status == dto.FollowupStatus.NONE for f in followups)
    assert stored.section(dto.Section.LIMITATION) == []
    followups[0].followup_status = dto.FollowupStatus.DA_THUC_HIEN
    services.inspections.save(stored)
    again = services.inspections.get(new.id).section(dto.Section.FOLLOWUP)
    assert again[0].followup_status == dto.FollowupStatus.DA_THUC_HIEN
    assert services.carryover.previous_of(new.id) == previous_id


def test_followups_take_the_agency_of_their_heading_and_leave_headings_out(services):
    data = services.inspections.new(unit_name="UBND huyện Khe Đá", date=dt.date(2023, 5, 4))
    data.entries = [
        dto.EntryData(section="recommendation", kind="heading", level=2, text="Phòng Nội vụ",
                      addressee="Phòng Nội vụ huyện"),
        dto.EntryData(section="recommendation", text="Rà soát **biên chế**"),
    ]  # fmt: skip
    services.inspections.save(data)
    new, _row = services.carryover.new_from_previous(data.id, date=dt.date(2024, 5, 4))
    (followup,) = services.inspections.get(new.id).section(dto.Section.FOLLOWUP)
    assert (followup.text, followup.addressee) == ("Rà soát **biên chế**", "Phòng Nội vụ huyện")
