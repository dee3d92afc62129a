"""The conclusion notice as a document: header fields, title, ordered body blocks, recipients and
signature. Built once by `app.notice.builder`, drawn by the PDF and the DOCX renderers alike.

All text here is final: NFC, control characters dropped, punctuation and labels in place. The
renderers add only the presentation (fonts, the "- " of recipients, the ") " of letters).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """A numbered section heading (khoản with a title): "1. Đánh giá chung", bold."""

    text: str


@dataclass(frozen=True)
class GroupHeading:
    """The heading of recommendations addressed to one agency: "3.1. Phòng Tài chính - Kế hoạch"."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class LetteredItem:
    """A point (điểm) "a) …", its text already ending with ";" or "."."""

    label: str
    text: str

    @property
    def full_text(self) -> str:
        return f"{self.label}) {self.text}"


@dataclass(frozen=True)
class DashItem:
    """A "- …" item (meeting conclusions, follow-up lists), printed with its own punctuation."""

    text: str

    @property
    def full_text(self) -> str:
        return f"- {self.text}"


Block = Heading | GroupHeading | Paragraph | LetteredItem | DashItem


def block_text(block: Block) -> str:
    """The text of a block as printed, label or dash included."""
    if isinstance(block, LetteredItem | DashItem):
        return block.full_text
    return block.text


@dataclass(frozen=True)
class Signature:
    """ND30 ô 7: authority lines ("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"), the signer's capacity
    ("TỔ TRƯỞNG"), then after the signature space the "chức vụ khác" line and the name."""

    authority_lines: tuple[str, ...] = ()
    capacity: str = ""
    title: str = ""
    name: str = ""

    @property
    def upper_lines(self) -> tuple[str, ...]:
        """The lines above the signature space, in capitals."""
        return tuple(line for line in (*self.authority_lines, self.capacity) if line)


@dataclass(frozen=True)
class Appendix:
    """Phụ lục: the task table, on its own (landscape) pages with its own page numbers."""

    label: str  # "Phụ lục"
    title: str  # upper case
    reference: str  # "(Kèm theo Thông báo số 54/TB-TCT ngày 11/8/2021 của …)"
    columns: tuple[str, ...]
    widths_mm: tuple[float, ...]
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
    recipients: tuple[str, ...]  # without the leading "- ", with their own ";" / "."
    signature: Signature
    draft: bool = False
    doc_name: str = "THÔNG BÁO"
    national_name: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"
    appendix: Appendix | None = None
    draft_mark: str = "DỰ THẢO"

    def body_text(self) -> list[str]:
        """Every body block as printed, in order."""
        return [block_text(b) for b in self.blocks]
