"""The largest inputs the limits let through (issue 14): a 50 000-character entry, 500
recipients, 10 000 entries and tasks. Each is imported, then its notice written as PDF and
DOCX; the figures show that nothing hangs inside the limits (the 10 MB field and the 10^6
recipients of the fault campaign are refused before any work)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from app.database import open_database
from app.datafile import parse_data
from app.domain import limits
from app.exporters.notice_docx import write_notice_docx
from app.exporters.notice_pdf import write_notice_pdf
from app.notice.builder import build_notice
from app.services.bundle import Services
from bench.results import Result, seconds
from bench.timing import timed

_WORDS = "công tác tham mưu đôn đốc còn chậm đề nghị khắc phục ngay trong quý".split()


def minimal_file() -> dict:
    return {
        "format": "tocongtac/1",
        "inspections": [
            {
                "uuid": "5b0d7c1e-8a4f-4e2b-9c3d-6f1a2b3c4d5e",
                "kind": "kiem_tra",
                "unit_name": "UBND huyện Mây Xanh",
                "date": "2024-11-14",
                "notice": {},
            }
        ],
    }


def _longest_text(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(limits.TEXT_MAX // 3))[: limits.TEXT_MAX]


def _cases() -> dict[str, dict]:
    long_entry = minimal_file()
    long_entry["inspections"][0]["entries"] = [{"section": "limitation", "text": _longest_text(1)}]
    recipients = minimal_file()
    recipients["inspections"][0]["notice"]["recipients"] = [
        f"Sở, ngành số {i};" for i in range(limits.RECIPIENTS_MAX)
    ]
    many = minimal_file()
    many["inspections"][0]["entries"] = [
        {"section": "limitation", "text": f"Hạn chế số {i}"} for i in range(limits.ITEMS_MAX)
    ]
    many["inspections"][0]["tasks"] = [
        {"content": f"Nhiệm vụ số {i}"} for i in range(limits.ITEMS_MAX)
    ]
    return {
        f"one entry of {limits.TEXT_MAX} characters": long_entry,
        f"{limits.RECIPIENTS_MAX} recipients": recipients,
        f"{limits.ITEMS_MAX} entries and {limits.ITEMS_MAX} tasks": many,
    }


def _one(name: str, data: dict, path: Path) -> Result:
    services = Services(open_database(path))
    try:
        content, parse = timed(lambda: parse_data(json.dumps(data)))
        (new_id,), store = timed(
            lambda: services.transfer.import_inspections(content.organizations, content.inspections)
        )
        doc = build_notice(services.inspections.get(new_id), services.profile.get())
        _, pdf = timed(lambda: write_notice_pdf(doc, path.with_suffix(".pdf")))
        _, docx = timed(lambda: write_notice_docx(doc, path.with_suffix(".docx")))
    finally:
        services.db.close()
    return Result(
        "Limits",
        f"import + notice, {name}",
        seconds(parse + store + pdf + docx),
        note=f"parse {seconds(parse)}, import {seconds(store)}, PDF {seconds(pdf)}, "
        f"DOCX {seconds(docx)}; once",
    )


def measure(folder: Path) -> list[Result]:
    return [
        _one(name, data, folder / f"limits-{index}.sqlite")
        for index, (name, data) in enumerate(_cases().items())
    ]
