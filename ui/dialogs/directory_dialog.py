"""Danh mục: the issuing body's profile, the organizations, the working group and its members.

A dumb dialog: it edits copies of what it is given and hands them back through its accessors;
the caller saves them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import dto
from app.domain.text import fold, nfc
from app.services.directory import ROLES, DirectoryData, MemberData, WorkingGroupData
from ui.dialogs.messages import translate_buttons
from ui.dialogs.record_table_panel import RecordTablePanel
from ui.editor.pages.base import form_layout, text_box
from ui.models.draft_table_model import CHOICE, DATE, Column
from ui.models.record_table_model import RecordTableModel
from ui.widgets.fields import ErrorLabel

AUTHORITY_SEPARATOR = " / "


@dataclass
class PresetRow:
    label: str = ""
    authority: str = ""  # authority lines joined by " / "
    capacity: str = ""
    title: str = ""
    name: str = ""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in nfc(text).split("\n") if line.strip()]


class DirectoryDialog(QDialog):
    def __init__(
        self,
        profile: dto.ProfileData,
        organizations: list[dto.OrganizationData],
        group: WorkingGroupData,
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Danh mục"))
        self.resize(1100, 640)
        self._profile = copy.deepcopy(profile)
        self._group = copy.deepcopy(group)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Cơ quan ban hành"))
        self.organizations = self._organizations_panel(copy.deepcopy(organizations))
        self.tabs.addTab(self.organizations, self.tr("Cơ quan, đơn vị"))
        self.tabs.addTab(self._group_tab(), self.tr("Tổ công tác"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    # -- tabs -------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        layout = form_layout(tab)
        p = self._profile
        self.parent_organ = text_box(2)
        self.parent_organ.setPlainText(p.parent_organ)
        self.issuing_organ = text_box(2)
        self.issuing_organ.setPlainText(p.issuing_organ)
        self.group_name = QLineEdit(p.group_name)
        self.place_name = QLineEdit(p.place_name)
        self.issuer_code = QLineEdit(p.issuer_code)
        self.recipients = text_box(4)
        self.recipients.setPlainText("\n".join(p.default_recipients))
        presets = [
            PresetRow(
                label=s.get("label", ""),
                authority=AUTHORITY_SEPARATOR.join(s.get("authority_lines", [])),
                capacity=s.get("capacity", ""),
                title=s.get("title", ""),
                name=s.get("name", ""),
            )
            for s in p.signature_presets
        ]
        columns = [
            Column("label", self.tr("Tên mẫu")),
            Column("authority", self.tr("Thẩm quyền ký (cách nhau bởi « / »)")),
            Column("capacity", self.tr("Chức danh ký")),
            Column("title", self.tr("Chức vụ khác")),
            Column("name", self.tr("Họ tên người ký")),
        ]
        self.presets = RecordTablePanel(
            RecordTableModel(presets, columns, PresetRow, self),
            {"label": 130, "authority": 280, "capacity": 180, "title": 220},
        )
        self.presets.setMinimumHeight(160)
        layout.addRow(self.tr("Cơ quan chủ quản:"), self.parent_organ)
        layout.addRow(self.tr("Cơ quan ban hành:"), self.issuing_organ)
        layout.addRow(self.tr("Tên Tổ công tác:"), self.group_name)
        layout.addRow(self.tr("Địa danh:"), self.place_name)
        layout.addRow(self.tr("Mã ký hiệu văn bản:"), self.issuer_code)
        layout.addRow(self.tr("Nơi nhận mặc định:"), self.recipients)
        layout.addRow(QLabel(self.tr("Mẫu chữ ký:")))
        layout.addRow(self.presets)
        return tab

    def _organizations_panel(self, organizations) -> RecordTablePanel:
        columns = [
            Column("code", self.tr("Mã")),
            Column("name", self.tr("Tên đầy đủ")),
            Column("short_name", self.tr("Địa danh (để sắp xếp)")),
            Column("abbreviation", self.tr("Viết tắt")),
            Column("level", self.tr("Cấp")),
            Column("type", self.tr("Loại")),
            Column("parent_code", self.tr("Mã cơ quan cấp trên")),
            Column("valid_from", self.tr("Hiệu lực từ"), DATE),
            Column("valid_to", self.tr("Hiệu lực đến"), DATE),
        ]
        model = RecordTableModel(
            organizations, columns, lambda: dto.OrganizationData(code="", name=""), self
        )
        return RecordTablePanel(
            model,
            {
                "code": 150,
                "name": 300,
                "short_name": 150,
                "abbreviation": 80,
                "level": 70,
                "type": 110,
                "parent_code": 170,
                "valid_from": 100,
            },
            False,
        )

    def _group_tab(self) -> QWidget:
        tab = QWidget()
        layout = form_layout(tab)
        self.group_title = QLineEdit(self._group.name)
        self.decision = text_box(2)
        self.decision.setPlainText(self._group.decision_text)
        self.decision.setPlaceholderText(
            self.tr("ví dụ: Quyết định số 897/QĐ-UBND ngày 29/4/2021 của Chủ tịch UBND tỉnh")
        )
        columns = [
            Column("person_name", self.tr("Họ tên")),
            Column("role", self.tr("Vai trò"), CHOICE, tuple((r, r) for r in ROLES)),
            Column("title", self.tr("Chức vụ")),
            Column("agency_code", self.tr("Mã cơ quan cử")),
            Column("date_from", self.tr("Từ ngày"), DATE),
            Column("date_to", self.tr("Đến ngày"), DATE),
        ]
        self.members = RecordTablePanel(
            RecordTableModel(self._group.members, columns, lambda: MemberData(""), self),
            {"person_name": 190, "role": 110, "title": 300, "agency_code": 130},
        )
        layout.addRow(self.tr("Tên Tổ công tác:"), self.group_title)
        layout.addRow(self.tr("Quyết định thành lập:"), self.decision)
        layout.addRow(QLabel(self.tr("Thành viên:")))
        layout.addRow(self.members)
        return tab

    # -- results ----------------------------------------------------------------------------

    def profile(self) -> dto.ProfileData:
        p = copy.deepcopy(self._profile)
        p.parent_organ = nfc(self.parent_organ.toPlainText()).strip()
        p.issuing_organ = nfc(self.issuing_organ.toPlainText()).strip()
        p.group_name = nfc(self.group_name.text()).strip()
        p.place_name = nfc(self.place_name.text()).strip()
        p.issuer_code = nfc(self.issuer_code.text()).strip()
        p.default_recipients = _lines(self.recipients.toPlainText())
        p.signature_presets = [
            {
                "label": row.label,
                "authority_lines": [
                    part.strip() for part in row.authority.split("/") if part.strip()
                ],
                "capacity": row.capacity,
                "title": row.title,
                **({"name": row.name} if row.name else {}),
            }
            for row in self.presets.model.records
        ]
        return p

    def organization_list(self) -> list[dto.OrganizationData]:
        return self.organizations.model.records

    def removed_organization_codes(self) -> list[str]:
        return [o.code for o in self.organizations.removed if o.code]

    def directory(self) -> DirectoryData:
        """Everything edited here, for DirectoryService.save_directory."""
        return DirectoryData(
            self.profile(),
            self.organization_list(),
            self.removed_organization_codes(),
            self.working_group(),
        )

    def working_group(self) -> WorkingGroupData:
        group = copy.deepcopy(self._group)
        group.name = nfc(self.group_title.text()).strip()
        group.decision_text = nfc(self.decision.toPlainText()).strip()
        group.members = list(self.members.model.records)
        return group

    def accept(self) -> None:
        message, tab = self._problem()
        if message:
            self.error.show_message(message)
            self.tabs.setCurrentIndex(tab)
            return
        super().accept()

    def _problem(self) -> tuple[str, int]:
        """The first thing that cannot be saved, with the tab it is on."""
        if not self.parent_organ.toPlainText().strip() or not self.issuer_code.text().strip():
            return self.tr("Cần nhập cơ quan chủ quản và mã ký hiệu văn bản."), 0
        if any(not row.label.strip() for row in self.presets.model.records):
            return self.tr("Mỗi mẫu chữ ký cần có tên mẫu."), 0
        seen = set()
        for org in self.organization_list():
            if not org.name.strip():
                return self.tr("Có cơ quan, đơn vị chưa nhập tên."), 1
            if not org.code.strip():
                org.code = "ORG-" + re.sub(r"[^A-Z0-9]+", "-", fold(org.name).upper()).strip("-")
            if org.code in seen:
                return self.tr("Mã «{0}» bị trùng.").format(org.code), 1
            seen.add(org.code)
        if not self.group_title.text().strip():
            return self.tr("Cần nhập tên Tổ công tác."), 2
        if any(not m.person_name.strip() for m in self.members.model.records):
            return self.tr("Có thành viên chưa nhập họ tên."), 2
        return "", 0
