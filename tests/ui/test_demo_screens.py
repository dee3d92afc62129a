"""The demo data in the editor, every page, and screenshots at 1366×768 for a human to look at.

Screenshots go to $TOCONGTAC_SHOTS when it is set (e.g. /tmp/shots), else into tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from app.dto import Section
from tests.ui.conftest import id_of
from ui.editor.view import PAGE_KEYS


def _id_of(window, number: str) -> int:
    return id_of(window, number)


def test_every_demo_inspection_opens_on_every_page_without_changing(qtbot, demo_window):
    editor = demo_window.editor
    for row in demo_window.services.inspections.list_rows():
        demo_window.inspection_list.select_id(row.id)
        assert editor.draft.id == row.id
        before = demo_window.services.inspections.get(row.id)
        for key in PAGE_KEYS:
            demo_window.editor_view.show_page(key)
            QApplication.processEvents()
        assert not editor.dirty, f"opening {row.unit_name} changed it"
        assert editor.draft == before


def test_the_54_notice_reads_as_issued(demo_window):
    demo_window.inspection_list.select_id(_id_of(demo_window, "54/TB-TCT"))
    pages = demo_window.editor_view.pages
    assert "33/34" in pages["tasks"].ratio.text()
    letters = [
        pages["recommendation"].model.index(r).data().split(")")[0]
        for r in range(pages["recommendation"].model.rowCount())
    ]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g"]
    assert pages["issue"].state.text() == "Đã ban hành số 54/TB-TCT ngày 11/8/2021"
    assert not pages["issue"].issue_button.isEnabled()
    assert len(demo_window.editor.draft.section(Section.PROPOSAL)) >= 1


def _shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TOCONGTAC_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _clipped_horizontally(page) -> list[str]:
    """Scroll areas of a form page that need a horizontal scroll bar (a field cut off)."""
    return [
        area.objectName() or type(area.widget()).__name__
        for area in page.findChildren(QAbstractScrollArea)
        if area.horizontalScrollBar().maximum() > 0
        and type(area).__name__ == "QScrollArea"
        and area.isVisible()
    ]


def test_screenshots_of_the_window_and_every_page(qtbot, demo_window, tmp_path):
    folder = _shots_dir(tmp_path)
    demo_window.inspection_list.select_id(_id_of(demo_window, "54/TB-TCT"))
    QApplication.processEvents()
    demo_window.grab().save(str(folder / "main.png"))
    nav = demo_window.editor_view.nav
    for row in range(nav.count()):
        text_width = nav.fontMetrics().horizontalAdvance(nav.item(row).text())
        assert text_width < nav.viewport().width(), nav.item(row).text()
    for number, key in enumerate(PAGE_KEYS, start=1):
        demo_window.editor_view.show_page(key)
        QApplication.processEvents()
        demo_window.grab().save(str(folder / f"page-{number}-{key}.png"))
        page = demo_window.editor_view.pages[key]
        assert _clipped_horizontally(page) == [], key
    issue = demo_window.editor_view.pages["issue"]
    area = next(a for a in issue.findChildren(QScrollArea) if a.isVisible())
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    QApplication.processEvents()
    demo_window.grab().save(str(folder / "page-9-issue-bottom.png"))
    dialog = demo_window.directory_dialog()
    qtbot.addWidget(dialog)
    for number, title in enumerate(("profile", "organizations", "group")):
        dialog.tabs.setCurrentIndex(number)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(folder / f"directory-{number + 1}-{title}.png"))
