"""Capture mode in the session: a secretary types the whole body without touching the mouse."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtGui import QTextCursor

from app.database import open_database
from app.domain.letters import letter
from app.dto import EntryData, Section
from app.services.bundle import Services
from tests.ui.conftest import commit_text, focused, shortcut, type_keys
from ui.actions import ActionId
from ui.capture.entry_edit import EntryEdit
from ui.dialogs.phrase_dialog import PhraseDialog

LIMITATIONS = [
    f"Hạn chế thứ {i}: tiến độ giải ngân vốn đầu tư công mới đạt {i},5% kế hoạch"
    for i in range(1, 21)
]
RECOMMENDATIONS = [
    f"Kiến nghị thứ {i}: chỉ đạo quyết liệt, rà soát và hoàn thành nhiệm vụ số {i}"
    for i in range(1, 16)
]


def _type(text: str, as_input_method: bool) -> None:
    """Into the focused box: key by key, or as one input-method commit (Unikey)."""
    widget = focused()
    assert isinstance(widget, EntryEdit), type(widget)
    if as_input_method:
        commit_text(widget, text)
    else:
        type_keys(widget, text)


def _type_section(window, number: int, texts: list[str]) -> None:
    shortcut(window, f"Ctrl+{number}")
    for i, text in enumerate(texts):
        if i:
            shortcut(window, "Return")
        _type(text, as_input_method=i % 2 == 1)


def _insert_phrase(qtbot, window, query: str) -> str:
    """Ctrl+L, type the search without accents, Enter; returns the phrase inserted."""
    shortcut(window, "Ctrl+L")
    dialog = window.workspace.phrases.dialog
    assert isinstance(dialog, PhraseDialog)
    qtbot.waitUntil(lambda: dialog.query.hasFocus())
    type_keys(focused(), query)
    chosen = dialog.phrase.text
    shortcut(window, "Return")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The window is active again and the cursor is in the entry that holds the phrase.
    qtbot.waitUntil(lambda: window.isActiveWindow() and isinstance(focused(), EntryEdit))
    assert focused().entry.text == chosen
    return chosen


def _section(draft, section) -> list[str]:
    return [e.text for e in draft.section(section)]


def _lettered(texts: list[str]) -> list[str]:
    last = len(texts) - 1
    return [f"{letter(i)}) {t}{'.' if i == last else ';'}" for i, t in enumerate(texts)]


def _contains_in_order(haystack: str, needles: list[str]) -> bool:
    position = 0
    for needle in needles:
        position = haystack.find(needle, position)
        if position < 0:
            return False
        position += len(needle)
    return True


def _pdf_text(path) -> str:
    """The PDF's text, page numbers dropped, whitespace closed up (lines re-joined)."""
    pages = []
    for page in PdfReader(path).pages:
        lines = page.extract_text().splitlines()
        pages += [line for line in lines if not re.fullmatch(r"\s*\d+\s*", line)]
    return " ".join(" ".join(pages).split())


