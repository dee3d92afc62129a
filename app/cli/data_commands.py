"""`demo`, `import` (`--merge`) and `export-json`: the data file on the command line."""

from __future__ import annotations

import argparse

from app.datafile import load_demo, read_data_file
from app.domain.errors import InputError
from app.fileio import JSON, check_output
from app.services.bundle import Services


def run_demo(args: argparse.Namespace, services: Services) -> int:
    content = load_demo()
    ids = services.transfer.import_inspections(
        content.organizations, content.inspections, skip_existing=True
    )
    if ids:
        print(f"Đã thêm {len(ids)} cuộc kiểm tra mẫu (mã số {', '.join(map(str, ids))}).")
    else:
        print("Dữ liệu mẫu đã có trong cơ sở dữ liệu, không thêm gì.")
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    if args.dry_run and not args.merge:
        raise InputError("--dry-run chỉ dùng cùng --merge.", field="dry_run")
    content = read_data_file(args.file)
    if args.merge:
        report = services.sync.merge(content, source=args.file.name, dry_run=args.dry_run)
        for line in report.lines():
            print(line)
        return 0
    ids = services.transfer.import_inspections(content.organizations, content.inspections)
    for new_id in ids:
        print(new_id)
    return 0


def run_export(args: argparse.Namespace, services: Services) -> int:
    if args.all and args.ids:
        raise InputError("Chỉ ghi mã số cuộc kiểm tra hoặc --all, không ghi cả hai.", field="ids")
    if args.all:
        ids = [row.id for row in services.inspections.list_rows()]
    elif args.ids:
        ids = list(dict.fromkeys(args.ids))
    else:
        raise InputError("Cần ghi mã số cuộc kiểm tra cần xuất, hoặc --all.", field="ids")
    output = args.output
    check_output(output, JSON)  # before the work, so a wrong target costs nothing
    try:
        count = services.sync.write_package(ids, output)  # with the bases a merge needs
    except OSError as error:
        raise InputError(
            f"Không ghi được tệp «{output}»: {error.strerror}.", field="output"
        ) from None
    print(f"Đã xuất {count} cuộc kiểm tra ra tệp «{output}».")
    return 0
