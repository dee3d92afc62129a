"""Showing an editor page as read-only: text can be read, selected and copied, not changed.

Text fields turn read-only, tables stop editing, buttons and choices are disabled; switching
back restores exactly what this module changed. The controller refuses every edit of a
read-only draft anyway (`InspectionEditor._refused`); this is what the user sees.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TRIGGERS = "_read_only_edit_triggers"
_DISABLED = "_read_only_disabled"
_TEXT = "_read_only_text"
KEEP = "keeps_working_when_read_only"  # a widget property: never touched (e.g. "Sửa đổi…")


def set_read_only(root: QWidget, on: bool) -> None:
    """Make the editing widgets under *root* read-only (*on*) or as they were."""
    for widget in root.findChildren(QWidget):
        if widget.property(KEEP):
            continue
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            _text(widget, on)
        elif isinstance(widget, QAbstractItemView):
            _view(widget, on)
        elif isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
            _control(widget, on)


def _text(widget, on: bool) -> None:
    if on and not widget.isReadOnly():
        widget.setProperty(_TEXT, True)
        widget.setReadOnly(True)
    elif not on and widget.property(_TEXT):
        widget.setProperty(_TEXT, False)
        widget.setReadOnly(False)


def _view(view: QAbstractItemView, on: bool) -> None:
    none = QAbstractItemView.EditTrigger.NoEditTriggers
    if on and view.property(_TRIGGERS) is None:
        view.setProperty(_TRIGGERS, int(view.editTriggers().value))
        view.setEditTriggers(none)
    elif not on and view.property(_TRIGGERS) is not None:
        view.setEditTriggers(QAbstractItemView.EditTrigger(view.property(_TRIGGERS)))
        view.setProperty(_TRIGGERS, None)


def _control(widget: QWidget, on: bool) -> None:
    if on and widget.isEnabled():
        widget.setProperty(_DISABLED, True)
        widget.setEnabled(False)
    elif not on and widget.property(_DISABLED):
        widget.setProperty(_DISABLED, False)
        widget.setEnabled(True)
