"""Exporting files: the notice (PDF, DOCX), an inspection's appendix tables and the year summary
(XLSX). The window and the command line both go through here, so the checks of the target, the
refusals (a giám sát session has no notice: app.notice.builder), the atomic write and the
proposed file names are decided once.

A job is prepared first (the data read, the notice built, every refusal raised as InputError)
and written afterwards, so the window can write off its UI thread. The exporters are imported
inside the writers: the command line pays for ReportLab only when it writes a PDF.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import dto
from app.domain.errors import InputError
from app.export_names import suggest_file_name
from app.fileio import atomic_output, check_output
from app.notice.forms import NoticeForm
from app.notice.model import NoticeDocument
from app.services.inspections import InspectionService
from app.services.profile import ProfileService
from app.services.reports import ReportService

SUFFIXES = {"notice-pdf": ".pdf", "notice-docx": ".docx", "tables": ".xlsx", "summary": ".xlsx"}
NOTICE_KINDS = ("notice-pdf", "notice-docx")
_FORMAT_NAMES = {".pdf": "PDF", ".docx": "DOCX", ".xlsx": "Excel"}
_FORM_WORDS = {
    NoticeForm.DRAFT: "dự thảo thông báo",
    NoticeForm.SIGNATURE: "bản trình ký thông báo",
    NoticeForm.ISSUED: "thông báo",
}


@dataclass
class ExportJob:
    """One file to write: `run()` writes it atomically (the old file stays until the new one is
    complete) and raises InputError with the reason when it cannot."""

    path: Path
    description: str  # "dự thảo thông báo PDF", "bảng phụ lục", …
    write: Callable[[Path], None]

    def run(self) -> Path:
        try:
            with atomic_output(self.path) as temp:
                self.write(temp)
        except OSError as error:
            raise InputError(
                f"Không ghi được tệp «{self.path}»: {why_not_written(error)}.", field="output"
            ) from None
        return self.path


def why_not_written(error: OSError) -> str:
    """Why a file could not be written, in words a secretary can act on."""
    if isinstance(error, FileNotFoundError):
        return "thư mục không tồn tại"
    if isinstance(error, PermissionError):
        return "không có quyền ghi vào đây, hoặc tệp đang được mở trong chương trình khác"
    if error.errno == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    return error.strerror or f"lỗi hệ thống số {error.errno}"


def checked_target(path: Path | str, kinds: tuple[str, ...]) -> Path:
    """The file to write for one of `kinds`: its extension (which says the format) one of theirs,
    its folder existing, and no other kind of file (a database, a folder, a device) in its place."""
    path = Path(path)
    suffixes = [SUFFIXES[k] for k in kinds]
    if path.suffix.lower() not in suffixes:
        wanted = " hoặc ".join(dict.fromkeys(suffixes))
        raise InputError(
            f"Không xuất được ra «{path.name}»: tên tệp phải có đuôi {wanted}.", field="output"
        )
    check_output(path)  # the folder; an existing file only if of the same kind
    return path


class ExportService:
    def __init__(
        self, inspections: InspectionService, profile: ProfileService, reports: ReportService
    ):
        self._inspections = inspections
        self._profile = profile
        self._reports = reports

    @staticmethod
    def suggested_name(kind: str, data: dto.InspectionData, draft: bool = False) -> str:
        """The file name proposed for *data* exported as *kind* (the rule is app.export_names'):
        the issued notice carries its number ("TB-54-TCT-2021-TP-Lang-Son.pdf"), anything else
        (or the notice exported with *draft*) is a draft and says so ("Du-thao-…"), so one never
        takes the other's name. The save dialogs and the batch export both propose this name."""
        notice = data.notice
        codes = {"doc_type": notice.doc_type, "issuer_code": notice.issuer_code}
        if kind.startswith("notice") and notice.issued and notice.number and not draft:
            return suggest_file_name(
                kind, data.unit_name, notice.date or data.date, number=notice.number, **codes
            )
        return suggest_file_name(kind, data.unit_name, data.date, draft=True, **codes)

    @staticmethod
    def summary_name(year: int) -> str:
        return suggest_file_name("summary", "", year)

    @staticmethod
    def check(kind: str, inspection: dto.InspectionData) -> None:
        """Refuse at once (InputError) what cannot be exported, before a file is chosen."""
        if kind in NOTICE_KINDS:
            from app.notice.builder import require_notice

            require_notice(inspection)

    def notice_job(
        self,
        inspection_id: int,
        path: Path | str,
        draft: bool = False,
        inspection: dto.InspectionData | None = None,
    ) -> ExportJob:
        """The notice as PDF or DOCX (from the extension): the issued notice once issued, else
        the draft or the copy for signature; `draft` forces the draft. `inspection`: the data
        as the editor holds it (else read from the database)."""
        path = checked_target(path, NOTICE_KINDS)
        data = inspection or self._inspections.get(inspection_id)
        return self.notice_file_job(self.notice_document(data, draft), path)

    def notice_document(self, data: dto.InspectionData, draft: bool = False) -> NoticeDocument:
        """The notice of *data* as it is written to a file; InputError when it has none (a giám
        sát session: app.notice.builder)."""
        from app.notice.builder import build_notice

        return build_notice(data, self._profile.get(), draft=True if draft else None)

    @staticmethod
    def notice_file_job(document: NoticeDocument, path: Path | str) -> ExportJob:
        """Writing an already built notice to *path* (PDF or DOCX from its extension)."""
        path = checked_target(path, NOTICE_KINDS)
        suffix = path.suffix.lower()

        def write(temp: Path) -> None:
            if suffix == ".pdf":
                from app.exporters.notice_pdf import write_notice_pdf

                write_notice_pdf(document, temp)
            else:
                from app.exporters.notice_docx import write_notice_docx

                write_notice_docx(document, temp)

        words = _FORM_WORDS[NoticeForm(document.form)]
        return ExportJob(path, f"{words} {_FORMAT_NAMES[suffix]}", write)

    def tables_job(
        self,
        inspection_id: int,
        path: Path | str,
        inspection: dto.InspectionData | None = None,
    ) -> ExportJob:
        path = checked_target(path, ("tables",))
        data = inspection or self._inspections.get(inspection_id)
        profile = self._profile.get()

        def write(temp: Path) -> None:
            from app.exporters.inspection_tables import write_inspection_tables

            write_inspection_tables(data, profile, temp)

        return ExportJob(path, "các bảng phụ lục", write)

    def summary_job(self, year: int, path: Path | str) -> ExportJob:
        """The year summary; InputError when the year has no inspection."""
        path = checked_target(path, ("summary",))
        inputs = self._reports.summary_inputs(year)

        def write(temp: Path) -> None:
            from app.exporters.year_summary import write_year_summary

            write_year_summary(
                inputs.year, inputs.inspections, inputs.organizations, inputs.profile, temp
            )

        return ExportJob(path, f"bảng tổng hợp năm {year}", write)
