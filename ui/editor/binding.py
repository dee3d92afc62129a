"""Two-way links between form widgets and attributes of the editor's draft.

A `Binder` belongs to one form. Each binding reads its object through a callable (the draft,
its notice, the selected entry…), pushes an undo command when the user edits the widget, and
refreshes the widget when a command (or undo/redo) changes the attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.text import nfc
from ui.editor.commands import Change
from ui.editor.controller import InspectionEditor
from ui.widgets.fields import ParsedLineEdit, route_undo_keys
from ui.widgets.rich_text import FRESH, STYLE, RichTextEdit

Target = Callable[[], Any]


class Binding:
    def __init__(self, binder: Binder, widget: QWidget, field: str, label: str):
        self.binder = binder
        self.widget = widget
        self.field = field
        self.label = label

    def target(self) -> Any:
        return self.binder.target()

    def push(self, value: Any, merge: bool = False, fresh: bool = False) -> None:
        obj = self.target()
        if obj is not None:
            text = self.binder.editor.tr("Sửa «{0}»").format(self.label)
            editor = self.binder.editor
            editor.set_field(self.binder.area, obj, self.field, value, text, merge, fresh)

    def refresh(self) -> None:
        obj = self.target()
        self.widget.setEnabled(obj is not None)
        self.widget.blockSignals(True)
        try:
            self.show(getattr(obj, self.field) if obj is not None else None)
        finally:
            self.widget.blockSignals(False)

    def show(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    def __init__(self, binder, widget: QLineEdit, field, label):
        super().__init__(binder, widget, field, label)
        route_undo_keys(widget)
        widget.textEdited.connect(lambda text: self.push(nfc(text), merge=True))

    def show(self, value: Any) -> None:
        value = value or ""
        if nfc(self.widget.text()) != value:
            self.widget.setText(value)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)  # show the start of a long text, not its end


class PlainTextBinding(Binding):
    """A multi-line field; `lines=True` stores it as a list of non-empty lines."""

    def __init__(self, binder, widget: QPlainTextEdit, field, label, lines: bool = False):
        super().__init__(binder, widget, field, label)
        self.lines = lines
        route_undo_keys(widget)
        widget.setUndoRedoEnabled(False)
        widget.textChanged.connect(self._edited)

    def _value(self) -> Any:
        text = nfc(self.widget.toPlainText())
        if self.lines:
            return [line.strip() for line in text.split("\n") if line.strip()]
        return text

    def _edited(self) -> None:
        self.push(self._value(), merge=True)

    def show(self, value: Any) -> None:
        if self.lines:
            value = list(value or [])
        else:
            value = value or ""
        if self._value() != value:
            self.widget.setPlainText("\n".join(value) if self.lines else value)


class RichBinding(Binding):
    """A text box with bold and italic (RichTextEdit): the field holds emphasis markup. Typing
    merges into one undo step; typing over a selection or a style change starts a new one."""

    def __init__(self, binder, widget: RichTextEdit, field, label):
        super().__init__(binder, widget, field, label)
        route_undo_keys(widget)
        widget.textChanged.connect(self._edited)

    def _edited(self) -> None:
        kind = self.widget.edit_kind
        self.push(self.widget.markup(), merge=kind != STYLE, fresh=kind == FRESH)

    def show(self, value: Any) -> None:
        self.widget.set_markup(value or "")


class ComboBinding(Binding):
    """A combo box whose items carry the stored values as item data."""

    def __init__(self, binder, widget: QComboBox, field, label):
        super().__init__(binder, widget, field, label)
        widget.currentIndexChanged.connect(lambda i: self.push(widget.itemData(i)))

    def show(self, value: Any) -> None:
        index = self.widget.findData(value if value is not None else "")
        if index < 0:
            index = self.widget.findData(None)
        self.widget.setCurrentIndex(max(index, 0))


class CheckBinding(Binding):
    def __init__(self, binder, widget: QCheckBox, field, label):
        super().__init__(binder, widget, field, label)
        widget.toggled.connect(lambda on: self.push(bool(on)))

    def show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ParsedBinding(Binding):
    def __init__(self, binder, widget: ParsedLineEdit, field, label):
        super().__init__(binder, widget, field, label)
        widget.value_edited.connect(lambda value: self.push(value, merge=True))

    def show(self, value: Any) -> None:
        self.widget.set_value(value)


class Binder(QObject):
    """The bindings of one form over one target object of one area of the draft."""

    def __init__(self, editor: InspectionEditor, area: str, target: Target, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.area = area
        self.target = target
        self.bindings: list[Binding] = []
        editor.changed.connect(self._changed)
        editor.loaded.connect(self.refresh)

    def line(self, widget: QLineEdit, field: str, label: str) -> QLineEdit:
        self.bindings.append(LineBinding(self, widget, field, label))
        return widget

    def text(self, widget: QPlainTextEdit, field: str, label: str, lines=False) -> QPlainTextEdit:
        self.bindings.append(PlainTextBinding(self, widget, field, label, lines))
        return widget

    def rich(self, widget: RichTextEdit, field: str, label: str) -> RichTextEdit:
        self.bindings.append(RichBinding(self, widget, field, label))
        return widget

    def combo(self, widget: QComboBox, field: str, label: str) -> QComboBox:
        self.bindings.append(ComboBinding(self, widget, field, label))
        return widget

    def check(self, widget: QCheckBox, field: str, label: str) -> QCheckBox:
        self.bindings.append(CheckBinding(self, widget, field, label))
        return widget

    def parsed(self, widget: ParsedLineEdit, field: str, label: str) -> ParsedLineEdit:
        self.bindings.append(ParsedBinding(self, widget, field, label))
        return widget

    def refresh(self) -> None:
        for binding in self.bindings:
            binding.refresh()

    def _changed(self, change: Change) -> None:
        obj = self.target()
        if change.structural or obj is None or change.obj is not obj:
            return
        for binding in self.bindings:
            if binding.field in change.fields:
                binding.refresh()
