"""Argument parsing for `tocongtac`; each subcommand's handler lives in its own module.

Handlers are imported only when their subcommand runs, so `tocongtac notice` does not pay for
openpyxl and `tocongtac list` pays for neither ReportLab nor openpyxl.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from app.domain import limits
from app.domain.errors import InputError
from app.domain.text import one_line

# argparse's own English phrases, and what the user reads instead.
_PHRASES = (
    (re.compile(r"^argument ([^:]+): "), r"tham số \1: "),
    (re.compile(r"^the following arguments are required: "), "thiếu tham số bắt buộc: "),
    (re.compile(r"^unrecognized arguments: "), "tham số không hiểu được: "),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)$"), r"lựa chọn \1 không có; chọn \2"),
    (re.compile(r"expected one argument$"), "cần một giá trị"),
)


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors in Vietnamese, on one line, and exit code 2."""

    def error(self, message: str):  # noqa: D102
        for pattern, words in _PHRASES:
            message = pattern.sub(words, message)
        self.print_usage()
        self.exit(2, f"Lỗi tham số dòng lệnh: {one_line(message)}\n")


def _bounded(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: an integer in ASCII digits from *low* to *high*."""

    def parse(text: str) -> int:
        try:
            return limits.parse_int(text, low, high, what)
        except InputError as error:
            raise argparse.ArgumentTypeError(error.message) from None

    return parse


_ID = _bounded(limits.ID_MIN, limits.ID_MAX, "Mã số cuộc kiểm tra")
_YEAR = _bounded(limits.YEAR_MIN, limits.YEAR_MAX, "Năm")
_NUMBER = _bounded(limits.NUMBER_MIN, limits.NUMBER_MAX, "Số văn bản")


# The subcommands that may create a missing database file (every other one refuses it).
CREATES_DATABASE = frozenset({"demo", "import"})

# The subcommands that work on the database file itself, never opening it for writing (a
# damaged file can still be restored): their handlers are called as handler(args, db_path).
FILE_COMMANDS = frozenset({"backup", "backups", "restore"})

# subcommand -> "module:function" of its handler, called as handler(args, services) -> int
HANDLERS = {
    "demo": "app.cli.data_commands:run_demo",
    "list": "app.cli.basic_commands:run_list",
    "import": "app.cli.data_commands:run_import",
    "export-json": "app.cli.data_commands:run_export",
    "conflicts": "app.cli.conflict_commands:run_conflicts",
    "resolve": "app.cli.conflict_commands:run_resolve",
    "issue": "app.cli.basic_commands:run_issue",
    "notice": "app.cli.notice_command:run_notice",
    "tables": "app.cli.table_commands:run_tables",
    "summary": "app.cli.table_commands:run_summary",
    "import-tasks": "app.cli.task_import_command:run_import_tasks",
    "search": "app.cli.search_commands:run_search",
    "reindex": "app.cli.search_commands:run_reindex",
    "backup": "app.cli.backup_commands:run_backup",
    "backups": "app.cli.backup_commands:run_backups",
    "restore": "app.cli.backup_commands:run_restore",
}


def build_parser() -> argparse.ArgumentParser:
    parser = VietnameseArgumentParser(
        prog="tocongtac",
        description="Tổ công tác: chuẩn bị kiểm tra, ghi kết luận, ban hành thông báo kết luận.",
    )
    parser.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu)")
    parser.add_argument(
        "--smoke", action="store_true", help="kiểm tra bản cài đặt: mở cửa sổ ngoài màn hình, in ok"
    )
    sub = parser.add_subparsers(dest="command", parser_class=VietnameseArgumentParser)

    sub.add_parser("demo", help="thêm bộ dữ liệu mẫu (chạy lại không thêm gì)")

    p = sub.add_parser("list", help="liệt kê các cuộc kiểm tra")
    p.add_argument("--year", type=_YEAR)

    p = sub.add_parser("import", help="nhập dữ liệu từ tệp JSON")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--merge",
        action="store_true",
        help="nhận dữ liệu từ máy khác: gộp vào cuộc kiểm tra đã có, ghi lại xung đột",
    )
    p.add_argument("--dry-run", action="store_true", help="cùng --merge: chỉ liệt kê, không ghi")

    p = sub.add_parser("conflicts", help="liệt kê các xung đột chưa xử lý khi nhận dữ liệu")
    p.add_argument("id", nargs="?", type=_ID, help="chỉ của cuộc kiểm tra này")

    p = sub.add_parser("resolve", help="xử lý một xung đột: giữ bản đang dùng hoặc lấy bản kia")
    p.add_argument("conflict", type=_ID, help="mã số xung đột (lệnh conflicts)")
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument("--keep", action="store_true", help="giữ bản đang dùng")
    side.add_argument("--take-other", action="store_true", help="lấy bản chưa lấy")

    p = sub.add_parser("export-json", help="xuất dữ liệu ra tệp JSON")
    p.add_argument("ids", nargs="*", type=_ID)
    p.add_argument("--all", action="store_true")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("issue", help="ban hành thông báo (lấy số)")
    p.add_argument("id", type=_ID)
    p.add_argument("--number", help="số văn thư cấp (chữ số 0–9)")
    p.add_argument("--date", type=str)

    p = sub.add_parser(
        "notice",
        help="xuất thông báo kết luận (PDF hoặc DOCX): một cuộc ra một tệp, "
        "hoặc nhiều cuộc (hay cả năm) vào một thư mục",
    )
    p.add_argument("ids", nargs="*", type=_ID, metavar="id")
    p.add_argument("--year", type=_YEAR, help="mọi cuộc kiểm tra của năm này")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp, hoặc thư mục có sẵn")
    p.add_argument("--format", help="khi xuất vào thư mục: pdf (mặc định), docx hoặc pdf,docx")
    p.add_argument("--draft", action="store_true")

    p = sub.add_parser("tables", help="xuất bảng Excel của một cuộc kiểm tra")
    p.add_argument("id", type=_ID)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("summary", help="xuất bảng tổng hợp cả năm")
    p.add_argument("--year", type=_YEAR, required=True)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("import-tasks", help="nhập nhiệm vụ được giao từ tệp Excel (.xlsx) hoặc CSV")
    p.add_argument("id", type=int)
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", help="tên trang tính (mặc định: trang đầu tiên có bảng nhiệm vụ)")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không ghi gì")
    p.add_argument(
        "--use-file-status",
        action="store_true",
        help="lấy trạng thái ghi trong tệp khi khác trạng thái tính từ các ngày",
    )

    p = sub.add_parser("search", help="tìm trong mọi nội dung đã ghi (không cần dấu)")
    p.add_argument("query", help='các từ cần tìm; "cụm từ" trong ngoặc kép; tiền tố: từ*')
    p.add_argument("--year", type=int, help="chỉ các cuộc kiểm tra của năm này")
    p.add_argument("--unit", help="chỉ các cuộc kiểm tra của đơn vị này (không cần dấu)")
    p.add_argument("--section", help="chỉ một phần: han che, kien nghi, nhiem vu…")

    sub.add_parser("reindex", help="dựng lại chỉ mục tìm kiếm từ dữ liệu")

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (có kiểm tra bản sao)")
    p.add_argument("-o", "--output", type=Path, help="tệp bản sao (mặc định: thư mục sao lưu)")

    sub.add_parser("backups", help="liệt kê các bản sao lưu của cơ sở dữ liệu")

    p = sub.add_parser("restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu")
    p.add_argument("file", type=Path)
    return parser
