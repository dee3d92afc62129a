"""Generator of large synthetic databases, so anyone can repeat the benchmark numbers.

python -m bench.synthetic --db /tmp/big.sqlite --inspections 300 --tasks 40
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from app import dto
from app.database import open_database
from app.services.bundle import Services

UNITS = [
    ("UBND huyện Mây Xanh", "huyen"),
    ("UBND huyện Khe Đá", "huyen"),
    ("UBND thành phố Đồi Thông", "huyen"),
    ("Sở Tài chính", "tinh"),
    ("Sở Nội vụ", "tinh"),
    ("UBND xã Nà Mây", "xa"),
]


def synthetic_inspection(
    services: Services, index: int, tasks: int, entries: int, year: int = 2024, seed: int = 0
) -> dto.InspectionData:
    """One inspection with *tasks* tasks and *entries* body entries, deterministic per index."""
    rng = random.Random(seed * 100_003 + index)
    unit, _level = UNITS[index % len(UNITS)]
    unit = f"{unit} {index // len(UNITS) + 1}" if index >= len(UNITS) else unit
    session = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(330))
    data = services.inspections.new(
        unit_name=unit,
        date=session,
        cutoff_date=session - dt.timedelta(days=4),
        place=f"Hội trường {unit}",
        year=year,
        period_label=f"{session.month} tháng đầu năm {year}",
        chair_name="Lương Đức An",
        chair_title="Chánh Văn phòng UBND tỉnh, Tổ trưởng Tổ công tác",
    )
    for t in range(tasks):
        deadline = session - dt.timedelta(days=rng.randrange(-60, 200))
        done = rng.random() < 0.8
        completed = deadline + dt.timedelta(days=rng.randrange(-20, 8)) if done else None
        data.tasks.append(
            dto.TaskData(
                content=f"Nhiệm vụ số {t + 1}: triển khai kế hoạch thực hiện chỉ đạo của UBND tỉnh "
                f"về cải cách hành chính, giải ngân vốn đầu tư công và giải phóng mặt bằng",
                source_doc=f"{rng.randrange(1, 900)}/UBND-KT ngày {deadline:%d/%m/%Y}",
                assigned_by=rng.choice(
                    ["UBND tỉnh", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"]
                ),
                deadline=deadline if rng.random() > 0.05 else None,
                completed_on=min(completed, session) if completed else None,
            )
        )
    data.indicators = [
        dto.IndicatorData(
            name="Thu ngân sách nhà nước trên địa bàn",
            unit="tỷ đồng",
            target=Decimal("152.5"),
            actual=Decimal(rng.randrange(500, 1600)) / 10,
        )
    ]
    sections = [
        dto.Section.ASSESSMENT,
        dto.Section.LIMITATION,
        dto.Section.RECOMMENDATION,
        dto.Section.PROPOSAL,
    ]
    for e in range(entries):
        section = sections[e % len(sections)]
        data.entries.append(
            dto.EntryData(
                section=section,
                text=f"Nội dung số {e + 1}: công tác tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh "
                f"còn có việc chưa được kịp thời, chất lượng chưa cao; tỷ lệ giải ngân đạt "
                f"{rng.randrange(10, 99)},{rng.randrange(10, 99)}% kế hoạch vốn được giao",
                response="Tổ công tác tiếp thu và sẽ báo cáo UBND tỉnh xem xét, giải quyết."
                if section == dto.Section.PROPOSAL
                else "",
            )
        )
    data.notice.title = (
        f"Kết luận kiểm tra thực hiện nhiệm vụ, kết luận, chỉ đạo của UBND tỉnh, Chủ tịch, các "
        f"Phó Chủ tịch UBND tỉnh giao năm {year} tại {unit}"
    )
    data.notice.signer_capacity = "TỔ TRƯỞNG"
    data.notice.signer_title = "CHÁNH VĂN PHÒNG UBND TỈNH"
    data.notice.signer_name = "Lương Đức An"
    return data


def generate(
    path: Path, inspections: int, tasks: int, entries: int = 20, year: int = 2024
) -> Services:
    """A database at *path* holding *inspections* synthetic inspections (appended if it exists)."""
    services = Services(open_database(path))
    for index in range(inspections):
        services.inspections.save(synthetic_inspection(services, index, tasks, entries, year))
    return services


def main() -> None:
    parser = argparse.ArgumentParser(description="Tạo cơ sở dữ liệu tổng hợp lớn để đo hiệu năng")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--inspections", type=int, default=300)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    services = generate(args.db, args.inspections, args.tasks, args.entries, args.year)
    services.db.close()
    print(f"{args.inspections} cuộc kiểm tra × {args.tasks} nhiệm vụ → {args.db}")


if __name__ == "__main__":
    main()
