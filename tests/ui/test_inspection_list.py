"""The inspection list: rows, sorting and the filters (year, kind, status, accent-free text)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app import dto
from tests.ui.conftest import type_keys
from ui.inspection_list import InspectionList
from ui.models.inspection_table_model import COL_DATE, COL_UNIT, ID_ROLE, InspectionTableModel


def row(id_, unit, date, kind="kiem_tra", status="chuan_bi", number=""):
    return dto.InspectionRow(
        id=id_,
        uuid=f"u{id_}",
        date=date,
        kind=dto.Kind(kind),
        unit_name=unit,
        status=dto.InspectionStatus(status),
        notice_number=number,
        year=date.year if date else None,
        task_count=34,
        completed_count=33,
    )


ROWS = [
    row(
        1, "UBND thành phố Lạng Sơn", dt.date(2021, 8, 10), status="da_ban_hanh", number="54/TB-TCT"
    ),
    row(2, "UBND huyện Đồng Đăng", dt.date(2024, 5, 2)),
    row(3, "UBND thành phố Lạng Sơn", dt.date(2020, 5, 13), kind="hop", status="du_thao"),
    row(4, "Sở Tài chính", dt.date(2024, 9, 1), kind="giam_sat"),
]


@pytest.fixture
def listing(qtbot):
    widget = InspectionList()
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    return widget


def visible_ids(widget: InspectionList) -> list[int]:
    proxy = widget.proxy
    return sorted(proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount()))


def test_the_table_model_is_a_well_behaved_model(qtmodeltester):
    model = InspectionTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_rows_show_date_kind_unit_status_number_and_ratio(listing):
    model = listing.model
    first = model.row_of_id(1)
    values = [model.index(first, c).data() for c in range(model.columnCount())]
    assert values == ["10/08/2021", "kiểm tra", "UBND thành phố Lạng Sơn", "đã ban hành",
                      "54/TB-TCT", "33/34"]  # fmt: skip


def test_newest_first_and_sortable_by_date(listing):
    proxy = listing.proxy
    assert [proxy.index(r, COL_DATE).data() for r in range(4)] == [
        "01/09/2024",
        "02/05/2024",
        "10/08/2021",
        "13/05/2020",
    ]


def test_filter_by_year_kind_and_status(listing):
    listing.year_combo.setCurrentIndex(listing.year_combo.findData(2024))
    assert visible_ids(listing) == [2, 4]
    listing.kind_combo.setCurrentIndex(listing.kind_combo.findData("giam_sat"))
    assert visible_ids(listing) == [4]
    listing.year_combo.setCurrentIndex(0)
    listing.kind_combo.setCurrentIndex(0)
    listing.status_combo.setCurrentIndex(listing.status_combo.findData("du_thao"))
    assert visible_ids(listing) == [3]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lang son", [1, 3]),
        ("LẠNG SƠN", [1, 3]),
        ("dong dang", [2]),
        ("đồng đăng", [2]),
        ("54/tb", [1]),
        ("hop", [3]),
        ("so tai chinh 2024", [4]),
        ("khong co", []),
    ],
)
def test_text_filter_ignores_accents_and_folds_d(listing, typed, expected):
    listing.search.setText(typed)
    assert visible_ids(listing) == expected


def test_the_open_inspection_stays_visible_while_filtered(listing):
    listing.select_id(2)
    listing.search.setText("lang son")
    assert visible_ids(listing) == [1, 2, 3]
    assert listing.current_id() == 2


def test_selecting_a_row_reports_its_id(qtbot, listing):
    with qtbot.waitSignal(listing.current_changed) as blocker:
        listing.select_id(3)
    assert blocker.args == [3]


def test_the_year_filter_learns_new_years(listing):
    listing.update_row(row(5, "UBND huyện Mây Xanh", dt.date(2025, 1, 3)))
    assert listing.year_combo.findData(2025) >= 0
    assert listing.model.index(listing.model.row_of_id(5), COL_UNIT).data() == "UBND huyện Mây Xanh"


def shown(widget: InspectionList, column: int = COL_DATE) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_an_edited_row_takes_its_place_in_the_order_and_is_found_by_its_new_text(listing):
    listing.search.setText("moc chau")
    assert visible_ids(listing) == []
    listing.search.clear()
    listing.update_row(row(3, "UBND huyện Mộc Châu", dt.date(2024, 6, 1), kind="hop"))
    assert shown(listing) == ["01/09/2024", "01/06/2024", "02/05/2024", "10/08/2021"]
    listing.search.setText("moc chau")
    assert visible_ids(listing) == [3]
    listing.search.setText("lang son")
    assert visible_ids(listing) == [1]
    listing.search.clear()
    listing.update_row(row(6, "UBND huyện Tràng Định", dt.date(2022, 3, 3)))
    assert shown(listing)[3] == "03/03/2022"
    listing.remove_id(4)
    assert shown(listing)[0] == "01/06/2024"


def test_sorting_by_another_column_and_back(listing):
    listing.view.sortByColumn(COL_UNIT, Qt.SortOrder.AscendingOrder)
    assert shown(listing, COL_UNIT) == sorted(shown(listing, COL_UNIT))
    listing.select_id(2)
    listing.view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert shown(listing) == ["13/05/2020", "10/08/2021", "02/05/2024", "01/09/2024"]
    assert listing.current_id() == 2  # the selection follows its row


def test_the_sorted_model_is_a_well_behaved_model(qtmodeltester):
    model = InspectionTableModel()
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    model.set_rows(ROWS)
    model.update_row(row(2, "UBND huyện Đồng Đăng", dt.date(2019, 5, 2)))
    qtmodeltester.check(model)


def test_in_the_window_an_edited_unit_is_found_by_its_new_name_typed_without_accents(
    qtbot, demo_window
):
    window = demo_window
    listing = window.inspection_list
    edited = next(r.id for r in window.services.inspections.list_rows() if not r.notice_number)
    listing.select_id(edited)
    unit = window.editor_view.pages["general"].unit
    unit.setFocus()
    unit.selectAll()
    with qtbot.waitSignal(window.editor.saved, timeout=2000):
        type_keys(unit, "UBND huyện Mộc Châu")
    listing.select_id(None)  # nothing open: the filter alone decides what is shown
    listing.search.setFocus()
    type_keys(listing.search, "moc chau")
    assert visible_ids(listing) == [edited]
    type_keys(listing.search, " 2021")
    assert visible_ids(listing) == []
    listing.search.clear()
    assert len(visible_ids(listing)) == listing.model.rowCount() == 5
