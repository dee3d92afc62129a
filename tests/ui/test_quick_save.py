"""Autosave of typing writes only the typed entry fields; anything else writes the whole draft."""

from __future__ import annotations

import pytest

from app.database import open_database
from app.dto import Section
from app.services.bundle import Services
from tests.ui.conftest import stored, type_keys


@pytest.fixture
def typing(qtbot, window):
    """An inspection with one saved limitation, open on the Hạn chế page."""
    window.new_inspection()
    window.editor_view.show_page("limitation")
    page = window.editor_view.pages["limitation"]
    page.add_entry()
    type_keys(page.text, "Một")
    assert window.editor.flush()
    return window, page


def test_typing_into_a_saved_entry_saves_that_entry_only(qtbot, typing, db_path):
    window, page = typing
    editor = window.editor
    editor.draft.place = "not an edit: no command, so no save knows of it"
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        type_keys(page.text, " hai")
    data = stored(db_path, editor.draft.id)
    assert [e.text for e in data.section(Section.LIMITATION)] == ["Một hai"]
    assert data.place == ""
    assert saved.args[0].id == editor.draft.id  # the list row stands
    # Adding an entry writes the whole draft again.
    page.add_entry()
    assert editor.flush()
    assert stored(db_path, editor.draft.id).place.startswith("not an edit")


def test_undoing_typing_is_saved_the_same_way(qtbot, typing, db_path):
    window, page = typing
    type_keys(page.text, " hai")
    assert window.editor.flush()
    window.editor.undo()  # the typing in one field was one step: the entry is empty again
    assert window.editor.flush()
    data = stored(db_path, window.editor.draft.id)
    assert [e.text for e in data.section(Section.LIMITATION)] == [""]
    window.editor.redo()
    assert window.editor.flush()
    data = stored(db_path, window.editor.draft.id)
    assert [e.text for e in data.section(Section.LIMITATION)] == ["Một hai"]


def test_an_entry_trashed_meanwhile_is_written_back_whole(qtbot, typing, db_path):
    window, page = typing
    editor = window.editor
    type_keys(page.text, " hai")
    other = open_database(db_path)
    try:
        elsewhere = Services(other).inspections.get(editor.draft.id)
        elsewhere.entries.clear()
        Services(other).inspections.save(elsewhere)  # the entry goes to the trash there
    finally:
        other.close()
    assert editor.flush()
    data = stored(db_path, editor.draft.id)
    assert [e.text for e in data.section(Section.LIMITATION)] == ["Một hai"]
