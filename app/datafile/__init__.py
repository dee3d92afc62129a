"""The data file `tocongtac/3`: versioned JSON that moves inspections between laptops (DESIGN §4).

Public API: `read_data_file(path)` / `parse_data(text)` → `DataFileContent`; `dumps(content)`,
`write_data_file(path, content)`; `write_data_stream(path, organizations, inspections)` for
plain values read batch by batch; `load_demo()`.
"""

from app.datafile.content import DataFileContent
from app.datafile.demo import load_demo
from app.datafile.file_reader import MAX_FILE_BYTES, read_data_file
from app.datafile.reader import parse_data
from app.datafile.writer import dumps, write_data_file, write_data_stream

__all__ = [
    "MAX_FILE_BYTES",
    "DataFileContent",
    "dumps",
    "load_demo",
    "parse_data",
    "read_data_file",
    "write_data_file",
    "write_data_stream",
]
