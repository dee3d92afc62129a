"""Undo/redo covers typing, list edits, reorders, pastes and deletions, in one history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.dto import Section
from tests.ui.conftest import shortcut, task_rows, tsv, type_keys
from ui.actions import ActionId


def test_typing_in_one_field_is_one_undo_step(opened):
    editor = opened.editor
    place = opened.editor_view.pages["general"].place
    type_keys(place, "Hội trường")
    assert editor.stack.count() == 1
    editor.undo()
    assert editor.draft.place == "" and place.text() == ""
    editor.redo()
    assert editor.draft.place == "Hội trường" and place.text() == "Hội trường"


def test_ctrl_z_in_a_text_field_undoes_the_editor_history(opened):
    """The field with the focus has no typing of its own to undo: the editor's last edit
    (in another field) is undone, so there is one history, not one per widget."""
    page = opened.editor_view.pages["general"]
    page.place.setFocus()
    type_keys(page.place, "Phòng họp")
    page.period.setFocus()
    shortcut(opened, "Ctrl+Z")
    assert opened.editor.draft.place == ""
    assert page.place.text() == ""
    shortcut(opened, "Ctrl+Shift+Z")
    assert opened.editor.draft.place == "Phòng họp"


def test_undo_and_redo_actions_follow_the_stack(opened):
    undo, redo = opened.actions[ActionId.UNDO], opened.actions[ActionId.REDO]
    assert not undo.isEnabled() and not redo.isEnabled()
    type_keys(opened.editor_view.pages["general"].place, "X")
    assert undo.isEnabled() and not redo.isEnabled()
    assert "Ctrl+Z" in undo.toolTip()
    undo.trigger()
    assert redo.isEnabled()


def test_undo_a_paste_removes_every_pasted_row_at_once(opened):
    tasks = opened.editor_view.pages["tasks"]
    tasks.paste(tsv(task_rows(10)))
    assert len(opened.editor.draft.tasks) == 10
    opened.editor.undo()
    assert opened.editor.draft.tasks == []
    assert tasks.model.rowCount() == 0
    opened.editor.redo()
    assert tasks.model.rowCount() == 10
    assert "9/10" in tasks.ratio.text()


def test_undo_a_deletion_of_several_tasks_puts_them_back_in_place(qtbot, opened):
    tasks = opened.editor_view.pages["tasks"]
    tasks.paste(tsv(task_rows(6)))
    before = [t.content for t in opened.editor.draft.tasks]
    selection = tasks.table.selectionModel()
    selection.select(tasks.model.index(1, 0), selection.SelectionFlag.Select)
    selection.select(tasks.model.index(3, 0), selection.SelectionFlag.Select)
    tasks.table.setFocus()
    qtbot.keyClick(tasks.table, Qt.Key.Key_Delete)
    assert [t.content for t in opened.editor.draft.tasks] == [before[i] for i in (0, 2, 4, 5)]
    opened.editor.undo()
    assert [t.content for t in opened.editor.draft.tasks] == before


def test_entries_add_move_delete_are_undoable(opened):
    page = opened.editor_view.pages["recommendation"]
    for text in ("Tăng cường quản trị nội bộ", "Đẩy nhanh giải ngân", "Cải cách hành chính"):
        page.add_entry()
        type_keys(page.text, text)
    labels = [page.model.index(r).data() for r in range(3)]
    assert labels == [
        "a) Tăng cường quản trị nội bộ",
        "b) Đẩy nhanh giải ngân",
        "c) Cải cách hành chính",
    ]
    page.move_entry(-1)
    assert page.model.index(1).data() == "b) Cải cách hành chính"
    page.delete_entry()
    assert [e.text for e in opened.editor.draft.section(Section.RECOMMENDATION)] == [
        "Tăng cường quản trị nội bộ",
        "Đẩy nhanh giải ngân",
    ]
    opened.editor.undo()  # the deletion
    opened.editor.undo()  # the move
    assert [e.text for e in opened.editor.draft.section(Section.RECOMMENDATION)] == [
        "Tăng cường quản trị nội bộ",
        "Đẩy nhanh giải ngân",
        "Cải cách hành chính",
    ]


def test_moving_an_entry_leaves_other_sections_in_their_order(opened):
    limitation = opened.editor_view.pages["limitation"]
    recommendation = opened.editor_view.pages["recommendation"]
    for page, text in (
        (limitation, "HC 1"),
        (recommendation, "KN 1"),
        (limitation, "HC 2"),
        (recommendation, "KN 2"),
    ):
        page.select(None)
        page.add_entry()
        type_keys(page.text, text)
    recommendation.move_entry(-1)
    draft = opened.editor.draft
    assert [e.text for e in draft.section(Section.RECOMMENDATION)] == ["KN 2", "KN 1"]
    assert [e.text for e in draft.section(Section.LIMITATION)] == ["HC 1", "HC 2"]


def test_recommendations_are_lettered_under_their_agency_heading(opened):
    page = opened.editor_view.pages["recommendation"]
    for text in ("Cho đơn vị 1", "Cho đơn vị 2", "Phòng Tài chính - Kế hoạch", "Cho phòng"):
        page.add_entry()
        type_keys(page.text, text)
    page.select(opened.editor.draft.section(Section.RECOMMENDATION)[2])
    page.text.setFocus()
    shortcut(opened, "Shift+Tab")  # the agency's name becomes its heading
    type_keys(page.addressee, "Phòng Tài chính - Kế hoạch")
    assert [page.model.index(r).data() for r in range(4)] == [
        "a) Cho đơn vị 1",
        "b) Cho đơn vị 2",
        "1.1. Phòng Tài chính - Kế hoạch  → Phòng Tài chính - Kế hoạch",
        "Cho phòng",  # the heading's only point: no letter, as the notice prints it
    ]


def test_a_meeting_is_issued_as_tb_ubnd_and_one_undo_restores_both(opened):
    general = opened.editor_view.pages["general"]
    notice = opened.editor.draft.notice
    general.kind.setCurrentIndex(general.kind.findData("hop"))
    assert (opened.editor.draft.kind, notice.issuer_code) == ("hop", "UBND")
    assert opened.editor_view.pages["issue"].code.text() == "TB-UBND"
    opened.editor.undo()
    assert (opened.editor.draft.kind, notice.issuer_code) == ("kiem_tra", "TCT")
    assert general.kind.currentData() == "kiem_tra"
