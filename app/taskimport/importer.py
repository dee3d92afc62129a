"""The steps of an import that the wizard and `tocongtac import-tasks` share: open the file,
choose the sheet, refuse an issued inspection, write a plan into a list of tasks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InputError
from app.domain.text import fold
from app.dto import InspectionData, TaskData
from app.taskimport.files import read_sheets
from app.taskimport.layout import Layout, find_layout
from app.taskimport.plan import ImportPlan
from app.taskimport.sheet import MAX_ROWS, Sheet


@dataclass
class TaskFile:
    """A file read for import: every sheet, and the layout of each sheet that has a task table."""

    name: str
    sheets: list[Sheet]
    layouts: dict[str, Layout]

    @property
    def table_sheets(self) -> list[Sheet]:
        """The sheets holding a task table, visible ones first."""
        found = [s for s in self.sheets if s.name in self.layouts]
        return [s for s in found if not s.hidden] + [s for s in found if s.hidden]

    def sheet(self, name: str | None = None) -> tuple[Sheet, Layout]:
        """The sheet called *name* (case and accents aside), else the first with a task table."""
        if name is None:
            tables = self.table_sheets
            if not tables:
                long = [s for s in self.sheets if s.too_long]
                raise too_long(long[0]) if long else no_header(self.name)
            return tables[0], self.layouts[tables[0].name]
        wanted = [s for s in self.sheets if s.name == name] or [
            s for s in self.sheets if fold(s.name.strip()) == fold(name.strip())
        ]
        if not wanted:
            names = ", ".join(f"«{s.name}»" for s in self.sheets)
            raise InputError(
                f"Tệp «{self.name}» không có trang tính «{name}» (có: {names}).", field="sheet"
            )
        sheet = wanted[0]
        if sheet.too_long:
            raise too_long(sheet)
        if sheet.name not in self.layouts:
            raise no_header(self.name, sheet.name)
        return sheet, self.layouts[sheet.name]


def too_long(sheet: Sheet) -> InputError:
    return InputError(
        f"Trang tính «{sheet.name}» có hơn {MAX_ROWS:,} dòng, không phải một danh mục nhiệm vụ; "
        "hãy chép danh mục của đơn vị sang một tệp riêng.".replace(",", ".", 1),
        field="sheet",
    )


def no_header(file_name: str, sheet_name: str = "") -> InputError:
    where = (
        f"trang tính «{sheet_name}» của tệp «{file_name}»" if sheet_name else f"tệp «{file_name}»"
    )
    return InputError(
        f"Không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong {where} (cần ít nhất cột "
        "«Nội dung nhiệm vụ» và một cột khác như «Văn bản giao», «Thời hạn»).",
        field="file",
    )


def open_task_file(path: Path | str) -> TaskFile:
    """Read a .xlsx or .csv file and find the task table of each sheet; raises InputError."""
    path = Path(path)
    sheets = read_sheets(path)
    layouts = {
        s.name: layout for s in sheets if not s.too_long and (layout := find_layout(s)) is not None
    }
    return TaskFile(path.name, sheets, layouts)


def ensure_open_for_import(inspection: InspectionData) -> None:
    """An issued notice's tasks are not changed by an import."""
    if inspection.notice.issued:
        raise InputError(
            "Thông báo của cuộc kiểm tra này đã ban hành; không nhập nhiệm vụ vào văn bản đã "
            "ban hành.",
            field="id",
        )


def apply_plan(plan: ImportPlan, tasks: list[TaskData]) -> None:
    """Write the plan into *tasks* (the inspection's own list): updates in place, new tasks at
    the end in the file's order."""
    for target, changes in plan.updates():
        for name, value in changes.items():
            setattr(target, name, value)
    tasks.extend(plan.new_tasks())