def test_a_whole_session_typed_in_capture_mode(qtbot, window, db_path, tmp_path):
    editor = window.editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+N")
    type_keys(focused(), "UBND huyện Mây Xanh")
    shortcut(window, "F11")
    capture = window.workspace.capture
    assert window.workspace.mode.active and capture.isVisible()
    assert not window.inspection_list.isVisible()

    _type_section(window, 2, LIMITATIONS)
    _type_section(window, 3, RECOMMENDATIONS)
    draft = editor.draft
    assert _section(draft, Section.LIMITATION) == LIMITATIONS
    assert _section(draft, Section.RECOMMENDATION) == RECOMMENDATIONS
    labels = [row.label.text() for row in capture.sections[Section.RECOMMENDATION].rows]
    assert labels == [f"{letter(i)})" for i in range(15)]

    # Move the last recommendation up, then the last limitation up; undo the second move.
    shortcut(window, "Alt+Up")
    recommendations = RECOMMENDATIONS[:13] + [RECOMMENDATIONS[14], RECOMMENDATIONS[13]]
    assert _section(draft, Section.RECOMMENDATION) == recommendations
    assert focused().entry.text == RECOMMENDATIONS[14]
    assert capture.sections[Section.RECOMMENDATION].rows[13].label.text() == f"{letter(13)})"
    shortcut(window, "Ctrl+2")
    shortcut(window, "Alt+Up")
    assert _section(draft, Section.LIMITATION)[18] == LIMITATIONS[19]
    shortcut(window, "Ctrl+Z")
    assert _section(draft, Section.LIMITATION) == LIMITATIONS
    assert _section(draft, Section.RECOMMENDATION) == recommendations

    # Two phrases from the library, found without accents, each a new entry after the cursor.
    limitation_phrase = _insert_phrase(qtbot, window, "giai ngan")
    assert "giải ngân" in limitation_phrase
    shortcut(window, "Ctrl+3")
    recommendation_phrase = _insert_phrase(qtbot, window, "ra soat")
    assert recommendation_phrase.startswith("Rà soát")
    limitations = LIMITATIONS + [limitation_phrase]
    recommendations = recommendations + [recommendation_phrase]
    assert _section(draft, Section.LIMITATION) == limitations
    assert _section(draft, Section.RECOMMENDATION) == recommendations
    used = window.services.phrases.search("giai ngan", section="limitation")
    assert next(p for p in used if p.text == limitation_phrase).usage_count == 1

    # The preview, shown from the keyboard, reads as typed: paragraphs, letters, order.
    shortcut(window, "Ctrl+Shift+P")
    preview = window.workspace.preview
    expected = limitations + _lettered(recommendations)
    qtbot.waitUntil(lambda: _contains_in_order(preview.text(), expected), timeout=3000)
    preview_lines = preview.text().splitlines()
    start = preview_lines.index(limitations[0])
    assert preview_lines[start : start + len(limitations)] == limitations
    start = preview_lines.index(_lettered(recommendations)[0])
    assert preview_lines[start : start + 16] == _lettered(recommendations)
    assert preview_lines[start + 15].startswith("q) ")

    # The real PDF says the same, in the same order.
    opened = []
    preview.opener = opened.append
    preview.folder = tmp_path
    with qtbot.waitSignal(preview.pdf_written, timeout=10000) as written:
        shortcut(window, "Ctrl+Shift+O")
    qtbot.waitUntil(lambda: bool(opened))
    assert str(opened[0]) == written.args[0]
    pdf = _pdf_text(opened[0])
    assert _contains_in_order(pdf, [" ".join(t.split()) for t in expected])

    # Everything is in the database once the editor says it is saved.
    if editor.dirty:
        with qtbot.waitSignal(editor.saved, timeout=2000):
            pass
    db = open_database(db_path)
    try:
        stored = Services(db).inspections.get(draft.id)
    finally:
        db.close()
    assert _section(stored, Section.LIMITATION) == limitations
    assert _section(stored, Section.RECOMMENDATION) == recommendations

    shortcut(window, "Esc")
    assert not window.workspace.mode.active
    assert window.inspection_list.isVisible()
    assert window.editor_view.current_key() == "recommendation"


def test_enter_backspace_and_shift_enter(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "Ctrl+Shift+C")
    shortcut(window, "Ctrl+1")
    draft = window.editor.draft
    type_keys(focused(), "Dòng một")
    shortcut(window, "Shift+Return")
    type_keys(focused(), "dòng hai")
    assert _section(draft, Section.ASSESSMENT) == ["Dòng một\ndòng hai"]
    shortcut(window, "Return")
    shortcut(window, "Return")  # an empty entry does not open another
    assert _section(draft, Section.ASSESSMENT) == ["Dòng một\ndòng hai", ""]
    shortcut(window, "Backspace")  # the empty entry goes, the cursor to the end of the one above
    assert _section(draft, Section.ASSESSMENT) == ["Dòng một\ndòng hai"]
    assert focused().entry is draft.section(Section.ASSESSMENT)[0]
    assert focused().textCursor().atEnd()
    shortcut(window, "Ctrl+Z")  # the removal is undone, and so on back
    assert _section(draft, Section.ASSESSMENT) == ["Dòng một\ndòng hai", ""]


