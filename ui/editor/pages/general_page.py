"""Thông tin chung: kind, unit, date and place, period, cut-off, legal basis, chair, scopes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app import dto
from app.domain.recipients import follow_unit
from app.domain.text import nfc
from app.notice.issuer import issuing_body
from ui.editor.binding import Binder
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.editor.pages.base import EditorPage, form, page_layout, text_box
from ui.widgets.fields import date_field, route_undo_keys, year_field
from ui.widgets.string_list_editor import StringListEditor

# Scopes are stored as these codes (as in the data file); anything else is a named topic.
SCOPES = {
    "NHIEM_VU_GIAO": QT_TRANSLATE_NOOP("GeneralPage", "Việc thực hiện nhiệm vụ được giao"),
    "KY_LUAT_KY_CUONG_HANH_CHINH": QT_TRANSLATE_NOOP(
        "GeneralPage", "Việc chấp hành kỷ luật, kỷ cương hành chính"
    ),
    "CCHC": QT_TRANSLATE_NOOP("GeneralPage", "Cải cách hành chính"),
}


class GeneralPage(EditorPage):
    def __init__(self, editor: InspectionEditor, parent=None):
        super().__init__(editor, parent)
        self.title = self.tr("Thông tin chung")
        content, layout = form()
        b = self.binder = Binder(editor, "inspection", lambda: editor.draft, self)

        self.kind = QComboBox()
        for kind in dto.Kind:
            self.kind.addItem(kind.label.capitalize(), str(kind))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Gõ vài chữ để chọn trong danh mục"))
        route_undo_keys(self.unit)
        self._unit_names = QStringListModel(self)
        completer = QCompleter(self._unit_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        self.date = b.parsed(date_field(), "date", self.tr("Ngày làm việc"))
        self.part_of_day = QComboBox()
        for value, label in (("", ""), ("sang", self.tr("Sáng")), ("chieu", self.tr("Chiều"))):
            self.part_of_day.addItem(label, value)
        b.combo(self.part_of_day, "part_of_day", self.tr("Buổi"))
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.date, 1)
        when_row.addWidget(self.part_of_day)
        self.place = b.line(QLineEdit(), "place", self.tr("Địa điểm"))
        self.year = b.parsed(year_field(), "year", self.tr("Năm"))
        self.period = b.line(QLineEdit(), "period_label", self.tr("Kỳ báo cáo"))
        self.period.setPlaceholderText(self.tr("ví dụ: 7 tháng đầu năm 2024"))
        self.cutoff = b.parsed(date_field(), "cutoff_date", self.tr("Số liệu tính đến ngày"))
        self.status = QComboBox()
        for status in dto.InspectionStatus:
            self.status.addItem(status.label.capitalize(), str(status))
        b.combo(self.status, "status", self.tr("Trạng thái"))
        self.subject = b.text(text_box(2), "subject", self.tr("Nội dung làm việc"))
        self.legal_basis = b.text(text_box(3), "legal_basis", self.tr("Căn cứ"))
        self.unit_report = b.line(QLineEdit(), "unit_report", self.tr("Báo cáo của đơn vị"))
        self.chair_name = b.line(QLineEdit(), "chair_name", self.tr("Người chủ trì"))
        self.chair_title = b.line(QLineEdit(), "chair_title", self.tr("Chức vụ người chủ trì"))
        scope_labels = {code: self.tr(label) for code, label in SCOPES.items()}
        self.scopes = StringListEditor(editor, "scopes", lambda: editor.draft.scopes, scope_labels)
        self.scopes.setMinimumHeight(110)
        self.scopes.setMaximumHeight(160)
        self.scope_preset = QComboBox()
        self.scope_preset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_preset.setMinimumContentsLength(20)
        for code, label in scope_labels.items():
            self.scope_preset.addItem(label, code)
        add_preset = QPushButton(self.tr("Thêm phạm vi này"))
        preset_row = QWidget()
        preset_layout = QHBoxLayout(preset_row)
        preset_layout.setContentsMargins(0, 0, 0, 0)
        preset_layout.addWidget(self.scope_preset, 1)
        preset_layout.addWidget(add_preset)

        layout.addRow(self.tr("Loại:"), self.kind)
        layout.addRow(self.tr("Đơn vị được kiểm tra:"), self.unit)
        layout.addRow(self.tr("Ngày làm việc, buổi:"), when)
        layout.addRow(self.tr("Địa điểm:"), self.place)
        layout.addRow(self.tr("Năm:"), self.year)
        layout.addRow(self.tr("Kỳ báo cáo:"), self.period)
        layout.addRow(self.tr("Số liệu tính đến ngày:"), self.cutoff)
        layout.addRow(self.tr("Trạng thái:"), self.status)
        layout.addRow(self.tr("Nội dung làm việc:"), self.subject)
        layout.addRow(self.tr("Căn cứ:"), self.legal_basis)
        layout.addRow(self.tr("Báo cáo của đơn vị:"), self.unit_report)
        layout.addRow(self.tr("Người chủ trì:"), self.chair_name)
        layout.addRow(self.tr("Chức vụ người chủ trì:"), self.chair_title)
        layout.addRow(self.tr("Phạm vi:"), self.scopes)
        layout.addRow("", preset_row)
        page_layout(self, content, self.title)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.unit.textEdited.connect(self._unit_typed)
        completer.activated.connect(self._unit_typed)
        self.unit.editingFinished.connect(self._unit_finished)
        completer.activated.connect(lambda _text: self._unit_finished())
        self._recipients_unit = ""  # the unit the default recipients were last made for
        add_preset.clicked.connect(lambda: self.scopes.add_line(self.scope_preset.currentData()))
        editor.loaded.connect(self._loaded)
        editor.changed.connect(self._changed)
        editor.directory_changed.connect(self._refresh_units)
        self._refresh_units()
        self._loaded()

    def first_field(self):
        return self.unit

    def _refresh_units(self) -> None:
        self._unit_names.setStringList([o.name for o in self.editor.organizations])

    def _loaded(self) -> None:
        draft = self.editor.draft
        self._recipients_unit = draft.unit_name if draft is not None else ""
        self._refresh_own()

    def _refresh_own(self) -> None:
        draft = self.editor.draft
        for widget in (self.kind, self.unit, self.scopes, self.scope_preset):
            widget.setEnabled(draft is not None)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind if draft else ""), 0))
        self.kind.blockSignals(False)
        name = draft.unit_name if draft else ""
        if nfc(self.unit.text()) != name:
            self.unit.setText(name)

    def _changed(self, change: Change) -> None:
        if change.area == "inspection" and {"kind", "unit_name"} & set(change.fields):
            self._refresh_own()

    def _unit_typed(self, text: str) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        name = nfc(text)
        code = next((o.code for o in self.editor.organizations if o.name == name), "")
        self.editor.set_fields(
            "inspection",
            draft,
            {"unit_name": name, "unit_code": code},
            self.tr("Sửa «Đơn vị»"),
            merge=True,
        )

    def _unit_finished(self) -> None:
        """The default Nơi nhận follow the unit (a list the secretary edited stays hers)."""
        draft = self.editor.draft
        if draft is None or draft.unit_name == self._recipients_unit:
            return
        lines = follow_unit(
            draft.notice.recipients,
            issuing_body(draft, self.editor.profile).recipients,
            self._recipients_unit,
            draft.unit_name,
        )
        self._recipients_unit = draft.unit_name
        if lines is not None:
            recipients = draft.notice.recipients
            with self.editor.macro(self.tr("Nơi nhận theo đơn vị")):
                self.editor.remove_items("recipients", recipients, range(len(recipients)), "")
                self.editor.insert_items("recipients", recipients, 0, lines, "")

    def _kind_chosen(self, index: int) -> None:
        """A meeting conclusion is a TB-UBND; inspections use the group's own code."""
        draft = self.editor.draft
        if draft is None:
            return
        kind = self.kind.itemData(index)
        code = "UBND" if kind == dto.Kind.HOP else self.editor.profile.issuer_code
        with self.editor.macro(self.tr("Đổi loại")):
            self.editor.set_field("inspection", draft, "kind", kind)
            if not draft.notice.issued:
                self.editor.set_field("notice", draft.notice, "issuer_code", code)
