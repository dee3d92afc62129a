"""Thùng rác: deleted inspections and entries come back; emptying the trash asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.dto import Section
from tests.ui.conftest import shortcut, type_keys
from ui.dialogs.trash_dialog import TrashDialog


def _new(window, unit: str) -> int:
    window.new_inspection()
    type_keys(window.editor_view.pages["general"].unit, unit)
    window.editor.flush()
    return window.editor.draft.id


def _open_trash(qtbot, window) -> TrashDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+Shift+T")
    dialog = window.workspace.trash.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_deleted_inspection_is_restored(qtbot, window):
    services = window.services
    first = _new(window, "UBND huyện Khe Đá")
    window.delete_inspection()
    assert [r.id for r in services.inspections.list_rows()] == []
    dialog = _open_trash(qtbot, window)
    assert [r.unit_name for r in dialog.inspections.rows()] == ["UBND huyện Khe Đá"]
    assert not dialog.entry_box.isEnabled()  # no inspection open
    dialog.restore_inspection_button.click()
    assert [r.id for r in services.inspections.list_rows()] == [first]
    assert dialog.inspections.rowCount() == 0 and not dialog.purge_button.isEnabled()
    assert window.inspection_list.model.row_of_id(first) is not None
    assert "Đã khôi phục" in window.statusBar().currentMessage()


def test_a_deleted_entry_is_restored_into_the_open_inspection(qtbot, window):
    _new(window, "UBND huyện Mây Xanh")
    page = window.editor_view.pages["limitation"]
    window.editor_view.show_page("limitation")
    for text in ("Một việc chậm", "Hai việc chậm"):
        page.add_entry()
        type_keys(page.text, text)
    window.editor.flush()
    page.select(window.editor.draft.section(Section.LIMITATION)[0])
    page.delete_entry()
    dialog = _open_trash(qtbot, window)  # opening it saves what is pending
    assert [e.text for e in dialog.entries.rows()] == ["Một việc chậm"]
    dialog.restore_entry_button.click()
    draft = window.editor.draft
    assert [e.text for e in draft.section(Section.LIMITATION)] == ["Hai việc chậm", "Một việc chậm"]
    assert dialog.entries.rowCount() == 0
    stored = window.services.inspections.get(draft.id)
    assert [e.text for e in stored.section(Section.LIMITATION)] == [
        "Hai việc chậm",
        "Một việc chậm",
    ]
    assert window.services.inspections.trashed_entries(draft.id) == []
    window.editor.undo()  # restoring is an edit like any other
    assert [e.text for e in draft.section(Section.LIMITATION)] == ["Hai việc chậm"]


def test_emptying_the_trash_only_after_confirming(qtbot, window):
    services = window.services
    _new(window, "Sở Tài chính")
    window.delete_inspection()
    dialog = _open_trash(qtbot, window)
    dialog.purge_button.click()
    box = window.workspace.trash.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Xóa vĩnh viễn 1 cuộc kiểm tra" in box.text()
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(services.inspections.list_rows(trashed=True)) == 1
    dialog.purge_button.click()
    box = window.workspace.trash.confirm_box
    box.button(QMessageBox.StandardButton.Discard).click()
    assert services.inspections.list_rows(trashed=True) == []
    assert dialog.inspections.rowCount() == 0
    assert window.statusBar().currentMessage() == "Đã xóa vĩnh viễn 1 cuộc kiểm tra"


def test_the_trash_is_in_the_file_menu_with_its_shortcut(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Thùng &rác…" in texts and "Mới từ &lần trước" in texts
    trash = next(a for a in file_menu.actions() if a.text() == "Thùng &rác…")
    assert trash.shortcut().toString() == "Ctrl+Shift+T"
