"""`list` and `issue`."""

from __future__ import annotations

import argparse
import datetime as dt

from app.domain.dates import parse_date
from app.domain.register import parse_number
from app.services.bundle import Services


def run_list(args: argparse.Namespace, services: Services) -> int:
    for row in services.inspections.list_rows(year=args.year):
        date_text = row.date.strftime("%d/%m/%Y") if row.date else "-"
        print(
            "\t".join(
                [
                    str(row.id),
                    date_text,
                    row.kind.label,
                    row.unit_name,
                    row.status.label,
                    row.notice_number or "-",
                ]
            )
        )
    return 0


def run_issue(args: argparse.Namespace, services: Services) -> int:
    date = parse_date(args.date) if args.date else dt.date.today()
    number = parse_number(args.number) if args.number is not None else None
    row = services.register.issue(args.id, number=number, date=date)
    print(row.notice_number)
    return 0
