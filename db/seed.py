"""What a new database starts with: the issuing body's profile (one row, id 1).

Migration 0005 writes this row, so reading the profile never has to create it; app.dto takes
its defaults from here. Edited in the app (Danh mục), never hard-coded in the exporters.
"""

from __future__ import annotations

from typing import Any

PROFILE_ID = 1
ISSUER_CODE = "TCT"  # the register code of the group's notices: …/TB-TCT
GROUP_NAME = "Tổ công tác của Chủ tịch UBND tỉnh"

PROFILE: dict[str, Any] = {
    "parent_organ": "UBND TỈNH LẠNG SƠN",
    "issuing_organ": "TỔ CÔNG TÁC",
    "group_name": GROUP_NAME,
    "place_name": "Lạng Sơn",
    "issuer_code": ISSUER_CODE,
    "default_recipients": [
        "Chủ tịch, các PCT UBND tỉnh (BC);",
        "Thanh tra tỉnh;",
        "C, PVP UBND tỉnh, các phòng CM;",
        "Lưu: VT, TH.",
    ],
    "signature_presets": [
        {
            "label": "Tổ trưởng",
            "authority_lines": [],
            "capacity": "TỔ TRƯỞNG",
            "title": "CHÁNH VĂN PHÒNG UBND TỈNH",
        },
        {
            "label": "TL. Chủ tịch",
            "authority_lines": ["TL. CHỦ TỊCH"],
            "capacity": "CHÁNH VĂN PHÒNG",
            "title": "",
        },
        {
            "label": "TL. + KT.",
            "authority_lines": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"],
            "capacity": "PHÓ CHÁNH VĂN PHÒNG",
            "title": "",
        },
    ],
}

# Added with the issuing body (migration 0007): how the generated sentences name the profile's
# body, and whose tasks and conclusions it checks. Kept out of PROFILE, which migration 0005
# writes as the table stood then.
VOICE = "Tổ Công tác"
AUTHORITY = "UBND tỉnh"

WORKING_GROUP_CODE = ISSUER_CODE
