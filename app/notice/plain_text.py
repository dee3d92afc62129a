"""A `NoticeDocument` as the lines a reader sees, in reading order, each with a style name and
its styled spans.

The editor's preview draws these lines (centred letterhead, bold headings, lettered items,
bold and italic spans…); the plain text joins them. Both come from the same document the PDF
and DOCX renderers draw, with the same labels, prefixes and line order, so the preview reads as
the notice will.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.emphasis import Rich
from app.notice.model import BlockKind, NoticeDocument

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
HEADING = "heading"  # 1. Đánh giá chung, 3.1. Phòng Nội vụ (bold)
PARAGRAPH = "paragraph"
ITEM = "item"  # a) …; or - …
SIGNATURE = "signature"  # TL. CHỦ TỊCH, TỔ TRƯỞNG (above the signature space)
SIGNER = "signer"  # the "chức vụ khác" line and the name (below it)
RECIPIENTS_LABEL = "recipients_label"  # Nơi nhận:
RECIPIENT = "recipient"  # - Như trên;
APPENDIX = "appendix"  # Phụ lục: its title and how many rows

_BLOCK_STYLES = {
    BlockKind.HEADING: HEADING,
    BlockKind.PARAGRAPH: PARAGRAPH,
    BlockKind.POINT: ITEM,
    BlockKind.DASH: ITEM,
}


@dataclass(frozen=True)
class PreviewLine:
    style: str
    runs: Rich

    @classmethod
    def plain(cls, style: str, text: str) -> PreviewLine:
        return cls(style, Rich.plain_text(text))

    @property
    def text(self) -> str:
        return self.runs.text


def preview_lines(doc: NoticeDocument) -> list[PreviewLine]:
    """Every line of the notice in reading order: letterhead, number and date, name and title,
    the body blocks (labels included), the signature, the recipients and a note of the appendix."""
    line = PreviewLine.plain
    lines = [line(ORGAN, t) for t in doc.organ_parent]
    lines += [line(ORGAN_ISSUING, t) for t in doc.organ_issuing]
    lines += [line(NATIONAL, doc.national_name), line(MOTTO, doc.motto)]
    lines += [line(NUMBER, doc.number_line), line(DATE, doc.date_line)]
    if doc.draft_mark:
        lines.append(line(DRAFT_MARK, doc.draft_mark))
    lines += [line(DOC_NAME, doc.doc_name), line(TITLE, doc.title)]
    lines += [PreviewLine(_BLOCK_STYLES[b.kind], b.runs()) for b in doc.blocks]
    signature = doc.signature
    lines += [line(SIGNATURE, t) for t in signature.upper_lines]
    lines += [line(SIGNER, t) for t in signature.lower_lines]
    if doc.recipients:
        lines.append(line(RECIPIENTS_LABEL, doc.recipients_label))
        lines += [line(RECIPIENT, r) for r in doc.recipients]
    if doc.appendix is not None:
        appendix = doc.appendix
        rows = len(appendix.rows)
        lines.append(line(APPENDIX, f"{appendix.label}: {appendix.title} ({rows} dòng)"))
    return lines


def plain_text(doc: NoticeDocument) -> str:
    """The notice as plain text, one line per preview line."""
    return "\n".join(line.text for line in preview_lines(doc))
