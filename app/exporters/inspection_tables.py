"""The appendix tables of one inspection: tasks, indicators, recommendations, unit proposals.

One workbook, one sheet per appendix (Phụ lục I–IV, ND30 numbers several appendices with Roman
numerals). The task sheet marks each task's status in a two-level header and totals the marks
with formulas, so a user who changes a mark in Excel sees the totals follow.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app import dto
from app.domain.dates import inline_date
from app.domain.emphasis import plain_entry
from app.domain.indicators import computed_percent, percent_mismatch
from app.domain.numbers import format_percent_table
from app.domain.register import issued_reference
from app.domain.tasks import TaskStatus, status_day, task_status
from app.exporters import xlsx_style as st
from app.exporters.xlsx_text import apply_style, put_text
from app.notice import outline
from app.notice.appendix import reference_line, task_table_title
from app.notice.builder import entry_labels
from app.notice.issuer import issuing_body

MARK = "x"
NO_DATA = "(Không có)"

# status → its mark column in the task sheet (1-based)
STATUS_COLUMNS = {
    TaskStatus.HT_DUNG_HAN: 7,
    TaskStatus.HT_QUA_HAN: 8,
    TaskStatus.CHUA_HT_TRONG_HAN: 9,
    TaskStatus.CHUA_HT_QUA_HAN: 10,
    TaskStatus.KHONG_THOI_HAN: 11,
}
TASK_WIDTHS = (6, 20, 42, 14, 12, 32, 9, 9, 9, 9, 11, 20)
INDICATOR_HEADERS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện",
                     "Số liệu đến ngày", "Tỷ lệ (%)", "Ghi chú")  # fmt: skip
INDICATOR_WIDTHS = (6, 40, 12, 16, 18, 13, 11, 30)
RECOMMENDATION_WIDTHS = (7, 64, 26, 30, 18, 20)
PROPOSAL_WIDTHS = (6, 56, 22, 60)


def write_inspection_tables(
    inspection: dto.InspectionData, profile: dto.ProfileData, path: Path | str
) -> None:
    """Write the inspection's appendix workbook to *path* (overwriting it)."""
    wb = st.new_workbook()
    body = issuing_body(inspection, profile)
    head = st.letterhead("\n".join(body.parent_organ), "\n".join(body.issuing_organ))
    attached = reference_line(inspection, body)
    unit = inspection.unit_name.upper()
    cutoff = (
        f"(Tính đến ngày {inline_date(inspection.cutoff_date)})" if inspection.cutoff_date else ""
    )
    labels = entry_labels(inspection, profile)

    ws = wb.create_sheet("Phụ lục nhiệm vụ")
    titles = [f"Phụ lục {roman(1)}", task_table_title(inspection, body).upper()]
    top = st.write_title_block(ws, head, TASK_WIDTHS, titles, _present(cutoff, attached))
    write_task_table(ws, top, inspection)

    ws = wb.create_sheet("Chỉ tiêu")
    titles = [f"Phụ lục {roman(2)}", f"KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU CỦA {unit}"]
    top = st.write_title_block(ws, head, INDICATOR_WIDTHS, titles, _present(attached))
    _indicator_table(ws, top, inspection)

    group = body.voice
    ws = wb.create_sheet("Kiến nghị")
    titles = [f"Phụ lục {roman(3)}", f"KIẾN NGHỊ CỦA {group.upper()} ĐỐI VỚI {unit}"]
    top = st.write_title_block(ws, head, RECOMMENDATION_WIDTHS, titles, _present(attached))
    _recommendation_table(ws, top, inspection, labels)

    ws = wb.create_sheet("Đề xuất của đơn vị")
    titles = [
        f"Phụ lục {roman(4)}",
        f"ĐỀ XUẤT, KIẾN NGHỊ CỦA {unit} VÀ Ý KIẾN CỦA {group.upper()}",
    ]
    top = st.write_title_block(ws, head, PROPOSAL_WIDTHS, titles, _present(attached))
    _proposal_table(ws, top, inspection, group)
    wb.save(path)


# -- wording shared with the year summary ------------------------------------------------------


