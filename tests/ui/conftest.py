"""Fixtures for the UI tests: a main window over the test database (tests/conftest.py), and
helpers that type Vietnamese text with real key and input-method events."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.database import open_database
from app.services.bundle import Services

UNANSWERED_LIMIT_S = 20.0


@pytest.fixture(autouse=True)
def _no_dialog_left_unanswered(qapp):
    """A modal dialog no test answers fails that test after UNANSWERED_LIMIT_S instead of
    hanging the run: pytest-timeout cannot interrupt a Qt exec(), this timer runs inside it."""
    left: list[str] = []
    opened_at: dict[int, float] = {}

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            opened_at.clear()
            return
        first = opened_at.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first > UNANSWERED_LIMIT_S:
            left.append(f"{type(dialog).__name__}: {_dialog_text(dialog)}")
            opened_at.pop(id(dialog))
            if hasattr(dialog, "reject"):
                dialog.reject()
            dialog.close()

    guard = QTimer()
    guard.timeout.connect(check)
    guard.start(250)
    yield
    guard.stop()
    if left:
        pytest.fail("a modal dialog was left unanswered: " + "; ".join(left), pytrace=False)


def stored(db_path, inspection_id):
    """The inspection as another connection reads it from the file."""
    db = open_database(db_path)
    try:
        return Services(db).inspections.get(inspection_id)
    finally:
        db.close()


@pytest.fixture
def ui_settings(tmp_path):
    from ui.settings import UiSettings

    return UiSettings(tmp_path / "ui.ini")


@pytest.fixture
def window(qtbot, services, ui_settings):
    from ui.main_window import MainWindow

    win = MainWindow(services, ui_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.editor.flush()


@pytest.fixture
def opened(qtbot, window):
    """The main window on a new inspection, active (keys reach it)."""
    window.new_inspection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_keys(widget: QWidget, text: str) -> None:
    """Type `text` one key event per character (works for Vietnamese, unlike keyClicks)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver `text` as an input method (Unikey, Telex) does: one commit string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def answer_dialog(
    key: Qt.Key = Qt.Key.Key_Return, seen: list | None = None, typed: str = ""
) -> None:
    """In the next modal dialog, from inside its event loop (as a user would): type *typed*
    into the widget that has the focus, then press *key* on the dialog. What the dialog says
    is appended to *seen* first, for the test to look at."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        if seen is not None:
            seen.append(_dialog_text(dialog))
        inside = dialog.focusWidget() or dialog  # its own focus (offscreen it is not active)
        if typed:
            type_keys(inside, typed)
        QTest.keyClick(inside, key)
        # A key that did not close it must fail the test, not hang the run.
        QTimer.singleShot(3000, lambda: _close_if_open(dialog))

    QTimer.singleShot(0, press)


def _close_if_open(dialog: QWidget) -> None:
    import shiboken6

    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


def _dialog_text(dialog: QWidget) -> str:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()}\n{dialog.informativeText()}"
    return dialog.windowTitle()


def focused() -> QWidget:
    """The widget that has the keyboard focus (where the next key goes)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def tab_to(widget: QWidget, limit: int = 40) -> None:
    """Press Tab until *widget* has the focus (at most *limit* times)."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def shortcut(window: QWidget, sequence: str) -> None:
    """Press a key sequence such as "Ctrl+Z" on the widget that has the focus."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


@pytest.fixture
def demo_window(window, services):
    """The main window over a database holding the demo inspections."""
    from app.datafile.demo import load_demo

    content = load_demo()
    services.transfer.import_inspections(
        content.organizations, content.inspections, skip_existing=True
    )
    window.refresh()
    window.editor.reload_directory()
    window.resize(1366, 768)
    return window


def id_of(window, number: str) -> int:
    """The id of the demo inspection whose notice is `number` ("54/TB-TCT")."""
    rows = window.services.inspections.list_rows()
    return next(r.id for r in rows if r.notice_number == number)


def task_rows(total: int = 34) -> list[list[str]]:
    """Spreadsheet rows of `total` tasks, with a 06/08/2021 cut-off: all completed on time but
    the second (written "Hoàn thành chậm" though on time: an override) and the last two (one
    completed late, one unfinished within its deadline)."""
    rows = []
    for i in range(1, total + 1):
        row = [
            str(i),
            f"Nhiệm vụ số {i}: xây dựng kế hoạch, báo cáo UBND tỉnh",
            "01/CTr-UBND ngày 05/01/2021",
            "UBND tỉnh",
            "31/3/2021",
            "20/3/2021",
            "Đã ban hành kế hoạch",
            "",
            "Hoàn thành",
        ]
        if i == 2:
            row[8] = "Hoàn thành chậm"
        if i == total - 1:
            row[5], row[8] = "15/4/2021", "Hoàn thành chậm"
        if i == total:
            row[4], row[5], row[6], row[8] = "31/12/2021", "", "", "Đang thực hiện"
        rows.append(row)
    return rows


def tsv(rows: list[list[str]], header: bool = True) -> str:
    head = ["STT", "Nội dung", "Văn bản giao", "Lãnh đạo giao", "Thời hạn", "Ngày hoàn thành",
            "Kết quả", "Ghi chú", "Trạng thái"]  # fmt: skip
    lines = ([head] if header else []) + rows
    return "\r\n".join("\t".join(cells) for cells in lines) + "\r\n"


def when_modal(handle, kind=QWidget, interval_ms: int = 30):
    """Call `handle(widget)` with the next modal dialog of type `kind` once it is open (from
    the event loop, while the code under test waits in exec()); returns the timer (keep a
    reference)."""
    from PySide6.QtCore import QTimer

    timer = QTimer()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            timer.stop()
            try:
                handle(widget)
            except BaseException:
                widget.reject()  # never leave the test waiting in exec(); pytest-qt reports it
                raise

    timer.timeout.connect(poll)
    timer.start(interval_ms)
    return timer
