"""Programs outside Python that the tests drive. `make test` installs each (see the Makefile), so
a missing one fails the test that needs it, with the reason; it never skips it (issue 20)."""

from __future__ import annotations

import shutil

import pytest


def soffice() -> str:
    """LibreOffice: it lays out our DOCX notices and recalculates our workbooks' formulas."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed: `make test` installs "
            "libreoffice-writer-nogui and libreoffice-calc-nogui",
            pytrace=False,
        )
    return path