def notice_reference(notice: dto.NoticeData) -> str:
    """ "54/TB-TCT ngày 11/8/2021" for an issued notice; "" before it is issued. Numbers below 10
    are padded as on the notice itself ("05/TB-TCT")."""
    text = issued_reference(notice)
    if not text:
        return ""
    return f"{text} ngày {inline_date(notice.date)}" if notice.date else text


def deadline_text(deadline, wording: str) -> str:
    """The deadline as worded when there is a wording, else the date."""
    if wording.strip():
        return wording.strip()
    return inline_date(deadline) if deadline else ""


def roman(n: int) -> str:
    """Roman numeral of a group or an appendix: 1 → "I", 4 → "IV", 14 → "XIV"."""
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    text = ""
    for value, numeral in numerals:
        count, n = divmod(n, value)
        text += numeral * count
    return text


def _present(*lines: str) -> list[str]:
    return [line for line in lines if line]


def rate_value(value: Decimal | None) -> float | None:
    """A percentage stored in a cell: rounded half-up to 2 decimals (the table rule), numeric."""
    if value is None:
        return None
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _no_data_row(ws: Worksheet, row: int, ncols: int, text: str = NO_DATA) -> None:
    st.text_block(ws, row, 1, text, st.CENTER, ncols)


def _fit(ws: Worksheet, row: int, widths, texts: dict[int, str]) -> None:
    ws.row_dimensions[row].height = st.fit_height(
        [(text, widths[col - 1]) for col, text in texts.items()]
    )


# -- Phụ lục I: tasks ------------------------------------------------------------------------


def write_task_table(ws: Worksheet, top: int, inspection: dto.InspectionData) -> None:
    st.set_widths(ws, TASK_WIDTHS)
    for col, text in enumerate(
        ("STT", "Văn bản giao (số, ký hiệu, ngày)", "Nội dung nhiệm vụ", "Lãnh đạo giao",
         "Thời hạn", "Kết quả thực hiện"),
        start=1,
    ):  # fmt: skip
        st.header_cell(ws, top, col, text, rows=2)
    st.header_cell(ws, top, 7, "Đã hoàn thành", cols=2)
    st.header_cell(ws, top + 1, 7, "Đúng hạn")
    st.header_cell(ws, top + 1, 8, "Quá hạn")
    st.header_cell(ws, top, 9, "Chưa hoàn thành", cols=2)
    st.header_cell(ws, top + 1, 9, "Trong hạn")
    st.header_cell(ws, top + 1, 10, "Quá hạn")
    st.header_cell(ws, top, 11, "Không có thời hạn", rows=2)
    st.header_cell(ws, top, 12, "Ghi chú", rows=2)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    ws.row_dimensions[top + 1].height = 2 * st.LINE_HEIGHT + 4
    first = row = top + 2
    for number, task in enumerate(inspection.tasks, start=1):
        _task_row(ws, row, number, task, status_day(inspection.cutoff_date, inspection.date))
        row += 1
    if not inspection.tasks:
        _no_data_row(ws, row, len(TASK_WIDTHS), "(Không có nhiệm vụ)")
        row += 1
    _task_totals(ws, row, first, row - 1)
    st.setup_page(ws, (top, top + 1), f"A{first}")


def _task_row(ws: Worksheet, row: int, number: int, task: dto.TaskData, cutoff) -> None:
    status = task_status(task, cutoff)
    result = task.result.strip()
    if task.completed_on:
        done = f"Hoàn thành ngày {inline_date(task.completed_on)}"
        result = f"{result}\n{done}" if result else done
    note = task.note.strip()
    if status.overridden:
        change = f"Trạng thái do Tổ công tác xác định: {status.effective.label}"
        if status.reason:
            change += f" ({status.reason})"
        note = f"{note}\n{change}" if note else change
    texts = {
        2: task.source_doc,
        3: task.content,
        4: task.assigned_by,
        5: deadline_text(task.deadline, task.deadline_text),
        6: result,
        12: note,
    }
    cell = ws.cell(row=row, column=1, value=number)
    apply_style(cell, st.CENTER)
    for col, text in texts.items():
        put_text(ws, row, col, text, st.CENTER if col in (4, 5) else st.TEXT)
    for status_col in STATUS_COLUMNS.values():
        apply_style(ws.cell(row=row, column=status_col), st.CENTER)
    ws.cell(row=row, column=STATUS_COLUMNS[status.effective]).value = MARK
    _fit(ws, row, TASK_WIDTHS, texts)


