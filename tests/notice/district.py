"""A test notice shaped like a district's meeting conclusion (fictional): two levels of agency
headings, lettered points under each sub-heading, dash items under another heading, a lone item,
bold and italic spans, a criterion label in italics, a paragraph that ends the assessment and
introduces the recommendations, an attachment line, and a district issuing body signing
TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG. EXPECTED is what it must print, paragraph by paragraph."""

from __future__ import annotations

import datetime as dt

from app import dto
from app.notice.issuer import body_of_organization

UNIT = "Ban Chỉ đạo cải cách hành chính huyện Khe Đá"
KHE_DA = dto.OrganizationData(
    code="ORG-KHEDA", name="UBND huyện Khe Đá", short_name="Khe Đá", level="huyen", type="ubnd"
)
P, PT, D, H = (
    dto.EntryKind.PARAGRAPH,
    dto.EntryKind.POINT,
    dto.EntryKind.DASH,
    dto.EntryKind.HEADING,
)
A, L, R = dto.Section.ASSESSMENT, dto.Section.LIMITATION, dto.Section.RECOMMENDATION

# (section, kind, level, text, addressee, extra fields)
ENTRIES = [
    (
        A,
        "",
        0,
        "Chín tháng năm 2024, chỉ số cải cách hành chính của huyện được **cải thiện "
        "rõ rệt**; *Bộ phận Một cửa* hoạt động nền nếp.",
        "",
        {},
    ),
    (
        L,
        "",
        0,
        "Tuy nhiên, một số cơ quan chưa hoàn thành chỉ tiêu số hóa hồ sơ. Để khắc phục "
        "những hạn chế trên, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện tốt một số nội "
        "dung sau:",
        "",
        {},
    ),
    (R, H, 1, "Các cơ quan chuyên môn thuộc UBND huyện", "", {}),
    (R, H, 2, "Phòng Nội vụ", "Phòng Nội vụ huyện Khe Đá", {}),
    (
        R,
        PT,
        0,
        "tham mưu xây dựng ít nhất 01 sáng kiến cải cách hành chính;",
        "",
        {
            "criterion_label": "*Đối với tiêu chí 1.5,*",
            "criterion_code": "1.5",
            "deadline_text": "chậm nhất ngày 04/10/2024",
        },
    ),
    (
        R,
        PT,
        0,
        "Hướng dẫn các xã, thị trấn tự đánh giá **đúng quy định**.",
        "",
        {"criterion_label": "*Tiêu chí thành phần 6.1.1:*", "criterion_code": "6.1.1"},
    ),
    (R, PT, 0, "Tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/10/2024", "", {}),
    (R, H, 2, "Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện Khe Đá", {}),
    (
        R,
        PT,
        0,
        "Cập nhật đầy đủ hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính",
        "",
        {},
    ),
    (R, PT, 0, "Theo dõi, đôn đốc việc thực hiện kết luận này", "", {}),
    (R, H, 1, "UBND các xã, thị trấn", "UBND các xã, thị trấn", {}),
    (R, D, 0, "Rà soát, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.", "", {}),
    (R, D, 0, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt *ít nhất 80%*", "", {}),
    (R, H, 1, "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "", {}),
    (
        R,
        PT,
        0,
        "Tuyên truyền kết quả cải cách hành chính trên Cổng thông tin điện tử huyện.",
        "",
        {},
    ),
]

OPENING = (
    "Chiều 26/9/2024, đồng chí Nông Văn Bình, Chủ tịch UBND huyện, Trưởng ban Chỉ đạo cải cách "
    "hành chính huyện đã chủ trì cuộc họp đánh giá các chỉ số cải cách hành chính 9 tháng, "
    "triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024. Tham dự cuộc họp có các thành viên "
    "Ban Chỉ đạo cải cách hành chính huyện và đại diện lãnh đạo UBND các xã, thị trấn.",
    "Sau khi nghe Phòng Nội vụ báo cáo, ý kiến tham gia của các thành viên dự họp, đồng chí "
    "Nông Văn Bình, Chủ tịch UBND huyện, Trưởng ban Chỉ đạo cải cách hành chính huyện kết luận "
    "như sau:",
)
# (label, text) of every body paragraph, as printed.
EXPECTED = [
    ("", OPENING[0]),
    ("", OPENING[1]),
    ("", ENTRIES[0][3].replace("**", "").replace("*", "")),
    ("", ENTRIES[1][3]),
    ("1.", "Các cơ quan chuyên môn thuộc UBND huyện"),
    ("1.1.", "Phòng Nội vụ"),
    (
        "a)",
        "Đối với tiêu chí 1.5, tham mưu xây dựng ít nhất 01 sáng kiến cải cách hành chính. "
        "Thời hạn hoàn thành: chậm nhất ngày 04/10/2024;",
    ),
    ("b)", "Tiêu chí thành phần 6.1.1: Hướng dẫn các xã, thị trấn tự đánh giá đúng quy định;"),
    ("c)", "Tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/10/2024."),
    ("1.2.", "Văn phòng HĐND và UBND huyện"),
    ("a)", "Cập nhật đầy đủ hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính;"),
    ("b)", "Theo dõi, đôn đốc việc thực hiện kết luận này."),
    ("2.", "UBND các xã, thị trấn"),
    ("-", "Rà soát, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa."),
    ("-", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt ít nhất 80%."),
    ("3.", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"),
    ("", "Tuyên truyền kết quả cải cách hành chính trên Cổng thông tin điện tử huyện."),
    (
        "",
        "(Gửi kèm Bảng tổng hợp chỉ số cải cách hành chính 9 tháng năm 2024 của các cơ quan, "
        "đơn vị)",
    ),
    (
        "",
        "UBND huyện Khe Đá thông báo để Ban Chỉ đạo cải cách hành chính huyện Khe Đá và các cơ "
        "quan, đơn vị liên quan biết, thực hiện./.",
    ),
]
BOLD = ["cải thiện rõ rệt", "đúng quy định"]
ITALIC = ["Bộ phận Một cửa", "Đối với tiêu chí 1.5,", "Tiêu chí thành phần 6.1.1:", "ít nhất 80%"]
SIGNATURE = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lục Văn Tài"]
RECIPIENTS = [
    "Thường trực Huyện ủy;",
    "Thường trực HĐND huyện;",
    "Chủ tịch, các PCT UBND huyện;",
    "Các thành viên Ban Chỉ đạo CCHC huyện;",
    "UBND các xã, thị trấn;",
    "Lưu: VT, NV.",
]
TITLE = (
    "Kết luận của đồng chí Nông Văn Bình, Chủ tịch UBND huyện, Trưởng ban Chỉ đạo cải cách hành "
    "chính huyện tại cuộc họp đánh giá các chỉ số cải cách hành chính 9 tháng, triển khai nhiệm "
    "vụ trọng tâm 3 tháng cuối năm 2024"
)


SUBJECT = (
    "đánh giá các chỉ số cải cách hành chính 9 tháng, triển khai nhiệm vụ trọng tâm 3 tháng cuối "
    "năm 2024"
)
CHAIR_TITLE = "Chủ tịch UBND huyện, Trưởng ban Chỉ đạo cải cách hành chính huyện"
ATTENDEES = (
    "các thành viên Ban Chỉ đạo cải cách hành chính huyện và đại diện lãnh đạo UBND các xã, "
    "thị trấn"
)
ATTACHMENT = "Bảng tổng hợp chỉ số cải cách hành chính 9 tháng năm 2024 của các cơ quan, đơn vị"


def entries() -> list[dto.EntryData]:
    return [
        dto.EntryData(section=s, kind=k, level=lv, text=t, addressee=a, **extra)
        for s, k, lv, t, a, extra in ENTRIES
    ]


def inspection(profile: dto.ProfileData) -> dto.InspectionData:
    """The test notice, issued as number 12 on 30/9/2024 by UBND huyện Khe Đá."""
    insp = dto.InspectionData(
        uuid="7d9a3c2e-1f4b-4e8a-9c0d-5b6a7e8f9a01",
        kind=dto.Kind.HOP,
        unit_name=UNIT,
        date=dt.date(2024, 9, 26),
        part_of_day="chieu",
        year=2024,
        subject=SUBJECT,
        unit_report="Phòng Nội vụ báo cáo",
        chair_name="Nông Văn Bình",
        chair_title=CHAIR_TITLE,
        attendees=[dto.AttendeeData(side=dto.AttendeeSide.KHAC, group_text=ATTENDEES)],
        entries=entries(),
    )
    notice = insp.notice
    for name, value in body_of_organization(KHE_DA, None, profile).notice_fields().items():
        setattr(notice, name, value)
    notice.doc_type = "TB"
    notice.number, notice.date, notice.issued = "12", dt.date(2024, 9, 30), True
    notice.authority_lines = ["TL. CHỦ TỊCH"]
    notice.signer_capacity = "CHÁNH VĂN PHÒNG"
    notice.signer_name = "Lục Văn Tài"
    notice.recipients = list(RECIPIENTS)
    notice.attachments = [ATTACHMENT]
    return insp
