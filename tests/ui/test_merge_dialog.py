"""Tệp → Nhận dữ liệu từ máy khác… and Gửi cho máy khác… (issue 15): the merge dialog shows
each conflict side by side, the version chosen with the keyboard is taken, what is left as
proposed keeps this laptop's and is recorded; the package holds the inspections ticked."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from app import dto
from app.database import open_database
from app.datafile import load_demo
from app.services.bundle import Services
from tests.ui.conftest import press, when_modal
from ui.actions import ActionId
from ui.dialogs.conflicts_dialog import ConflictsDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.send_dialog import SendDialog
from ui.models.conflict_table_model import ConflictTableModel


def _meeting(services: Services) -> dto.InspectionData:
    row = next(r for r in services.inspections.list_rows() if r.kind == dto.Kind.HOP)
    return services.inspections.get(row.id)


def _edit(services: Services, **fields) -> None:
    data = _meeting(services)
    for name, value in fields.items():
        setattr(data, name, value)
    services.inspections.save(data)


@pytest.fixture
def other_laptop(tmp_path):
    """Laptop B: the same demo data, then its own edits; `package(**fields)` writes what B
    sends after making them."""
    db = open_database(tmp_path / "b.sqlite")
    services = Services(db)
    content = load_demo()
    services.transfer.import_inspections(content.organizations, content.inspections)

    def package(**fields):
        _edit(services, **fields)
        path = tmp_path / "TCT-gui-B.json"
        services.sync.write_package([_meeting(services).id], path)
        return path

    yield package
    db.close()


def _receive(qtbot, window, path, handle):
    seen = {}

    def answer(dialog):
        seen["rows"] = [
            [dialog.model.index(r, c).data() for c in range(4)]
            for r in range(dialog.model.rowCount())
        ]
        handle(dialog)

    timer = when_modal(answer, MergeDialog)
    done = window.sync.receive(path)
    timer.stop()
    return done, seen["rows"]


def test_the_file_menu_offers_send_and_receive(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Gửi cho máy khác…" in texts and "Nhận dữ liệu từ máy &khác…" in texts
    assert window.actions[ActionId.RECEIVE] in file_menu.actions()


def test_a_conflict_is_shown_side_by_side_and_the_version_chosen_is_taken(
    qtbot, demo_window, other_laptop
):
    services = demo_window.services
    _edit(services, place="Hội trường A")
    path = other_laptop(place="Hội trường B", chair_name="Nguyễn Văn Bình")

    def choose_theirs(dialog):
        assert "lấy từ máy kia: Người chủ trì" in dialog.summary.toPlainText()
        dialog.table.setFocus()
        assert dialog.table.currentIndex().column() == ConflictTableModel.COL_OTHER
        press(dialog.table, Qt.Key.Key_Space)
        press(dialog, Qt.Key.Key_Return)

    done, rows = _receive(qtbot, demo_window, path, choose_theirs)
    assert done
    assert rows == [
        ["UBND thành phố Lạng Sơn, 13/5/2020", "Địa điểm", "Hội trường A", "Hội trường B"]
    ]
    merged = _meeting(services)
    assert (merged.place, merged.chair_name) == ("Hội trường B", "Nguyễn Văn Bình")
    assert services.sync.conflicts() == []
    assert "0 xung đột" in demo_window.statusBar().currentMessage()


def test_left_as_proposed_the_local_version_stays_and_the_other_is_recorded(
    qtbot, demo_window, other_laptop
):
    services = demo_window.services
    _edit(services, place="Hội trường A")
    path = other_laptop(place="Hội trường B")
    done, _rows = _receive(qtbot, demo_window, path, lambda d: press(d, Qt.Key.Key_Return))
    assert done and _meeting(services).place == "Hội trường A"
    [recorded] = services.sync.conflicts()
    assert (recorded.conflict.local, recorded.conflict.other) == ("Hội trường A", "Hội trường B")


def test_cancel_changes_nothing(qtbot, demo_window, other_laptop, db_path):
    services = demo_window.services
    path = other_laptop(place="Hội trường B")
    demo_window.editor.flush()
    before = db_path.read_bytes()
    done, _rows = _receive(qtbot, demo_window, path, lambda d: press(d, Qt.Key.Key_Escape))
    assert not done
    assert _meeting(services).place != "Hội trường B"
    assert db_path.read_bytes() == before


def test_an_issued_inspection_keeps_its_issued_copy_and_offers_no_choice(
    qtbot, demo_window, other_laptop
):
    services = demo_window.services
    meeting = _meeting(services)
    services.register.issue(meeting.id, number=88)
    path = other_laptop(place="Hội trường B")

    def look(dialog):
        index = dialog.model.index(0, ConflictTableModel.COL_OTHER)
        assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
        press(dialog, Qt.Key.Key_Return)

    done, rows = _receive(qtbot, demo_window, path, look)
    assert done and rows[0][3] == "Hội trường B"
    after = _meeting(services)
    assert after.notice.issued and after.place == meeting.place
    assert [c.conflict.other for c in services.sync.conflicts()] == ["Hội trường B"]


def test_send_writes_the_inspections_ticked(qtbot, demo_window, tmp_path):
    services = demo_window.services
    meeting = _meeting(services)
    demo_window.inspection_list.select_id(meeting.id)
    path = tmp_path / "goi.json"

    def tick_the_first_too(dialog):
        dialog.view.setFocus()
        dialog.view.setCurrentIndex(dialog.model.index(1, 0))
        press(dialog.view, Qt.Key.Key_Space)
        press(dialog, Qt.Key.Key_Return)

    timer = when_modal(tick_the_first_too, SendDialog)
    assert demo_window.sync.send(path)
    timer.stop()
    sent = json.loads(path.read_text("utf-8"))
    rows = services.inspections.list_rows()
    assert {i["uuid"] for i in sent["inspections"]} == {meeting.uuid, rows[1].uuid}
    name = services.sync.package_name(dt.date(2024, 11, 15))
    assert name == "TCT-gui-To-cong-tac-cua-Chu-tich-UBND-tinh-2024-11-15.json"


def test_recorded_conflicts_reopen_and_the_version_ticked_is_taken(
    qtbot, demo_window, other_laptop
):
    services = demo_window.services
    _edit(services, place="Hội trường A")
    path = other_laptop(place="Hội trường B")
    _receive(qtbot, demo_window, path, lambda d: press(d, Qt.Key.Key_Return))  # left for later
    assert _meeting(services).place == "Hội trường A"
    seen = {}

    def take_the_other(dialog):
        seen["headers"] = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)]
        seen["values"] = [dialog.model.index(0, c).data() for c in (2, 3)]
        dialog.table.setFocus()
        press(dialog.table, Qt.Key.Key_Space)
        press(dialog, Qt.Key.Key_Return)

    timer = when_modal(take_the_other, ConflictsDialog)
    demo_window.actions[ActionId.CONFLICTS].trigger()
    timer.stop()
    assert seen == {
        "headers": ["Đang dùng", "Bản chưa lấy"],
        "values": ["Hội trường A", "Hội trường B"],
    }
    assert _meeting(services).place == "Hội trường B"
    assert services.sync.conflicts() == []
