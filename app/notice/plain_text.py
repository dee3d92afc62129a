"""A `NoticeDocument` as the lines a reader sees, in reading order, each with a style name.

The editor's preview draws these lines (centred letterhead, bold headings, lettered items…); the
plain text joins them. Both come from the same document the PDF and DOCX renderers draw, so the
preview reads as the notice will.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.notice.model import (
    DashItem,
    GroupHeading,
    Heading,
    LetteredItem,
    NoticeDocument,
    Paragraph,
    block_text,
)

# Style names, from the top of the page down.
ORGAN = "organ"  # the parent organ line(s)
ORGAN_ISSUING = "organ_issuing"  # the issuing organ, bold
NATIONAL = "national"  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
MOTTO = "motto"  # Độc lập - Tự do - Hạnh phúc
NUMBER = "number"  # Số: 54/TB-TCT
DATE = "date"  # Lạng Sơn, ngày 11 tháng 8 năm 2021
DRAFT_MARK = "draft_mark"  # DỰ THẢO
DOC_NAME = "doc_name"  # THÔNG BÁO
TITLE = "title"  # trích yếu
HEADING = "heading"  # 1. Đánh giá chung
GROUP = "group"  # 3.1. Phòng Tài chính - Kế hoạch
PARAGRAPH = "paragraph"
ITEM = "item"  # a) …; or - …
SIGNATURE = "signature"  # TL. CHỦ TỊCH, TỔ TRƯỞNG (above the signature space)
SIGNER = "signer"  # the "chức vụ khác" line and the name (below it)
RECIPIENTS_LABEL = "recipients_label"  # Nơi nhận:
RECIPIENT = "recipient"  # - Như trên;
APPENDIX = "appendix"  # Phụ lục: its title and how many rows

RECIPIENTS_HEADING = "Nơi nhận:"


@dataclass(frozen=True)
class PreviewLine:
    style: str
    text: str


def _block_style(block) -> str:
    if isinstance(block, Heading):
        return HEADING
    if isinstance(block, GroupHeading):
        return GROUP
    if isinstance(block, LetteredItem | DashItem):
        return ITEM
    assert isinstance(block, Paragraph), block
    return PARAGRAPH


def preview_lines(doc: NoticeDocument) -> list[PreviewLine]:
    """Every line of the notice in reading order: letterhead, number and date, name and title,
    the body blocks (labels included), the signature, the recipients and a note of the appendix."""
    lines = [PreviewLine(ORGAN, t) for t in doc.organ_parent]
    lines += [PreviewLine(ORGAN_ISSUING, t) for t in doc.organ_issuing]
    lines += [PreviewLine(NATIONAL, doc.national_name), PreviewLine(MOTTO, doc.motto)]
    lines += [PreviewLine(NUMBER, doc.number_line), PreviewLine(DATE, doc.date_line)]
    if doc.draft:
        lines.append(PreviewLine(DRAFT_MARK, doc.draft_mark))
    lines += [PreviewLine(DOC_NAME, doc.doc_name), PreviewLine(TITLE, doc.title)]
    lines += [PreviewLine(_block_style(b), block_text(b)) for b in doc.blocks]
    signature = doc.signature
    lines += [PreviewLine(SIGNATURE, t) for t in signature.upper_lines]
    lines += [PreviewLine(SIGNER, t) for t in (signature.title, signature.name) if t]
    if doc.recipients:
        lines.append(PreviewLine(RECIPIENTS_LABEL, RECIPIENTS_HEADING))
        lines += [PreviewLine(RECIPIENT, f"- {r}") for r in doc.recipients]
    if doc.appendix is not None:
        appendix = doc.appendix
        rows = len(appendix.rows)
        lines.append(PreviewLine(APPENDIX, f"{appendix.label}: {appendix.title} ({rows} dòng)"))
    return lines


def plain_text(doc: NoticeDocument) -> str:
    """The notice as plain text, one line per preview line."""
    return "\n".join(line.text for line in preview_lines(doc))
