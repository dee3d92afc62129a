"""The JSON Schema files of the data format, shipped in resources/schema/: the current one
(tocongtac/3), generated from the models; the earlier ones (tocongtac/1, tocongtac/2) kept as
they were.

Regenerate after changing the models: `python -m app.datafile.jsonschema`.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.datafile.schema import json_schema
from app.paths import resources_dir


def json_schema_path() -> Path:
    return resources_dir() / "schema" / "tocongtac-3.schema.json"


def json_schema_text() -> str:
    """The schema as committed: two-space indentation, text unescaped, final newline."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    json_schema_path().write_text(json_schema_text(), encoding="utf-8")
