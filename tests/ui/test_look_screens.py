"""Every page fits 1366×768, with and without the preview: nothing clipped, no sideways
scrolling; the list shows each unit's distinctive name in full. Screenshots of each go to
$TOCONGTAC_SHOTS when it is set (else tmp_path) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollArea

from app.domain.unit_names import short_unit_name
from tests.ui.conftest import id_of
from ui.actions import ActionId
from ui.editor.view import PAGE_KEYS
from ui.models.inspection_table_model import COL_UNIT, ROW_ROLE
from ui.widgets.inspection_row_delegate import PAD_X, row_texts

A = ActionId


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TOCONGTAC_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _settle(qtbot) -> None:
    qtbot.wait(60)


# Tables of many columns (tasks, indicators) may scroll inside themselves beside the preview;
# the page around them does not, and Thành phần never does.
WIDE_TABLES = {"tasks", "indicators"}


def _clipped(page, key: str) -> list[str]:
    """Buttons cut by the page's edge, and areas that scroll sideways."""
    problems = []
    if page.minimumSizeHint().width() > page.width():
        problems.append(f"minimum width {page.minimumSizeHint().width()} > {page.width()}")
    right = page.mapToGlobal(page.rect().topRight()).x()
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.mapToGlobal(button.rect().topRight()).x() > right + 1:
            problems.append(f"button «{button.text()}» cut")
    for area in page.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        wide = key in WIDE_TABLES and area is getattr(page, "table", None)
        if (
            area.isVisible()
            and bar.maximum() > 0
            and not isinstance(area, QScrollArea)
            and not wide
        ):
            problems.append(f"{type(area).__name__} scrolls sideways")
        if area.isVisible() and isinstance(area, QScrollArea) and bar.maximum() > 0:
            problems.append("the page scrolls sideways")
    return problems


def test_every_page_fits_with_and_without_the_preview(qtbot, demo_window, tmp_path):
    folder = _folder(tmp_path)
    window = demo_window
    window.resize(1366, 768)
    window.inspection_list.select_id(id_of(window, "54/TB-TCT"))
    _settle(qtbot)
    assert window.grab().save(str(folder / "main-window.png"))
    view = window.editor_view
    problems = {}
    for preview in (False, True):
        window.actions[A.PREVIEW].setChecked(preview)
        _settle(qtbot)
        for number, key in enumerate(PAGE_KEYS[:-1], start=1):
            view.show_page(key)
            _settle(qtbot)
            suffix = "preview" if preview else "plain"
            assert window.grab().save(str(folder / f"page-{number}-{key}-{suffix}.png"))
            found = _clipped(view.pages[key], key)
            if found:
                problems[(key, suffix)] = found
    assert problems == {}
    window.actions[A.PREVIEW].setChecked(False)


def test_the_list_shows_each_distinctive_name_in_full(qtbot, demo_window):
    window = demo_window
    window.resize(1366, 768)
    window.actions[A.PREVIEW].setChecked(True)
    _settle(qtbot)
    view = window.inspection_list.view
    bold = QFont(view.font())
    bold.setBold(True)
    names = []
    for row in range(window.inspection_list.proxy.rowCount()):
        data = window.inspection_list.proxy.index(row, COL_UNIT).data(ROW_ROLE)
        name, tally, _detail, _stage = row_texts(data)
        names.append(name)
        room = view.columnWidth(COL_UNIT) - 2 * PAD_X
        needed = QFontMetrics(bold).horizontalAdvance(name) + view.fontMetrics().horizontalAdvance(
            tally
        )
        assert needed + 8 <= room, name
    assert {"TP Lạng Sơn", "Mây Xanh", short_unit_name("UBND huyện Khe Đá")} <= set(names)
