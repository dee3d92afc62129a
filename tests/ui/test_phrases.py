"""The phrase library from the editor: search as you type, insert, save, usage counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.dto import Section
from tests.ui.conftest import focused, shortcut, type_keys
from ui.dialogs.phrase_dialog import PhraseDialog
from ui.dialogs.save_phrase_dialog import SavePhraseDialog


def _limitations_page(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor_view.show_page("limitation")
    page = window.editor_view.pages["limitation"]
    page.add_entry()
    return page


def test_search_ignores_accents_and_filters_by_field(qtbot, services):
    dialog = PhraseDialog(services.phrases.search, Section.LIMITATION)
    qtbot.addWidget(dialog)
    everything = dialog.model.rowCount()
    assert everything >= 5
    type_keys(dialog.query, "GIAI NGAN")
    texts = [p.text for p in dialog.model.rows()]
    assert texts and all("giải ngân" in t.lower() for t in texts)
    assert dialog.count.text() == f"{len(texts)} câu"
    dialog.query.clear()
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("cchc"))
    assert {p.field_tag for p in dialog.model.rows()} == {"cchc"}
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findData(None))
    assert {p.section for p in dialog.model.rows()} >= {"limitation"}
    type_keys(dialog.query, "không có câu nào như vậy")
    assert dialog.model.rowCount() == 0 and not dialog.insert_button.isEnabled()


def test_arrow_keys_choose_while_typing_and_the_counts_are_shown(qtbot, services):
    dialog = PhraseDialog(services.phrases.search, Section.RECOMMENDATION)
    qtbot.addWidget(dialog)
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Đã dùng"
    first = dialog.phrase
    shortcut(dialog.query, "Down")
    dialog.query.setFocus()
    assert dialog.phrase != first
    assert dialog.model.index(0, 2).data() == str(first.usage_count)


def test_at_the_cursor_on_an_entries_page(qtbot, window):
    page = _limitations_page(qtbot, window)
    type_keys(page.text, "Nhìn chung")
    shortcut(window, "Ctrl+L")
    dialog = window.workspace.phrases.dialog
    qtbot.waitUntil(lambda: dialog.query.hasFocus())
    type_keys(focused(), "thu ngan sach")
    phrase = dialog.phrase
    shortcut(window, "Ctrl+Return")
    qtbot.waitUntil(lambda: not dialog.isVisible() and window.isActiveWindow())
    assert focused() is page.text
    entries = window.editor.draft.section(Section.LIMITATION)
    assert [e.text for e in entries] == [f"Nhìn chung {phrase.text}"]
    assert window.services.phrases.search(phrase.text)[0].usage_count == 1
    shortcut(window, "Ctrl+Z")  # one undo step takes the phrase out again
    assert entries[0].text == "Nhìn chung"


def test_an_empty_entry_takes_the_phrase_itself(qtbot, window):
    page = _limitations_page(qtbot, window)
    dialog = window.workspace.phrases.open_insert()
    type_keys(dialog.query, "ky luat")
    phrase = dialog.phrase
    dialog.insert_button.click()
    assert [e.text for e in window.editor.draft.section(Section.LIMITATION)] == [phrase.text]
    assert page.text.toPlainText() == phrase.text


def test_most_used_phrases_come_first(qtbot, window):
    _limitations_page(qtbot, window)
    phrases = window.services.phrases.search(section="limitation")
    last = phrases[-1]
    window.services.phrases.record_use(last.id)
    dialog = window.workspace.phrases.open_insert()
    assert dialog.phrase.id == last.id
    dialog.reject()


def test_save_the_current_entry_to_the_library(qtbot, window):
    page = _limitations_page(qtbot, window)
    text = "Chưa kịp thời cập nhật hồ sơ đất đai"
    type_keys(page.text, text)
    shortcut(window, "Ctrl+Shift+L")
    dialog = window.workspace.phrases.dialog
    assert isinstance(dialog, SavePhraseDialog)
    assert dialog.text == text
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("do_thi"))
    dialog.accept()
    saved = window.services.phrases.search("cap nhat ho so dat dai")
    assert [(p.text, p.section, p.field_tag) for p in saved] == [(text, "limitation", "do_thi")]
    assert "Quản lý đô thị, đất đai" in window.statusBar().currentMessage()


def test_nothing_to_save_or_insert_into_says_so(qtbot, window):
    window.new_inspection()
    assert window.workspace.phrases.open_save() is None
    assert "chưa có nội dung" in window.statusBar().currentMessage()
    window.editor_view.show_page("general")
    assert window.workspace.phrases.open_insert() is None
    assert "Hạn chế" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_a_query_with_nothing_to_search_says_so_in_the_dialog(qtbot, services):
    dialog = PhraseDialog(services.phrases.search, Section.LIMITATION)
    qtbot.addWidget(dialog)
    type_keys(dialog.query, '"-:*')
    assert dialog.model.rowCount() == 0 and not dialog.insert_button.isEnabled()
    assert dialog.count.text() == "Hãy gõ ít nhất một chữ hoặc một số để tìm."
    type_keys(dialog.query, " giai ng")
    assert dialog.model.rowCount() > 0 and dialog.insert_button.isEnabled()
