"""The three demo notices rendered once per session, in both formats."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.exporters.notice_docx import write_notice_docx
from app.exporters.notice_pdf import write_notice_pdf
from app.notice.builder import build_notice
from tests.notice import demo as demo_data
from tests.notice import district
from tests.programs import soffice

NAMES = ("54", "2020", "c", "district", "draft")


@pytest.fixture(scope="session")
def demo_set(tmp_path_factory) -> demo_data.Demo:
    return demo_data.load(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture(scope="session")
def notices(demo_set) -> dict:
    """name → NoticeDocument: "54" (issued), "2020" (the meeting's copy for signature), "c"
    (sample C), "district" (tests/notice/district.py, issued) and "draft" (the 2020 meeting as
    a draft)."""
    inspections = {
        "54": demo_set.notice_54,
        "2020": demo_set.meeting_2020,
        "c": demo_set.sample_c,
        "district": district.inspection(demo_set.profile),
    }
    notices = {name: build_notice(i, demo_set.profile) for name, i in inspections.items()}
    notices["draft"] = build_notice(demo_set.meeting_2020, demo_set.profile, draft=True)
    return notices


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, notices) -> dict[tuple[str, str], Path]:
    """(name, "pdf"|"docx") → the written file."""
    folder = tmp_path_factory.mktemp("rendered")
    files = {}
    for name, doc in notices.items():
        files[name, "pdf"] = folder / f"{name}.pdf"
        files[name, "docx"] = folder / f"{name}.docx"
        write_notice_pdf(doc, files[name, "pdf"])
        write_notice_docx(doc, files[name, "docx"])
    return files


@pytest.fixture(scope="session")
def libreoffice_pdfs(rendered, tmp_path_factory) -> dict[str, Path]:
    """name → the DOCX notice laid out by LibreOffice as PDF, so the DOCX geometry can be
    measured like the PDF's."""
    out = tmp_path_factory.mktemp("libreoffice")
    profile = tmp_path_factory.mktemp("libreoffice-profile")  # never the user's profile
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(out), *(str(rendered[n, "docx"]) for n in NAMES)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return {name: out / f"{name}.pdf" for name in NAMES}


@pytest.fixture(scope="module", params=["reportlab", "docx-in-libreoffice"])
def pdfs(request, rendered) -> dict[str, Path]:
    """name → a PDF to measure: ours, then the DOCX as LibreOffice lays it out."""
    if request.param == "reportlab":
        return {name: rendered[name, "pdf"] for name in NAMES}
    return request.getfixturevalue("libreoffice_pdfs")
