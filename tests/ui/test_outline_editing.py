"""Editing entries with real key events: undo that keeps a sentence (issue 13.2), the capture
hint (13.3), bold and italic on a selection, and one labelling rule for the notice, the entry
list, capture mode and the preview (issue 11.7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.dto import Section
from app.notice.builder import build_notice, entry_labels
from tests.ui.conftest import focused, shortcut, type_keys
from ui.capture.entry_edit import EntryEdit
from ui.models.entry_list_model import LABEL_ROLE, shown_label

SENTENCE = "Đề nghị bổ sung biên chế cho Bộ phận Một cửa"
C = Qt.KeyboardModifier.ControlModifier


def _select_all_and_type(widget, text: str) -> None:
    QTest.keyClick(widget, Qt.Key.Key_A, C)
    type_keys(widget, text)


def test_undo_after_typing_over_a_sentence_on_the_page(qtbot, opened):
    """Type a proposal, wait, select all, type XYZ: Ctrl+Z gives the sentence back, not its
    first letter, and a second Ctrl+Z empties the entry instead of deleting it; the entry stays
    selected, so the next keys go into it."""
    shortcut(opened, "Alt+8")
    page = opened.editor_view.pages["proposal"]
    shortcut(opened, "Ctrl+Return")
    type_keys(focused(), SENTENCE)
    qtbot.wait(3100)  # the autosave has written it, and the typing paused
    assert not opened.editor.dirty
    _select_all_and_type(page.text, "XYZ")
    (entry,) = opened.editor.draft.section(Section.PROPOSAL)
    assert entry.text == "XYZ"
    shortcut(opened, "Ctrl+Z")
    assert entry.text == SENTENCE and page.text.toPlainText() == SENTENCE
    shortcut(opened, "Ctrl+Z")
    assert opened.editor.draft.section(Section.PROPOSAL) == [entry] and entry.text == ""
    assert page.current is entry and focused() is page.text
    type_keys(focused(), "Mới")
    assert entry.text == "Mới"
    shortcut(opened, "Ctrl+Z")
    shortcut(opened, "Ctrl+Y")
    assert entry.text == "Mới" and page.current is entry and focused() is page.text


def test_undo_after_typing_over_a_sentence_in_capture_mode(qtbot, opened):
    shortcut(opened, "F11")
    shortcut(opened, "Ctrl+4")
    edit = focused()
    assert isinstance(edit, EntryEdit)
    type_keys(edit, SENTENCE)
    qtbot.wait(600)
    _select_all_and_type(edit, "XYZ")
    (entry,) = opened.editor.draft.section(Section.PROPOSAL)
    shortcut(opened, "Ctrl+Z")
    assert entry.text == SENTENCE and edit.toPlainText() == SENTENCE
    shortcut(opened, "Ctrl+Z")  # the typing, not the entry
    assert opened.editor.draft.section(Section.PROPOSAL) == [entry] and entry.text == ""
    assert focused() is edit
    shortcut(opened, "Ctrl+Y")
    assert entry.text == SENTENCE and focused() is edit


def test_a_pause_in_the_typing_starts_a_new_undo_step(qtbot, opened, monkeypatch):
    from ui.editor import commands

    now = [100.0]
    monkeypatch.setattr(commands, "clock", lambda: now[0])
    place = opened.editor_view.pages["general"].place
    type_keys(place, "Hội trường")
    now[0] += 5
    type_keys(place, " tầng 2")
    opened.editor.undo()
    assert opened.editor.draft.place == "Hội trường"


@pytest.mark.parametrize(("followups", "count"), [(False, 4), (True, 5)])
def test_the_capture_hint_counts_the_sections_shown(qtbot, demo_window, followups, count):
    """Issue 13.3: the hint said Ctrl+1…5 with 4 sections."""
    from tests.ui.conftest import id_of

    demo_window.inspection_list.select_id(id_of(demo_window, "54/TB-TCT"))
    if followups:
        shortcut(demo_window, "Ctrl+Shift+N")  # from the previous one: its follow-ups
    shortcut(demo_window, "F11")
    hint = demo_window.workspace.capture.hint.text()
    assert f"Ctrl+1…{count}: chuyển phần" in hint
    assert f"Ctrl+1…{9 - count}" not in hint


def test_bold_and_italic_on_a_selection_are_shown_and_undone(qtbot, opened):
    shortcut(opened, "Alt+6")
    page = opened.editor_view.pages["limitation"]
    shortcut(opened, "Ctrl+Return")
    type_keys(page.text, "Giải ngân chậm")
    (entry,) = opened.editor.draft.section(Section.LIMITATION)
    for _ in range(4):
        QTest.keyClick(page.text, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(page.text, Qt.Key.Key_B, C)
    assert entry.text == "Giải ngân **chậm**"
    cursor = QTextCursor(page.text.document())
    cursor.setPosition(len("Giải ngân c"))
    assert cursor.charFormat().fontWeight() >= 700  # shown bold while typing
    QTest.keyClick(page.text, Qt.Key.Key_I, C)
    assert entry.text == "Giải ngân ***chậm***"
    shortcut(opened, "Ctrl+Z")
    assert entry.text == "Giải ngân **chậm**"
    shortcut(opened, "Ctrl+Z")
    assert entry.text == "Giải ngân chậm"  # the typing itself is a step before
    assert page.text.toPlainText() == "Giải ngân chậm"
    type_keys(page.text, " *")  # a star typed is a star, stored escaped
    assert entry.text.endswith(" \\*")


def test_tab_shift_tab_and_ctrl_k_on_the_entry_list(qtbot, opened):
    shortcut(opened, "Alt+7")
    page = opened.editor_view.pages["recommendation"]
    for text in ("Đôn đốc", "Văn phòng", "Cập nhật", "Theo dõi"):
        shortcut(opened, "Ctrl+Return")
        type_keys(page.text, text)
    entries = opened.editor.draft.section(Section.RECOMMENDATION)
    page.select(entries[1])
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    labels = [page.model.index(r).data(LABEL_ROLE) for r in range(4)]
    assert labels == ["", "1.1.", "a)", "b)"]  # "Đôn đốc" stands alone above the heading
    QTest.keyClick(page.view, Qt.Key.Key_K, C)  # a heading: its number off
    assert [page.model.index(r).data(LABEL_ROLE) for r in range(4)] == ["", "", "a)", "b)"]
    page.select(entries[3])
    QTest.keyClick(page.view, Qt.Key.Key_K, C)  # point → dash
    assert page.model.index(3).data() == "- Theo dõi"
    assert page.model.index(2).data(LABEL_ROLE) == ""  # now the heading's only point
    opened.editor.undo()
    opened.editor.undo()
    QTest.keyClick(page.view, Qt.Key.Key_Tab)  # back from heading 1.1. to a point
    assert [page.model.index(r).data(LABEL_ROLE) for r in range(4)] == ["a)", "b)", "c)", "d)"]


def test_one_labelling_rule_in_the_notice_the_list_capture_mode_and_the_preview(qtbot, demo_window):
    window = demo_window
    shortcut(window, "Ctrl+Shift+P")
    preview = window.workspace.preview
    for row in window.services.inspections.list_rows():
        window.inspection_list.select_id(row.id)
        qtbot.waitUntil(lambda row=row: window.editor.draft.id == row.id)
        draft, profile = window.editor.draft, window.editor.profile
        labels = entry_labels(draft, profile)
        printed = {b.entry: b.label for b in build_notice(draft, profile).blocks}
        assert labels == {i: label for i, label in printed.items() if i is not None}
        pages = window.editor_view.pages
        for section in (Section.ASSESSMENT, Section.LIMITATION, Section.RECOMMENDATION):
            indexes = [i for i, e in enumerate(draft.entries) if e.section == section]
            model = pages[str(section)].model
            listed = [model.index(r).data(LABEL_ROLE) for r in range(model.rowCount())]
            assert listed == [labels.get(i) for i in indexes], (row.notice_number, section)
        shortcut(window, "F11")
        capture = window.workspace.capture
        for section, view in capture.sections.items():
            indexes = [i for i, e in enumerate(draft.entries) if e.section == section]
            if not indexes:
                continue
            shown = [r.label.text() for r in view.rows]
            assert shown == [shown_label(labels.get(i)) for i in indexes], section
        shortcut(window, "Esc")
        doc = build_notice(draft, profile)
        qtbot.waitUntil(lambda doc=doc: doc.title in preview.text().split("\n"), timeout=3000)
        text = preview.text().split("\n")
        for block in doc.blocks:
            if block.entry is not None and block.label:
                assert block.printed in text


def test_the_legal_basis_reads_right_in_the_preview_when_members_are_listed(qtbot, opened):
    """Issue 13.10: "Căn cứ" vanished once a member of the group was listed, and printed as
    "tại Căn cứ Quyết định …"."""
    general = opened.editor_view.pages["general"]
    general.legal_basis.setFocus()
    type_keys(general.legal_basis, "Căn cứ Quyết định số 897/QĐ-UBND ngày 29/4/2021")
    shortcut(opened, "Alt+2")
    attendees = opened.editor_view.pages["attendees"]
    attendees.add_button.setFocus()
    QTest.keyClick(attendees.add_button, Qt.Key.Key_Space)
    table, model = attendees.table, attendees.model
    table.setFocus()
    choice = model.index(0, model.column_of("side"))
    table.setCurrentIndex(choice)
    QTest.keyClick(table, Qt.Key.Key_F2)  # the side's list: the group is the first choice
    QTest.keyClick(focused(), Qt.Key.Key_Home)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    table.setCurrentIndex(model.index(0, model.column_of("person_name")))
    type_keys(table, "V")
    type_keys(focused(), "i Thị Hạnh")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert choice.data() == "Tổ công tác"
    shortcut(opened, "Ctrl+Shift+P")
    preview = opened.workspace.preview
    wanted = (
        "Tham dự kiểm tra có các thành viên Tổ công tác tại Quyết định số 897/QĐ-UBND ngày "
        "29/4/2021: đồng chí Vi Thị Hạnh."
    )
    qtbot.waitUntil(lambda: wanted in " ".join(preview.text().split()), timeout=3000)
    assert "tại Căn cứ" not in preview.text()
