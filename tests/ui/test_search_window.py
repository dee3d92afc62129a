"""Tìm trong mọi nội dung (Ctrl+Shift+F): typed as a user types, opened by Enter, left by Esc."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import dto
from tests.ui.conftest import answer_dialog, focused, id_of, press, shortcut, type_keys
from ui.dialogs.search_dialog import HIT_ROLE, HTML_ROLE, SearchDialog


def _open(qtbot, window) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+Shift+F")
    dialog = window.search.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.query
    return dialog


def _type(qtbot, dialog: SearchDialog, text: str) -> None:
    dialog.query.selectAll()
    type_keys(dialog.query, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())


def _rows(dialog: SearchDialog) -> list[tuple[str, list[str]]]:
    """(group header, [result texts]) as shown."""
    model = dialog.model
    out = []
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        out.append(
            (group.data(), [model.index(c, 0, group).data() for c in range(model.rowCount(group))])
        )
    return out


def _hits(dialog: SearchDialog) -> set[tuple[int | None, int]]:
    """(inspection id, row id) of every result shown."""
    model, out = dialog.model, set()
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        for c in range(model.rowCount(group)):
            owner, hit = model.index(c, 0, group).data(HIT_ROLE)
            out.add((owner, hit.source_id))
    return out


def test_type_ahead_results_grouped_by_inspection_with_highlights(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    _type(qtbot, dialog, "giai ngan von dau t")  # the last word still being typed
    rows = _rows(dialog)
    headers = [header for header, _ in rows]
    assert "14/11/2024 · UBND huyện Khe Đá · 57/TB-TCT · đã ban hành" in headers
    assert headers[-1] == "Thư viện câu chữ"  # the phrase library last
    assert any("Hạn chế, vướng mắc: " in text for _, texts in rows for text in texts)
    first = dialog.tree.currentIndex()
    markup = first.data(HTML_ROLE)
    assert '<span style="background-color:#ffe08a; color:#000000;">' in markup
    assert "kết quả trong" in dialog.status.text()


def test_enter_opens_the_inspection_at_that_entry_selected(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    _type(qtbot, dialog, "giai ngan")
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findData("limitation"))
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2024))
    press(dialog.query, Qt.Key.Key_Down)
    owner, hit = dialog.current_hit
    press(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window = demo_window
    assert window.inspection_list.current_id() == owner == window.editor.inspection_id
    assert window.editor_view.current_key() == "limitation"
    page = window.editor_view.pages["limitation"]
    assert page.current is not None and page.current.id == hit.source_id
    assert "giải ngân" in page.current.text.lower()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is page.text


def test_a_task_opens_on_the_tasks_page_with_its_row_selected(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findData("task"))
    _type(qtbot, dialog, "giai ngan 100%")
    owner, hit = dialog.current_hit
    press(dialog.query, Qt.Key.Key_Enter)
    page = demo_window.editor_view.pages["tasks"]
    assert demo_window.editor_view.current_key() == "tasks"
    assert page.model.item(page.table.currentIndex().row()).id == hit.source_id


def test_esc_returns_to_the_window_and_the_query_stays_for_next_time(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    _type(qtbot, dialog, "so hoa")
    press(dialog.query, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_window.search.open() is dialog
    assert dialog.query.text() == "so hoa" and dialog.query.selectedText() == "so hoa"


def test_a_phrase_is_copied_to_be_pasted(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findData("phrase"))
    _type(qtbot, dialog, "cham giai ngan")
    owner, hit = dialog.current_hit
    assert owner is None
    press(dialog.query, Qt.Key.Key_Return)
    assert "giải ngân" in QApplication.clipboard().text()


def test_user_text_is_shown_as_text_never_as_markup(qtbot, window, services):
    data = services.inspections.new(unit_name="UBND <i>xã</i> & Co")
    data.entries = [dto.EntryData(text='Giải ngân <b>chậm</b> & <img src="x"> "trích"')]
    services.inspections.save(data)
    dialog = _open(qtbot, window)
    _type(qtbot, dialog, "giai ngan cham")
    index = dialog.tree.currentIndex()
    markup = index.data(HTML_ROLE)
    assert "&lt;b&gt;" in markup and "<b>chậm" not in markup and "<img" not in markup
    assert "&amp;" in markup
    assert dialog.model.index(0, 0).data().startswith("(chưa có ngày) · UBND <i>xã</i> & Co")


def test_an_edit_is_found_right_after_autosave(qtbot, demo_window):
    window = demo_window
    window.inspection_list.select_id(id_of(window, "57/TB-TCT"))
    banner = window.editor_view.banner  # issued: edited through an amendment
    banner.amend_button.setFocus()
    answer_dialog(Qt.Key.Key_Return, typed="Bổ sung hạn chế")
    QTest.keyClick(banner.amend_button, Qt.Key.Key_Space)
    assert window.editor.amending
    window.editor_view.show_page("limitation", focus=True)
    page = window.editor_view.pages["limitation"]
    old = page.current.text
    page.text.setFocus()
    page.text.selectAll()
    with qtbot.waitSignal(window.editor.saved, timeout=5000):
        type_keys(page.text, "Chưa số hóa sổ sách kế toán ở Bản Chắt")
    dialog = _open(qtbot, window)
    _type(qtbot, dialog, "ban chat")
    assert any("Bản Chắt" in t for _, texts in _rows(dialog) for t in texts)
    assert (window.editor.inspection_id, page.current.id) in _hits(dialog)
    _type(qtbot, dialog, " ".join(re.findall(r"\w+", old)[:8]))
    assert (window.editor.inspection_id, page.current.id) not in _hits(dialog), old


def test_the_trash_hides_and_a_restore_brings_back(qtbot, demo_window):
    window = demo_window
    window.inspection_list.select_id(id_of(window, "57/TB-TCT"))
    window.delete_inspection()
    dialog = _open(qtbot, window)
    _type(qtbot, dialog, "khe da")
    assert not any("Khe Đá" in header for header, _ in _rows(dialog))
    press(dialog.query, Qt.Key.Key_Escape)
    trashed = window.services.inspections.list_rows(trashed=True)[0]
    window.workspace.trash.restore_inspection(trashed.id)
    window.search.open()
    _type(qtbot, dialog, "khe da")
    assert any("Khe Đá" in header for header, _ in _rows(dialog))


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "-", ":", "😀"])
def test_hostile_queries_get_a_clean_message(qtbot, demo_window, query):
    dialog = _open(qtbot, demo_window)
    _type(qtbot, dialog, query)
    assert dialog.status.text() and "Traceback" not in dialog.status.text()
    press(dialog.query, Qt.Key.Key_Return)  # nothing to open: nothing happens


def test_ten_thousand_characters_pasted_get_a_clean_message(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    dialog.query.setText("giải ngân " * 1000)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    assert dialog.status.text() == "Nội dung tìm quá dài: tối đa 500 ký tự."
    assert dialog.model.rowCount() == 0


def test_results_carry_what_enter_opens(qtbot, demo_window):
    dialog = _open(qtbot, demo_window)
    _type(qtbot, dialog, "ubnd")
    owner, hit = dialog.current_hit
    assert isinstance(owner, int) and hit.source_id > 0
    group = dialog.model.index(0, 0)
    assert group.data(HIT_ROLE) is None  # a group header is not a result