def _task_totals(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Totals of the marks, as formulas; then the completion rate from those totals."""
    st.text_block(ws, row, 1, "Tổng cộng", st.TOTAL_LABEL, 5)
    total = ws.cell(row=row, column=6, value=f"=COUNT(A{first}:A{last})")
    apply_style(total, st.TOTAL_COUNT)
    total.number_format = '0" nhiệm vụ"'
    for col in (*STATUS_COLUMNS.values(), 12):
        apply_style(ws.cell(row=row, column=col), st.TOTAL_COUNT)
    for col in STATUS_COLUMNS.values():
        letter_ = get_column_letter(col)
        ws.cell(row=row, column=col).value = f"=COUNTA({letter_}{first}:{letter_}{last})"
    rate_row = row + 1
    st.text_block(ws, rate_row, 1, "Tỷ lệ hoàn thành (%)", st.TOTAL_LABEL, 5)
    rate = ws.cell(row=rate_row, column=6)
    rate.value = f"=IF(F{row}=0,0,ROUND((G{row}+H{row})/F{row}*100,2))"
    apply_style(rate, st.TOTAL_RATE)
    st.merge(ws, rate_row, 7, 1, 6, st.TOTAL_RATE)
    for r in (row, rate_row):
        ws.row_dimensions[r].height = st.LINE_HEIGHT + 6


# -- Phụ lục II: indicators ------------------------------------------------------------------


def _indicator_table(ws: Worksheet, top: int, inspection: dto.InspectionData) -> None:
    """One row per indicator, each dated by its own as-of date (figures of one report are
    often of different days)."""
    st.set_widths(ws, INDICATOR_WIDTHS)
    for col, text in enumerate(INDICATOR_HEADERS, start=1):
        st.header_cell(ws, top, col, text)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    row = top + 1
    for number, ind in enumerate(inspection.indicators, start=1):
        _indicator_row(ws, row, number, ind, inspection.cutoff_date)
        row += 1
    if not inspection.indicators:
        _no_data_row(ws, row, len(INDICATOR_WIDTHS))
    st.setup_page(ws, (top, top), f"A{top + 1}")


def _indicator_row(ws: Worksheet, row: int, number: int, ind: dto.IndicatorData, cutoff) -> None:
    notes = []
    stated = ind.stated_percent
    rate = stated if stated is not None else computed_percent(ind)
    if rate is not None and ind.basis.strip():
        notes.append(f"Tỷ lệ so với {ind.basis.strip()}")
    if percent_mismatch(ind):
        notes.append(f"Tỷ lệ tính từ số liệu: {format_percent_table(computed_percent(ind))}")
    if ind.note.strip():
        notes.append(ind.note.strip())
    as_of = ind.as_of or cutoff
    texts = {
        2: ind.name,
        3: ind.unit,
        6: inline_date(as_of) if as_of else "",
        8: "\n".join(notes),
    }
    apply_style(ws.cell(row=row, column=1, value=number), st.CENTER)
    for col, text in texts.items():
        put_text(ws, row, col, text, st.CENTER if col in (3, 6) else st.TEXT)
    _number_cell(ws, row, 4, ind.target, "")
    _number_cell(ws, row, 5, ind.actual, ind.qualifier)
    cell = ws.cell(row=row, column=7, value=rate_value(rate))
    apply_style(cell, st.RATE)
    _fit(ws, row, INDICATOR_WIDTHS, texts)


def _number_cell(ws: Worksheet, row: int, col: int, value: Decimal | None, qualifier: str):
    """A number kept numeric; its decimals and a qualifier ("hơn") go into the number format."""
    cell = ws.cell(row=row, column=col)
    apply_style(cell, st.NUMBER)
    if value is None:
        return
    cell.value = value
    exponent = value.normalize().as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    word = "".join(ch for ch in qualifier.strip() if ch.isalpha() or ch == " ")
    cell.number_format = f'"{word} "{fmt}' if word else fmt


# -- Phụ lục III: recommendations ----------------------------------------------------------


def recommendation_groups(
    inspection: dto.InspectionData,
) -> list[tuple[str, list[tuple[int, dto.EntryData]]]]:
    """The recommendations (headings left out) grouped by the agency that carries them out, in
    notice order: the agency of the heading they stand under (app.notice.outline.addressees), an
    empty one being the inspected unit. Each comes with its index in inspection.entries, and
    its text plain (no emphasis markers)."""
    indexed = [
        (i, e) for i, e in enumerate(inspection.entries) if e.section == dto.Section.RECOMMENDATION
    ]
    agencies = outline.addressees([e for _, e in indexed], inspection.unit_name)
    groups: dict[str, list[tuple[int, dto.EntryData]]] = {}
    for (index, entry), agency in zip(indexed, agencies, strict=True):
        if outline.effective_kind(entry, inspection.kind) == dto.EntryKind.HEADING:
            continue
        groups.setdefault(agency or inspection.unit_name, []).append((index, plain_entry(entry)))
    return list(groups.items())


def criterion_text(entry: dto.EntryData) -> str:
    code, title = entry.criterion_code.strip(), entry.criterion_title.strip()
    if code and title:
        return f"Tiêu chí {code}. {title}"
    return f"Tiêu chí {code}" if code else title


def followup_text(entry: dto.EntryData) -> str:
    label = dto.FollowupStatus(entry.followup_status or "").label
    note = entry.followup_note.strip()
    return f"{label}: {note}" if label and note else label or note


def _recommendation_table(
    ws: Worksheet, top: int, inspection: dto.InspectionData, labels: dict[int, str]
) -> None:
    st.set_widths(ws, RECOMMENDATION_WIDTHS)
    for col, text in enumerate(
        ("Mục", "Nội dung", "Cơ quan thực hiện", "Tiêu chí", "Thời hạn", "Tình trạng thực hiện"),
        start=1,
    ):
        st.header_cell(ws, top, col, text)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    row = top + 1
    groups = recommendation_groups(inspection)
    for number, (agency, entries) in enumerate(groups, start=1):
        if len(groups) > 1:
            st.text_block(ws, row, 1, f"{number}. {agency}", st.GROUP, len(RECOMMENDATION_WIDTHS))
            _fit(ws, row, (sum(RECOMMENDATION_WIDTHS),), {1: f"{number}. {agency}"})
            row += 1
        for index, entry in entries:
            content = "\n".join(p for p in (entry.context.strip(), entry.text.strip()) if p)
            texts = {
                2: content,
                3: agency,
                4: criterion_text(entry),
                5: deadline_text(entry.deadline, entry.deadline_text),
                6: followup_text(entry),
            }
            put_text(ws, row, 1, labels.get(index, ""), st.CENTER)
            for col, text in texts.items():
                put_text(ws, row, col, text, st.CENTER if col == 5 else st.TEXT)
            _fit(ws, row, RECOMMENDATION_WIDTHS, texts)
            row += 1
    if not groups:
        _no_data_row(ws, row, len(RECOMMENDATION_WIDTHS))
    st.setup_page(ws, (top, top), f"A{top + 1}")


# -- Phụ lục IV: unit proposals -------------------------------------------------------------


def _proposal_table(ws: Worksheet, top: int, inspection: dto.InspectionData, group: str) -> None:
    st.set_widths(ws, PROPOSAL_WIDTHS)
    headers = ("STT", "Nội dung đề xuất, kiến nghị", "Cơ quan xem xét", f"Ý kiến của {group}")
    for col, text in enumerate(headers, start=1):
        st.header_cell(ws, top, col, text)
    ws.row_dimensions[top].height = 2 * st.LINE_HEIGHT + 4
    row = top + 1
    proposals = inspection.section(dto.Section.PROPOSAL)
    for number, entry in enumerate(proposals, start=1):
        entry = plain_entry(entry)
        texts = {2: entry.text, 3: entry.addressee, 4: entry.response}
        apply_style(ws.cell(row=row, column=1, value=number), st.CENTER)
        for col, text in texts.items():
            put_text(ws, row, col, text, st.CENTER if col == 3 else st.TEXT)
        _fit(ws, row, PROPOSAL_WIDTHS, texts)
        row += 1
    if not proposals:
        _no_data_row(ws, row, len(PROPOSAL_WIDTHS))
    st.setup_page(ws, (top, top), f"A{top + 1}")
