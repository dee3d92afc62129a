"""Who attended: each side's people (name and title) or a free group text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.dto import AttendeeSide
from ui.editor.controller import InspectionEditor
from ui.models.draft_table_model import CHOICE, Column, DraftTableModel

SIDE_LABELS = {
    AttendeeSide.TO_CONG_TAC: QT_TRANSLATE_NOOP("AttendeeTableModel", "Tổ công tác"),
    AttendeeSide.DON_VI: QT_TRANSLATE_NOOP("AttendeeTableModel", "Đơn vị"),
    AttendeeSide.KHAC: QT_TRANSLATE_NOOP("AttendeeTableModel", "Khác"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("AttendeeTableModel", "Bên"),
    QT_TRANSLATE_NOOP("AttendeeTableModel", "Họ tên"),
    QT_TRANSLATE_NOOP("AttendeeTableModel", "Chức vụ"),
    QT_TRANSLATE_NOOP("AttendeeTableModel", "Ghi chung"),
    QT_TRANSLATE_NOOP("AttendeeTableModel", "Vai trò"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("AttendeeTableModel", text)


def side_choices() -> tuple[tuple[str, str], ...]:
    return tuple((str(side), _t(label)) for side, label in SIDE_LABELS.items())


class AttendeeTableModel(DraftTableModel):
    def __init__(self, editor: InspectionEditor, parent=None):
        columns = [
            Column("side", _t(_HEADERS[0]), CHOICE, side_choices()),
            Column("person_name", _t(_HEADERS[1])),
            Column("person_title", _t(_HEADERS[2])),
            Column("group_text", _t(_HEADERS[3])),
            Column("role", _t(_HEADERS[4])),
        ]
        super().__init__(editor, "attendees", lambda: editor.draft.attendees, columns, parent)
