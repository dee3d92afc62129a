"""The demo data set, shipped as a data file in resources/demo/ (fixed UUIDs, so adding it twice
adds nothing the second time)."""

from __future__ import annotations

from pathlib import Path

from app.datafile.content import DataFileContent
from app.datafile.file_reader import read_data_file
from app.paths import resources_dir


def demo_path() -> Path:
    return resources_dir() / "demo" / "demo.json"


def load_demo() -> DataFileContent:
    """The demo organizations and inspections, validated like any imported file."""
    return read_data_file(demo_path())
