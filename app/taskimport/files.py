"""Opening a file of tasks: refuse what is not a readable workbook or CSV, in one Vietnamese line.

Nothing from the file is ever evaluated: a workbook is read for the values Excel cached, a CSV
as text.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import InputError
from app.taskimport.sheet import Sheet

MAX_BYTES = 50 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: Excel 97-2003, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def read_sheets(path: Path | str) -> list[Sheet]:
    """Every sheet of a .xlsx file, or the one table of a .csv file; raises InputError."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise InputError(f"Không tìm thấy tệp «{name}».", field="file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"Tệp «{name}» lớn hơn 50 MB, không phải danh mục nhiệm vụ.", field="file")
    with path.open("rb") as f:
        head = f.read(8)
    suffix = path.suffix.lower()
    if head.startswith(_OLE):
        if _ENCRYPTED in path.read_bytes():
            raise InputError(
                f"Tệp «{name}» có đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi lưu lại.",
                field="file",
            )
        raise _old_excel(name)
    if suffix == ".xls":
        raise _old_excel(name)
    if head.startswith(_ZIP):
        from app.taskimport.xlsx_reader import read_xlsx

        return read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        from app.taskimport.csv_reader import read_csv

        return [read_csv(path)]
    raise not_a_workbook(name)


def _old_excel(name: str) -> InputError:
    return InputError(
        f"Tệp «{name}» là bảng tính Excel 97–2003 (.xls); hãy mở trong Excel và lưu lại "
        "dưới dạng .xlsx.",
        field="file",
    )


def not_a_workbook(name: str) -> InputError:
    return InputError(
        f"Tệp «{name}» không phải là bảng tính Excel (.xlsx) hay tệp CSV.", field="file"
    )
