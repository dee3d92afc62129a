"""Small valid data files for the tests of the reader, the writer and the command line."""

from __future__ import annotations

import copy
import json
from typing import Any

MINIMAL_INSPECTION: dict[str, Any] = {
    "uuid": "3f0c8f9e-2b1d-4c55-9a57-0d2a8d0c1e01",
    "kind": "kiem_tra",
    "unit_code": "ORG-KHEDA",
    "unit_name": "UBND huyện Khe Đá",
    "date": "2024-11-14",
    "year": 2024,
    "cutoff_date": "2024-11-11",
    "status": "da_ban_hanh",
    "tasks": [
        {
            "content": "Triển khai kế hoạch thu ngân sách",
            "deadline": "2024-02-15",
            "completed_on": "2024-02-10",
        },
        {"content": "Kiểm tra khai thác khoáng sản", "deadline_text": "thường xuyên"},
    ],
    "indicators": [
        {
            "name": "Thu ngân sách nhà nước",
            "unit": "tỷ đồng",
            "target": "58.2",
            "actual": "65.4",
            "stated_percent": "112.37",
        },
    ],
    "entries": [
        {"section": "limitation", "text": "Giải ngân vốn đầu tư công chưa kịp thời."},
        {"section": "recommendation", "text": "Tiếp tục chỉ đạo quyết liệt việc giải ngân"},
    ],
    "notice": {
        "number": "57",
        "date": "2024-11-15",
        "issued": True,
        "recipients": ["Thanh tra tỉnh;", "Lưu: VT, TH."],
    },
}

MINIMAL_FILE: dict[str, Any] = {
    "format": "tocongtac/1",
    "organizations": [
        {
            "code": "ORG-KHEDA",
            "name": "UBND huyện Khe Đá",
            "short_name": "Khe Đá",
            "level": "huyen",
            "type": "ubnd",
        },
    ],
    "inspections": [MINIMAL_INSPECTION],
}


def minimal_file(**changes: Any) -> dict[str, Any]:
    """A deep copy of MINIMAL_FILE with top-level keys replaced."""
    data = copy.deepcopy(MINIMAL_FILE)
    data.update(changes)
    return data


def as_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
