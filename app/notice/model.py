"""The conclusion notice as a document: header fields, title, ordered body blocks, recipients and
signature. Built once by `app.notice.builder`, drawn by the PDF and DOCX renderers, the preview
and the plain text alike.

Everything a reader sees is decided here, not in a renderer: the labels ("1.1.", "a)", "-"),
the punctuation, which spans are bold or italic, "Nơi nhận:" and the "- " of each recipient,
the order of the signature lines, the alignment of each appendix column. All text is final:
NFC, control characters dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.emphasis import Rich


class BlockKind(StrEnum):
    HEADING = "heading"  # bold: "1. Đánh giá chung", "3.1. Phòng Nội vụ"
    PARAGRAPH = "paragraph"
    POINT = "point"  # "a) …;" (a heading's single point prints without its letter)
    DASH = "dash"  # "- …"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    content: Rich
    label: str = ""
    entry: int | None = None  # the index in InspectionData.entries of the entry it prints

    @property
    def text(self) -> str:
        """The content as plain text, without the label."""
        return self.content.text

    @property
    def printed(self) -> str:
        """The block as a reader sees it, label included."""
        return f"{self.label} {self.text}" if self.label else self.text

    @property
    def heading(self) -> bool:
        return self.kind == BlockKind.HEADING

    def runs(self) -> Rich:
        """The styled text to draw: the label and the content; a heading all in bold."""
        runs = Rich.plain_text(f"{self.label} ") + self.content if self.label else self.content
        return runs.styled(bold=True) if self.heading else runs


@dataclass(frozen=True)
class Signature:
    """ND30 ô 7: authority lines ("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG") and the signer's
    capacity ("TỔ TRƯỞNG") above the signature space; the "chức vụ khác" line and the name
    below it."""

    authority_lines: tuple[str, ...] = ()
    capacity: str = ""
    title: str = ""
    name: str = ""

    @property
    def upper_lines(self) -> tuple[str, ...]:
        """The lines above the signature space, in capitals, top down."""
        return tuple(line for line in (*self.authority_lines, self.capacity) if line)

    @property
    def lower_lines(self) -> tuple[str, ...]:
        """The lines below the signature space, top down."""
        return tuple(line for line in (self.title, self.name) if line)


@dataclass(frozen=True)
class Appendix:
    """Phụ lục: the task table, on its own (landscape) pages with its own page numbers."""

    label: str  # "Phụ lục"
    title: str  # upper case
    reference: str  # "(Kèm theo Thông báo số 54/TB-TCT ngày 11/8/2021 của …)"
    columns: tuple[str, ...]
    widths_mm: tuple[float, ...]
    centred: tuple[bool, ...]  # per column: the cells centred (else left-aligned)
    rows: tuple[tuple[str, ...], ...]
    summary: str = ""


@dataclass(frozen=True)
class NoticeDocument:
    organ_parent: tuple[str, ...]  # lines, regular (may be empty)
    organ_issuing: tuple[str, ...]  # lines, bold
    number_line: str  # "Số: 54/TB-TCT" or "Số:      /TB-TCT"
    date_line: str  # "Lạng Sơn, ngày 11 tháng 8 năm 2021"
    title: str  # trích yếu
    blocks: tuple[Block, ...]
    recipients: tuple[str, ...]  # as printed: "- Như trên;", …, "- Lưu: VT, TH."
    signature: Signature
    form: str = "draft"  # app.notice.forms.NoticeForm
    doc_name: str = "THÔNG BÁO"
    national_name: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    appendix: Appendix | None = None
    draft_mark: str = ""  # "DỰ THẢO" on a draft, "" otherwise
    recipients_label: str = "Nơi nhận:"

    @property
    def draft(self) -> bool:
        """The notice carries the DỰ THẢO mark."""
        return bool(self.draft_mark)

    def body_text(self) -> list[str]:
        """Every body block as printed, in order."""
        return [b.printed for b in self.blocks]
