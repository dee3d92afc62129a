"""`tables` and `summary`: the Excel workbooks on the command line."""

from __future__ import annotations

import argparse

from app.services.bundle import Services


def run_tables(args: argparse.Namespace, services: Services) -> int:
    path = services.exports.tables_job(args.id, args.output).run()
    print(f"Đã ghi các bảng phụ lục của cuộc kiểm tra {args.id} ra tệp «{path}».")
    return 0


def run_summary(args: argparse.Namespace, services: Services) -> int:
    path = services.exports.summary_job(args.year, args.output).run()
    print(f"Đã ghi bảng tổng hợp năm {args.year} ra tệp «{path}».")
    return 0
