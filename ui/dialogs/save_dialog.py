"""The save dialog of the exports: Qt's own dialog, so that every word of it is Vietnamese
(ui/qt_vietnamese.py), the overwrite question included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_file_dialog(parent: QWidget, title: str, proposed: Path, filter_text: str) -> QFileDialog:
    """A "save as" dialog opened on *proposed* (its folder, its name); not shown."""
    dialog = QFileDialog(parent, title, str(proposed.parent), filter_text)
    dialog.setObjectName("save_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(proposed.suffix.lstrip("."))
    dialog.selectFile(proposed.name)
    dialog.resize(860, 520)  # room for the places column ("Máy tính") and the file names
    return dialog


def ask_save_path(parent: QWidget, title: str, proposed: Path, filter_text: str) -> Path | None:
    """The path chosen (an existing file only after "Có" to the overwrite question)."""
    dialog = save_file_dialog(parent, title, proposed, filter_text)
    try:
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None
    finally:
        dialog.deleteLater()
