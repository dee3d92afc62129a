"""`notice`: the conclusion notice of one inspection, or of several into a folder.

    notice ID -o FILE.pdf|FILE.docx [--draft]            one file, named as the user says
    notice ID… -o DIR [--format pdf,docx] [--draft]      one file per inspection and format,
    notice --year Y -o DIR [--format …] [--draft]        named as the save dialog proposes

A batch skips what has no notice (a giám sát session) or cannot be written, with one line each
on stderr, writes the others and exits 2 if anything was skipped (app.services.notice_batch).

Imports only what the notice needs: ReportLab for a PDF, python-docx for a DOCX, never openpyxl
or Qt (app.services.exports imports the writers when it writes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.errors import InputError
from app.domain.text import one_line
from app.notice.builder import has_notice
from app.services.bundle import Services
from app.services.notice_batch import NoticeBatch, check_folder, parse_formats


def run_notice(args: argparse.Namespace, services: Services) -> int:
    if _one_file(args):
        job = services.exports.notice_job(args.ids[0], args.output, draft=args.draft)
        path = job.run()
        print(f"Đã xuất {job.description} ra tệp «{path}».")
        return 0
    return _run_batch(args, services)


def _one_file(args: argparse.Namespace) -> bool:
    """`notice ID -o FILE`: one id and a target that is not a folder (today's form)."""
    return (
        len(args.ids) == 1
        and args.year is None
        and args.format is None
        and not Path(args.output).is_dir()
    )


def _run_batch(args: argparse.Namespace, services: Services) -> int:
    if args.ids and args.year is not None:
        raise InputError("Chỉ ghi mã số cuộc kiểm tra hoặc --year, không ghi cả hai.", field="ids")
    if not args.ids and args.year is None:
        raise InputError("Cần ghi mã số cuộc kiểm tra cần xuất, hoặc --year NĂM.", field="ids")
    kinds = parse_formats(args.format) if args.format is not None else ("notice-pdf",)
    folder = check_folder(args.output)
    inspections = services.inspections
    if args.year is not None:
        # The year's notices: its giám sát sessions have none, and are not asked for.
        rows = inspections.list_rows(year=args.year)
        ids = [row.id for row in rows if has_notice(row.kind)]
        if not ids:
            raise InputError(f"Năm {args.year} chưa có thông báo kết luận nào.", field="year")
    else:
        ids = args.ids
        missing = inspections.missing_ids(ids)
        if missing:
            numbers = ", ".join(map(str, missing))
            raise InputError(f"Không có cuộc kiểm tra mã số {numbers}.", field="ids")
    batch = NoticeBatch(services.exports, inspections, ids, folder, kinds, draft=args.draft)
    for result in batch.run():
        for job in result.written:
            print(f"Đã xuất {job.description} ra tệp «{job.path}».")
        for skipped in result.skipped:
            print(one_line(skipped.line), file=sys.stderr)
    report = batch.report
    summary = f"Đã xuất {len(report.written)} tệp vào thư mục «{folder}»."
    skipped_ids = {s.inspection_id for s in report.skipped}
    if skipped_ids:
        summary += f" Bỏ qua {len(skipped_ids)} cuộc."
    print(summary)
    return 2 if report.skipped else 0
