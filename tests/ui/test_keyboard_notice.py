"""Issue 11: the district's test notice (tests/notice/district.py) built from an empty database
by keyboard alone, once on the editor's entry pages and once in capture mode: the outline with
Tab / Shift+Tab / Ctrl+K, bold and italic with Ctrl+B / Ctrl+I, every value typed with real key
events (fields are reached by giving them the focus; no mouse event anywhere). The notice it
gives prints exactly the fixture's paragraphs, spans, header, signature and recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.emphasis import parse
from app.dto import EntryKind, Section
from app.notice.builder import build_notice
from tests.notice import district
from tests.ui.conftest import answer_dialog, focused, press, shortcut, type_keys
from ui.capture.entry_edit import EntryEdit

C = Qt.KeyboardModifier.ControlModifier


def type_markup(widget, markup: str) -> None:
    """Type the spans of `markup`, pressing Ctrl+B / Ctrl+I where bold and italic start and end."""
    bold = italic = False
    for span in parse(markup):
        if span.bold != bold:
            QTest.keyClick(widget, Qt.Key.Key_B, C)
            bold = span.bold
        if span.italic != italic:
            QTest.keyClick(widget, Qt.Key.Key_I, C)
            italic = span.italic
        type_keys(widget, span.text)
    if bold:
        QTest.keyClick(widget, Qt.Key.Key_B, C)
    if italic:
        QTest.keyClick(widget, Qt.Key.Key_I, C)


def into(widget, text: str) -> None:
    """Give `widget` the focus and type `text` into it (replacing what it holds)."""
    widget.setFocus()
    target = focused()
    QTest.keyClick(target, Qt.Key.Key_A, C)
    if text:
        type_keys(target, text)
    else:
        press(target, Qt.Key.Key_Delete)


def choose(combo, data) -> None:
    """Pick the item carrying `data` with the arrow keys."""
    combo.setFocus()
    step = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentData() != data:
        press(combo, step)


def activate(button) -> None:
    button.setFocus()
    press(button, Qt.Key.Key_Space)


def _general(window) -> None:
    shortcut(window, "Alt+1")
    page = window.editor_view.pages["general"]
    choose(page.kind, "hop")
    into(page.unit, district.UNIT)
    into(page.date.line, "26/09/2024")
    choose(page.part_of_day, "chieu")
    into(page.subject, district.SUBJECT)
    into(page.unit_report, "Phòng Nội vụ báo cáo")
    into(page.chair_name, "Nông Văn Bình")
    into(page.chair_title, district.CHAIR_TITLE)
    shortcut(window, "Alt+2")
    attendees = window.editor_view.pages["attendees"]
    activate(attendees.add_button)
    table = attendees.table
    table.setFocus()
    table.setCurrentIndex(attendees.model.index(0, attendees.model.column_of("group_text")))
    text = district.ATTENDEES
    type_keys(table, text[0])
    type_keys(focused(), text[1:])
    press(focused(), Qt.Key.Key_Return)


def _outline_in(edit, window, kind: str, level: int) -> None:
    """From an item of the section's own kind, the keys that give it `kind` (and `level`)."""
    page = window.editor_view.pages["recommendation"]
    entry = edit.entry if isinstance(edit, EntryEdit) else page.current
    for _ in range(4):  # a few presses at most; each is one undo step
        if kind == EntryKind.HEADING and not (entry.kind == kind and entry.level == level):
            QTest.keyClick(edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        elif kind == EntryKind.POINT and entry.kind != kind:
            QTest.keyClick(edit, Qt.Key.Key_K, C)
    assert kind in ("", EntryKind.DASH) or entry.kind == kind, (entry.text, entry.kind)


def _fields(window) -> None:
    """What capture mode has no box for: the agencies of headings, the criteria."""
    shortcut(window, "Alt+7")
    page = window.editor_view.pages["recommendation"]
    entries = page.model.entries()
    for (section, _kind, _level, _text, addressee, extra), entry in zip(
        [e for e in district.ENTRIES if e[0] == Section.RECOMMENDATION], entries, strict=True
    ):
        assert section == Section.RECOMMENDATION
        if not addressee and not extra:
            continue
        page.select(entry)
        if addressee:
            into(page.addressee, addressee)
        if "criterion_label" in extra:
            page.criterion_label.setFocus()
            type_markup(page.criterion_label, extra["criterion_label"])
        if "criterion_code" in extra:
            into(page.criterion_code, extra["criterion_code"])
        if "deadline_text" in extra:
            into(page.deadline_text, extra["deadline_text"])


def _entries_on_pages(window) -> None:
    for section, key in ((Section.ASSESSMENT, "Alt+5"), (Section.LIMITATION, "Alt+6")):
        shortcut(window, key)
        page = window.editor_view.pages[str(section)]
        for entry in [e for e in district.ENTRIES if e[0] == section]:
            shortcut(window, "Ctrl+Return")
            assert focused() is page.text
            type_markup(page.text, entry[3])
    shortcut(window, "Alt+7")
    page = window.editor_view.pages["recommendation"]
    for _section, kind, level, text, _addressee, _extra in (
        e for e in district.ENTRIES if e[0] == Section.RECOMMENDATION
    ):
        shortcut(window, "Ctrl+Return")
        assert focused() is page.text
        type_markup(page.text, text)
        _outline_in(page.text, window, kind, level)
    _fields(window)


def _entries_in_capture(window) -> None:
    shortcut(window, "F11")
    capture = window.workspace.capture
    assert capture.isVisible()
    numbers = {Section.ASSESSMENT: 1, Section.LIMITATION: 2, Section.RECOMMENDATION: 3}
    for section, number in numbers.items():
        shortcut(window, f"Ctrl+{number}")
        for i, (_s, kind, level, text, _a, _x) in enumerate(
            e for e in district.ENTRIES if e[0] == section
        ):
            if i:
                shortcut(window, "Return")
            edit = focused()
            assert isinstance(edit, EntryEdit)
            type_markup(edit, text)
            _outline_in(edit, window, kind, level)
    labels = [row.label.text() for row in capture.sections[Section.RECOMMENDATION].rows]
    assert labels == [e[0] for e in district.EXPECTED[4:17]]  # the notice's labels, live
    shortcut(window, "Esc")
    _fields(window)


def _issue(window) -> None:
    shortcut(window, "Alt+9")
    page = window.editor_view.pages["issue"]
    box = page.issuer
    into(box.voice, "UBND huyện")
    into(box.name, "UBND huyện Khe Đá")
    into(box.authority, "UBND huyện")
    into(box.place, "Khe Đá")
    into(page.organ_issuing, "ỦY BAN NHÂN DÂN\nHUYỆN KHE ĐÁ")
    box.attachments.setFocus()
    type_keys(box.attachments, district.ATTACHMENT)
    into(page.signature.authority, "TL. CHỦ TỊCH")
    into(page.signature.capacity, "CHÁNH VĂN PHÒNG")
    into(page.signature.signer_name, "Lục Văn Tài")
    recipients = page.recipients
    for row in range(recipients.model.rowCount()):
        recipients.view.setFocus()
        recipients.view.setCurrentIndex(recipients.model.index(row))
        text = district.RECIPIENTS[row]
        type_keys(recipients.view, text[0])
        type_keys(focused(), text[1:])
        press(focused(), Qt.Key.Key_Return)
    for text in district.RECIPIENTS[recipients.model.rowCount() :]:
        activate(recipients.add_button)
        type_keys(focused(), text)
        press(focused(), Qt.Key.Key_Return)
    into(page.number, "12")
    into(page.date.line, "30/09/2024")
    page.number.setFocus()
    seen: list[str] = []
    answer_dialog(Qt.Key.Key_Return, seen)  # «Ban hành thông báo số 12/TB-UBND …?» — Enter
    press(page.number, Qt.Key.Key_Return)
    assert seen and "12/TB-UBND ngày 30/9/2024" in seen[0]
    assert window.editor.draft.notice.issued


def _check(window) -> None:
    window.editor.flush()
    stored = window.services.inspections.get(window.editor.draft.id)
    profile = window.services.profile.get()
    built = build_notice(stored, profile)
    expected = build_notice(district.inspection(profile), profile)
    assert [(b.label, b.text) for b in built.blocks] == district.EXPECTED
    assert [b.runs() for b in built.blocks] == [b.runs() for b in expected.blocks]
    for name in ("organ_parent", "organ_issuing", "number_line", "date_line", "title",
                 "recipients", "signature", "draft_mark"):  # fmt: skip
        assert getattr(built, name) == getattr(expected, name), name


def test_the_district_notice_by_keyboard_on_the_entry_pages(qtbot, window):
    shortcut(window, "Ctrl+N")
    _general(window)
    _entries_on_pages(window)
    _issue(window)
    _check(window)


def test_the_district_notice_by_keyboard_in_capture_mode(qtbot, window):
    shortcut(window, "Ctrl+N")
    _general(window)
    _entries_in_capture(window)
    _issue(window)
    _check(window)
