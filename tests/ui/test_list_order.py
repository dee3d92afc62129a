"""The inspection list sorts names in Vietnamese order and files every inspection under the year
of app.domain.inspection_year, whether or not it has a session date (issue 12 items 4 and 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app import dto
from ui.inspection_list import InspectionList
from ui.models.inspection_table_model import COL_STATUS, COL_UNIT, ID_ROLE

UNITS = ["Xã Yên Bình", "Đồi Thông", "Ân Thi", "An Bình", "Khe Đá", "Dương Xá", "Bắc Sơn"]


def _row(id_, unit, date=dt.date(2024, 5, 2), year=2024, status="chuan_bi"):
    return dto.InspectionRow(
        id=id_,
        uuid=f"u{id_}",
        date=date,
        kind=dto.Kind.KIEM_TRA,
        unit_name=unit,
        status=dto.InspectionStatus(status),
        notice_number="",
        year=year,
    )


@pytest.fixture
def listing(qtbot):
    widget = InspectionList()
    qtbot.addWidget(widget)
    return widget


def _column(widget: InspectionList, column: int) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_unit_names_sort_in_vietnamese_order(listing):
    listing.set_rows([_row(i, unit) for i, unit in enumerate(UNITS, start=1)])
    listing.view.sortByColumn(COL_UNIT, Qt.SortOrder.AscendingOrder)
    assert _column(listing, COL_UNIT) == [
        "An Bình", "Ân Thi", "Bắc Sơn", "Dương Xá", "Đồi Thông", "Khe Đá", "Xã Yên Bình",
    ]  # fmt: skip
    listing.view.sortByColumn(COL_UNIT, Qt.SortOrder.DescendingOrder)
    assert _column(listing, COL_UNIT)[0] == "Xã Yên Bình"


def test_statuses_sort_in_vietnamese_order(listing):
    statuses = ["theo_doi", "da_ban_hanh", "du_thao", "dang_lam_viec", "chuan_bi"]
    listing.set_rows([_row(i, "Khe Đá", status=s) for i, s in enumerate(statuses, start=1)])
    listing.view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _column(listing, COL_STATUS) == [
        "chuẩn bị", "dự thảo", "đã ban hành", "đang làm việc", "theo dõi",
    ]  # fmt: skip


def test_an_undated_inspection_is_filed_under_its_year(listing):
    listing.set_rows(
        [
            _row(1, "Khe Đá", date=dt.date(2023, 6, 1), year=2023),
            _row(2, "Mây Xanh", date=None, year=2024),  # planned, no session date yet
            _row(3, "Đồi Thông", date=dt.date(2025, 1, 9), year=2024),  # 2024's work, in January
        ]
    )
    years = [listing.year_combo.itemData(i) for i in range(listing.year_combo.count())]
    assert years == [None, 2024, 2023]
    listing.year_combo.setCurrentIndex(listing.year_combo.findData(2024))
    proxy = listing.proxy
    assert sorted(proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())) == [2, 3]
    listing.update_row(_row(4, "Lộc Bình", date=None, year=2026))
    assert listing.year_combo.findData(2026) >= 0


def test_organizations_come_in_vietnamese_order_in_the_directory_and_completer(window, services):
    names = ["UBND huyện Văn Lãng", "UBND huyện Đình Lập", "UBND huyện Bắc Sơn", "Ủy ban MTTQ tỉnh"]
    for i, name in enumerate(names):
        services.profile.save_organization(dto.OrganizationData(code=f"ORG-{i}", name=name))
    window.editor.reload_directory()
    expected = ["UBND huyện Bắc Sơn", "UBND huyện Đình Lập", "UBND huyện Văn Lãng",
                "Ủy ban MTTQ tỉnh"]  # fmt: skip
    dialog = window.directory_dialog()
    assert [o.name for o in dialog.organization_list()] == expected
    window.new_inspection()
    assert window.editor_view.pages["general"]._unit_names.stringList() == expected
