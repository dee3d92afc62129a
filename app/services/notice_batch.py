"""The notices of several inspections, written into one folder: `tocongtac notice ID… -o DIR`
and `--year Y`, and Tệp → Xuất thông báo các cuộc đã chọn… in the window.

One file per inspection and format, named as the save dialog proposes
(ExportService.suggested_name), each written atomically with the checks of a single export (an
existing file is only replaced by one of its kind). An inspection without a notice (a giám sát
session) or whose notice cannot be built or written is skipped with its reason; the others are
written. Two inspections proposing the same name (two drafts for one unit on one day) get "-2",
"-3"… rather than one replacing the other.

The work comes in steps, one per inspection: `prepare` reads the database and builds the notice
(on the caller's thread: the window's UI thread), `BatchStep.run` only writes files, so the
window runs it off the UI thread and cancelling stops between two inspections.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import dto
from app.domain.errors import DomainError, InputError
from app.services.exports import ExportJob, ExportService
from app.services.inspections import InspectionService

# The formats `--format` and the window offer, as the kinds of ExportService.
FORMATS = {"pdf": "notice-pdf", "docx": "notice-docx"}


def parse_formats(text: str) -> tuple[str, ...]:
    """The notice kinds `--format` names: "pdf", "docx" or "pdf,docx" (in that order);
    InputError for anything else."""
    names = [name.strip().lower() for name in text.split(",")]
    if any(name not in FORMATS for name in names):
        raise InputError(
            f"Định dạng «{text}» không có; chọn pdf, docx hoặc pdf,docx.", field="format"
        )
    return tuple(dict.fromkeys(FORMATS[name] for name in names))


def check_folder(folder: Path | str) -> Path:
    """The folder the files go into: it must exist (it is never created)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(
            f"Thư mục «{folder}» không tồn tại (xuất nhiều thông báo cần một thư mục có sẵn).",
            field="output",
        )
    return folder


_NOUNS = {
    dto.Kind.KIEM_TRA: "cuộc kiểm tra",
    dto.Kind.GIAM_SAT: "buổi giám sát",
    dto.Kind.HOP: "cuộc họp",
}


def describe(inspection_id: int, data: dto.InspectionData | None) -> str:
    """How an inspection is named in the progress and in a skip: "buổi giám sát UBND huyện Khe
    Đá ngày 14/11/2024 (mã số 7)" (the id is what `tocongtac list` shows)."""
    if data is None:
        return f"cuộc mã số {inspection_id}"
    text = f"{_NOUNS[dto.Kind(data.kind)]} {data.unit_name or '(chưa có đơn vị)'}"
    if data.date is not None:
        text += f" ngày {data.date:%d/%m/%Y}"
    return f"{text} (mã số {inspection_id})"


@dataclass(frozen=True)
class Skipped:
    """An inspection (or one of its files) left out, and why."""

    inspection_id: int
    what: str  # describe()
    reason: str

    @property
    def line(self) -> str:
        """The one line the command line prints: "Bỏ qua buổi giám sát … (mã số 7): Buổi
        giám sát không có …"."""
        return f"Bỏ qua {self.what}: {self.reason}"


@dataclass
class StepResult:
    written: list[ExportJob] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class BatchStep:
    """One inspection's files, ready to write: `run` touches no database, so it may run on
    another thread."""

    inspection_id: int
    what: str
    jobs: list[ExportJob]
    refused: list[Skipped]  # decided while preparing (no notice, a target that is refused)

    def run(self) -> StepResult:
        result = StepResult(skipped=list(self.refused))
        for job in self.jobs:
            try:
                job.run()
            except DomainError as error:
                result.skipped.append(Skipped(self.inspection_id, self.what, error.message))
            else:
                result.written.append(job)
        return result


@dataclass
class BatchReport:
    written: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False


class NoticeBatch:
    """The notices of *ids* (in that order, each once) as *kinds* into *folder*."""

    def __init__(
        self,
        exports: ExportService,
        inspections: InspectionService,
        ids: Iterable[int],
        folder: Path | str,
        kinds: tuple[str, ...] = ("notice-pdf",),
        draft: bool = False,
    ):
        self.folder = check_folder(folder)
        self.ids = list(dict.fromkeys(ids))
        self.kinds = kinds
        self.draft = draft
        self.report = BatchReport()
        self._exports = exports
        self._inspections = inspections
        self._taken: set[str] = set()  # the names this batch gives, case-folded

    def __len__(self) -> int:
        return len(self.ids)

    def prepare(self, inspection_id: int) -> BatchStep:
        """Read the inspection and build its notice; what cannot be exported is in `refused`."""
        data = None
        try:
            data = self._inspections.get(inspection_id)
            document = self._exports.notice_document(data, self.draft)
        except DomainError as error:
            what = describe(inspection_id, data)
            return BatchStep(inspection_id, what, [], [Skipped(inspection_id, what, error.message)])
        what = describe(inspection_id, data)
        step = BatchStep(inspection_id, what, [], [])
        for kind in self.kinds:
            path = self.folder / self._unique(self._exports.suggested_name(kind, data, self.draft))
            try:
                step.jobs.append(self._exports.notice_file_job(document, path))
            except DomainError as error:
                step.refused.append(Skipped(inspection_id, what, error.message))
        return step

    def run(self) -> Iterator[StepResult]:
        """Every step in turn on this thread (the command line), each one recorded."""
        for inspection_id in self.ids:
            result = self.prepare(inspection_id).run()
            self.record(result)
            yield result

    def record(self, result: StepResult) -> None:
        self.report.written += [job.path for job in result.written]
        self.report.skipped += result.skipped

    def record_failure(self, inspection_id: int, what: str, reason: str) -> None:
        """A step that failed unexpectedly (in the window): skipped with *reason*."""
        self.report.skipped.append(Skipped(inspection_id, what, reason))

    def _unique(self, name: str) -> str:
        suffix = Path(name).suffix
        stem, candidate, n = name[: -len(suffix)], name, 1
        while candidate.casefold() in self._taken:
            n += 1
            candidate = f"{stem}-{n}{suffix}"
        self._taken.add(candidate.casefold())
        return candidate
