"""`import-tasks ID FILE [--sheet NAME] [--dry-run] [--use-file-status]`."""

from __future__ import annotations

import argparse
import sys

from app.domain.dates import inline_date
from app.domain.errors import InputError
from app.dto import TaskData
from app.services.bundle import Services
from app.taskimport.importer import apply_plan, ensure_open_for_import, open_task_file
from app.taskimport.plan import Action, PlannedRow, plan_import
from app.taskimport.rows import read_rows


def run_import_tasks(args: argparse.Namespace, services: Services) -> int:
    inspection = services.inspections.get(args.id)
    ensure_open_for_import(inspection)
    task_file = open_task_file(args.file)
    sheet, layout = task_file.sheet(args.sheet)
    others = [s.name for s in task_file.table_sheets if s is not sheet]
    plan = plan_import(
        read_rows(sheet, layout),
        inspection.tasks,
        inspection.cutoff_date,
        use_file_status=args.use_file_status,
    )
    problems = plan.problems()
    if problems:
        raise InputError(f"{problems[0].text}; chưa nhập nhiệm vụ nào.", field="file")
    if others and args.sheet is None:
        names = ", ".join(f"«{n}»" for n in others)
        print(
            f"Đã đọc trang tính «{sheet.name}»; tệp còn có bảng nhiệm vụ ở {names} "
            "(chọn bằng --sheet).",
            file=sys.stderr,
        )
    for row in plan.rows:
        for reason in row.reasons if row.action != Action.NOT_TASK else ():
            where = "" if reason.startswith("Dòng ") else f"Dòng {row.number}: "
            print(f"{where}{reason}", file=sys.stderr)
    if args.dry_run:
        for row in plan.rows:
            if row.action in (Action.ADD, Action.UPDATE):
                print(_row_line(row))
        print(f"{plan.summary()} (Chạy thử: chưa ghi gì.)")
        return 0
    apply_plan(plan, inspection.tasks)
    services.inspections.save(inspection)
    print(plan.summary())
    return 0


def _row_line(row: PlannedRow) -> str:
    """One tab-separated line per task written: action, row, content, document, deadline,
    completion, status derived from the dates."""
    task: TaskData = row.task
    deadline = task.deadline_text or (inline_date(task.deadline) if task.deadline else "")
    return "\t".join(
        [
            row.action.label,
            f"dòng {row.number}",
            " ".join(task.content.split()),
            task.source_doc,
            deadline,
            inline_date(task.completed_on) if task.completed_on else "",
            row.derived.label if row.derived else "",
        ]
    )
