"""`tables` and `summary`: the Excel workbooks on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.domain.errors import InputError
from app.exporters.inspection_tables import write_inspection_tables
from app.exporters.year_summary import write_year_summary
from app.fileio import atomic_output
from app.services.bundle import Services


def run_tables(args: argparse.Namespace, services: Services) -> int:
    output = _checked_output(args.output)
    inspection = services.inspections.get(args.id)
    profile = services.profile.get()
    _write(output, write_inspection_tables, inspection, profile)
    print(f"Đã ghi các bảng phụ lục của cuộc kiểm tra {args.id} ra tệp «{output}».")
    return 0


def run_summary(args: argparse.Namespace, services: Services) -> int:
    output = _checked_output(args.output)
    inputs = services.reports.summary_inputs(args.year)
    _write(
        output,
        write_year_summary,
        inputs.year,
        inputs.inspections,
        inputs.organizations,
        inputs.profile,
    )
    print(f"Đã ghi bảng tổng hợp năm {args.year} ra tệp «{output}».")
    return 0


def _checked_output(output: Path) -> Path:
    if output.suffix.lower() != ".xlsx":
        raise InputError(f"Tệp kết quả «{output}» phải có đuôi .xlsx.", field="output")
    if not output.parent.is_dir():
        raise InputError(f"Thư mục «{output.parent}» không tồn tại.", field="output")
    return output


def _write(output: Path, writer, *arguments) -> None:
    """Write through a temporary file that replaces *output* only once it is complete."""
    try:
        with atomic_output(output) as temp:
            writer(*arguments, temp)
    except OSError as error:
        raise InputError(
            f"Không ghi được tệp «{output}»: {error.strerror or error}.", field="output"
        ) from None
