"""`notice ID -o FILE.pdf|FILE.docx [--draft]`: the conclusion notice of one inspection.

Imports only what the notice needs: ReportLab for a PDF, python-docx for a DOCX, never openpyxl
or Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.domain.errors import InputError
from app.fileio import atomic_output
from app.services.bundle import Services

FORMATS = {".pdf": "PDF", ".docx": "DOCX"}


def _writer(suffix: str):
    if suffix == ".pdf":
        from app.exporters.notice_pdf import write_notice_pdf

        return write_notice_pdf
    from app.exporters.notice_docx import write_notice_docx

    return write_notice_docx


def run_notice(args: argparse.Namespace, services: Services) -> int:
    output: Path = args.output
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"Không xuất được thông báo ra «{output.name}»: tên tệp phải có đuôi .pdf hoặc .docx.",
            field="output",
        )
    if not output.parent.is_dir():
        raise InputError(f"Thư mục «{output.parent}» không tồn tại.", field="output")
    from app.notice.builder import build_notice

    inspection = services.inspections.get(args.id)
    document = build_notice(inspection, services.profile.get(), draft=True if args.draft else None)
    try:
        with atomic_output(output) as temp:
            _writer(suffix)(document, temp)
    except OSError as error:
        raise InputError(
            f"Không ghi được tệp «{output}»: {error.strerror or error}.", field="output"
        ) from None
    kind = "dự thảo thông báo" if document.draft else "thông báo"
    print(f"Đã xuất {kind} {FORMATS[suffix]} ra tệp «{output}».")
    return 0
