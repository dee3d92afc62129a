"""`conflicts` and `resolve`: what a merge did not take, listed and settled."""

from __future__ import annotations

import argparse

from app.services.bundle import Services
from app.sync.merge import LOCAL, OTHER
from app.sync.report import shown


def run_conflicts(args: argparse.Namespace, services: Services) -> int:
    """One line per conflict, tab-separated: conflict id, inspection id, inspection, what,
    the value in use, the value not taken."""
    for item in services.sync.conflicts(args.id):
        c = item.conflict
        fields = [item.id, item.inspection_id, item.inspection_label, c.label]
        if c.key.startswith("order:"):
            fields += ["(thứ tự đang dùng)", "(thứ tự của máy kia)"]
        else:
            fields += [shown(c.local), shown(c.other)]
        print("\t".join(str(f).replace("\t", " ") for f in fields))
    return 0


def run_resolve(args: argparse.Namespace, services: Services) -> int:
    services.sync.settle(args.conflict, OTHER if args.take_other else LOCAL)
    done = "lấy bản chưa lấy" if args.take_other else "giữ bản đang dùng"
    print(f"Đã xử lý xung đột {args.conflict}: {done}.")
    return 0
