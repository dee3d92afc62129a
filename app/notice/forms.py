"""The three forms of one notice and what each prints in the number and date lines.

- draft (dự thảo): the DỰ THẢO mark, the number blank, the day blank;
- for signature (bản trình ký): no mark, the number left blank for the văn thư to write by hand
  after signing ("Số:      /TB-UBND"), the date complete, or with the day blank when the
  secretary has given only the month;
- issued (đã ban hành): number and date.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from app.domain.dates import draft_header_date, header_date
from app.domain.numbers import number_line
from app.dto import InspectionData, NoticeData

DRAFT_MARK = "DỰ THẢO"


class NoticeForm(StrEnum):
    DRAFT = "draft"
    SIGNATURE = "signature"
    ISSUED = "issued"

    @property
    def label(self) -> str:
        """The stage as the list and the page header show it, in the words offices use."""
        return {"draft": "Dự thảo", "signature": "Trình ký", "issued": "Đã ban hành"}[self.value]


def notice_form(notice: NoticeData | None) -> NoticeForm:
    """The form a notice is in: issued wins, then the copy for signature, else a draft (also
    for an inspection without a notice row yet)."""
    if notice is None:
        return NoticeForm.DRAFT
    if notice.issued:
        return NoticeForm.ISSUED
    return NoticeForm.SIGNATURE if notice.for_signature else NoticeForm.DRAFT


def number_text(notice: NoticeData, form: NoticeForm, doc_type: str, issuer: str) -> str:
    """ "Số: 54/TB-TCT" once issued; "Số:      /TB-TCT" before."""
    return number_line(notice.number if form == NoticeForm.ISSUED else None, doc_type, issuer)


def date_text(insp: InspectionData, form: NoticeForm, place: str) -> str:
    """The place-and-date line: complete when issued or for signature with a date; else the
    day left blank in the month of the draft (or of the session)."""
    notice = insp.notice
    if notice.date is not None and form != NoticeForm.DRAFT:
        return header_date(place, notice.date)
    reference = notice.date or insp.date or dt.date.today()
    month = notice.draft_month or (insp.date or reference).month
    return draft_header_date(place, month, reference.year)
