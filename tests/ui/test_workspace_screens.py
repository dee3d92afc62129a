"""Screenshots of capture mode, the preview and the session dialogs at 1366×768.

They go to $TOCONGTAC_SHOTS when it is set (e.g. /tmp/shots), else into tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QToolButton

from app.dto import Section
from tests.taskimport import workbooks as books
from tests.ui.conftest import id_of, press, type_keys, when_modal
from ui.actions import ActionId


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TOCONGTAC_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(qtbot, widget, path: Path) -> None:
    qtbot.wait(50)  # layouts settle: heights follow the widths the window gave
    assert widget.grab().save(str(path))


def _nothing_clipped(dialog) -> None:
    """Every label and button of *dialog* has the room its text needs, on a 1366×768 screen."""
    assert dialog.width() <= 1366 and dialog.height() <= 768
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_screenshots_of_capture_mode_and_the_preview(qtbot, demo_window, tmp_path):
    folder = _folder(tmp_path)
    window = demo_window
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    qtbot.waitUntil(window.toolbar.isVisible)
    more = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert not more.isVisible()  # every toolbar button fits: none hides behind "»"
    nav = window.editor_view.nav  # "5. Đánh giá (3)": every page's name and count in full
    shown = [nav.model().index(r, 0) for r in range(nav.count()) if not nav.isRowHidden(r)]
    assert max(nav.sizeHintForIndex(i).width() for i in shown) <= nav.viewport().width()
    window.actions[ActionId.CAPTURE].trigger()
    capture = window.workspace.capture
    capture.jump(3)
    _shot(qtbot, window, folder / "capture-1.png")
    assert capture.area.horizontalScrollBar().maximum() == 0
    labels = [r.label.text() for r in capture.sections[Section.RECOMMENDATION].rows]
    assert labels == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]
    for row in capture.sections[Section.RECOMMENDATION].rows:
        label = row.label
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()

    window.actions[ActionId.PREVIEW].trigger()
    window.workspace.preview.update_now()
    _shot(qtbot, window, folder / "capture-2-preview.png")
    search = window.inspection_list.search  # its hint read whole, the preview open
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert hint + 12 <= search.width()
    window.actions[ActionId.FONT_LARGER].trigger()
    window.actions[ActionId.FONT_LARGER].trigger()
    window.actions[ActionId.FONT_LARGER].trigger()
    capture.jump(3)
    _shot(qtbot, window, folder / "capture-3-large.png")
    assert capture.area.horizontalScrollBar().maximum() == 0
    window.actions[ActionId.FONT_RESET].trigger()

    window.actions[ActionId.CAPTURE].trigger()
    window.editor_view.show_page("recommendation")
    _shot(qtbot, window, folder / "preview-1-editor.png")
    preview = window.workspace.preview
    scroll = preview.view.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    _shot(qtbot, window, folder / "preview-2-end.png")
    assert preview.view.horizontalScrollBar().maximum() == 0


def test_screenshots_of_followups_phrases_and_trash(qtbot, demo_window, tmp_path):
    folder = _folder(tmp_path)
    window = demo_window
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    window.new_from_previous()
    _shot(qtbot, window, folder / "followup-page.png")
    window.actions[ActionId.CAPTURE].trigger()
    window.workspace.capture.jump(5)
    _shot(qtbot, window, folder / "followup-capture.png")
    window.actions[ActionId.CAPTURE].trigger()
    window.editor_view.show_page("recommendation")
    dialog = window.workspace.phrases.open_insert()
    qtbot.waitUntil(dialog.isVisible)
    _shot(qtbot, dialog, folder / "phrase-dialog.png")
    dialog.reject()
    window.delete_inspection()
    window.inspection_list.select_id(id_of(window, "41/TB-TCT"))
    trash = window.workspace.trash.open()
    qtbot.waitUntil(trash.isVisible)
    _shot(qtbot, trash, folder / "trash-dialog.png")
    trash.purge_button.click()
    box = window.workspace.trash.confirm_box
    qtbot.waitUntil(box.isVisible)
    _shot(qtbot, box, folder / "trash-confirm.png")
    box.reject()


def test_screenshot_of_the_issue_confirmation(qtbot, demo_window, tmp_path):
    folder = _folder(tmp_path)
    window = demo_window
    draft = next(r for r in window.services.inspections.list_rows() if not r.notice_number)
    window.inspection_list.select_id(draft.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor_view.show_page("issue")
    qtbot.wait(50)  # layouts settle
    badge = window.editor_view.header.badge  # «Trình ký» drawn as a pill: room at both ends
    assert badge.width() >= badge.fontMetrics().horizontalAdvance(badge.text()) + 18
    issue = window.editor_view.pages["issue"]
    issue.number.setFocus()
    type_keys(issue.number, "58")
    seen: list[str] = []

    def look_and_cancel(box: QMessageBox) -> None:
        _shot(qtbot, box, folder / "issue-confirm.png")
        _nothing_clipped(box)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        press(box, Qt.Key.Key_Escape)  # "Hủy": nothing is issued

    timer = when_modal(look_and_cancel, QMessageBox)
    press(issue.number, Qt.Key.Key_Return)
    timer.stop()
    assert seen and seen[0].startswith("Ban hành thông báo số 58/TB-UBND ngày ")
    assert (
        "Người ký: TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG Dương Văn Chiền."
        in (seen[0])
    )
    assert not window.editor.draft.notice.issued


def test_screenshots_of_the_task_import_wizard(qtbot, demo_window, tmp_path):
    folder = _folder(tmp_path)
    window = demo_window
    window.new_inspection()
    window.editor.set_field("inspection", window.editor.draft, "cutoff_date", books.CUTOFF)
    window.editor_view.show_page("tasks")
    page = window.editor_view.pages["tasks"]
    for name, build in (("row-error", books.with_bad_cells), ("groups", books.department_report)):
        dialog = page.import_file(build(tmp_path))
        qtbot.waitExposed(dialog)
        _shot(qtbot, dialog, folder / f"task-import-{name}.png")
        _nothing_clipped(dialog)
        view = dialog.preview_view
        for column in (1, 3):  # Xử lý ("Không nhập"), Thời hạn ("Thường xuyên")
            assert view.columnWidth(column) >= view.sizeHintForColumn(column)
        press(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert window.editor.draft.tasks == []