def test_up_and_down_walk_through_the_entries_of_every_section(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "F11")
    _type_section(window, 2, ["Hạn chế A", "Hạn chế B"])
    _type_section(window, 3, ["Kiến nghị A"])
    shortcut(window, "Up")
    assert focused().entry.text == "Hạn chế B"
    shortcut(window, "Up")
    assert focused().entry.text == "Hạn chế A"
    shortcut(window, "Up")
    assert focused().entry is None  # the empty box of Đánh giá chung
    for _ in range(3):
        shortcut(window, "Down")
    assert focused().entry.text == "Kiến nghị A"
    assert focused().textCursor().atStart()


def test_typing_in_a_long_section_keeps_its_rows(qtbot, window):
    """A keystroke rebuilds nothing; Enter adds one row and keeps the others."""
    window.new_inspection()
    draft = window.editor.draft
    draft.entries.extend(EntryData(section=Section.LIMITATION, text=f"Mục {i}") for i in range(120))
    window.editor.save()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "F11")
    shortcut(window, "Ctrl+2")
    view = window.workspace.capture.sections[Section.LIMITATION]
    rows = list(view.rows)
    type_keys(focused(), " thêm")
    assert view.rows == rows
    assert draft.section(Section.LIMITATION)[-1].text == "Mục 119 thêm"
    shortcut(window, "Return")
    assert view.rows[:120] == rows and len(view.rows) == 121
    assert focused() is view.rows[120].edit


def test_letter_size_for_a_projector_is_remembered(qtbot, window, ui_settings):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "F11")
    shortcut(window, "Ctrl+2")
    edit = focused()
    before = edit.font().pointSizeF()
    shortcut(window, "Ctrl+=")
    shortcut(window, "Ctrl+=")
    assert edit.font().pointSizeF() > before * 1.3
    assert ui_settings.capture_scale > 1.3
    shortcut(window, "Ctrl+0")
    assert edit.font().pointSizeF() == before
    shortcut(window, "Ctrl+-")
    assert edit.font().pointSizeF() < before


def test_capture_mode_needs_an_inspection(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.mode.enter()
    assert not window.workspace.mode.active
    assert "cuộc kiểm tra" in window.statusBar().currentMessage()


def test_the_menus_show_the_capture_keys(window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Xem")
    texts = {a.text(): a.shortcut().toString() for a in view_menu.actions() if a.text()}
    assert texts["&Ghi nhanh"] == "F11"
    assert texts["&Xem trước"] == "Ctrl+Shift+P"
    assert "(F11)" in window.actions[ActionId.CAPTURE].toolTip()
    assert "(Ctrl+L)" in window.actions[ActionId.INSERT_PHRASE].toolTip()


def test_capture_starts_at_the_entry_of_the_page_and_returns_to_it(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.editor_view
    view.show_page("recommendation")
    page = view.pages["recommendation"]
    for text in ("Kiến nghị một", "Kiến nghị hai"):
        page.add_entry()
        type_keys(page.text, text)
    first = window.editor.draft.section(Section.RECOMMENDATION)[0]
    page.select(first)
    shortcut(window, "F11")
    assert focused().entry is first and focused().textCursor().atEnd()
    type_keys(focused(), " nữa")
    shortcut(window, "F11")
    assert not window.workspace.mode.active
    assert view.current_key() == "recommendation" and page.current is first
    assert page.text.toPlainText() == "Kiến nghị một nữa"
    assert not window.editor.dirty  # leaving saved what was pending


def test_a_new_inspection_while_capturing_is_captured_too(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "F11")
    shortcut(window, "Ctrl+N")
    assert window.workspace.mode.active
    assert isinstance(focused(), EntryEdit) and focused().entry is None
    type_keys(focused(), "Hạn chế đầu tiên")
    assert _section(window.editor.draft, Section.LIMITATION) == ["Hạn chế đầu tiên"]


def test_text_edited_on_a_page_is_what_capture_mode_shows(qtbot, window):
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut(window, "F11")
    _type_section(window, 2, ["Bản đầu"])
    shortcut(window, "Esc")
    page = window.editor_view.pages["limitation"]
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(page.text, " đã sửa")
    shortcut(window, "F11")
    assert focused().toPlainText() == "Bản đầu đã sửa"
    type_keys(focused(), "!")
    assert _section(window.editor.draft, Section.LIMITATION) == ["Bản đầu đã sửa!"]
