"""`notice ID -o FILE.pdf|FILE.docx [--draft]`: the conclusion notice of one inspection.

Imports only what the notice needs: ReportLab for a PDF, python-docx for a DOCX, never openpyxl
or Qt (app.services.exports imports the writers when it writes).
"""

from __future__ import annotations

import argparse

from app.services.bundle import Services


def run_notice(args: argparse.Namespace, services: Services) -> int:
    job = services.exports.notice_job(args.id, args.output, draft=args.draft)
    path = job.run()
    print(f"Đã xuất {job.description} ra tệp «{path}».")
    return 0
