"""UI state remembered between runs (window geometry, splitter, last export folder and the
formats of the last batch of notices, the letter size of the window, the inspection and mode
that were open, the column meanings chosen when importing a task list)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

_GROUP = "main_window"


class UiSettings:
    """Typed keys over QSettings. Only UI state lives here, never domain data.

    `path` gives an INI file of its own (tests); without it the per-user settings are used.
    """

    def __init__(self, path: Path | str | None = None):
        if path is None:
            self._settings = QSettings("tocongtac", "tocongtac")
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"{_GROUP}/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(f"{_GROUP}/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue(f"{_GROUP}/window_state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("splitter_state")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue(f"{_GROUP}/splitter_state", value)

    @property
    def export_dir(self) -> str:
        return str(self._settings.value("export/dir", "", type=str))

    @export_dir.setter
    def export_dir(self, value: str) -> None:
        self._settings.setValue("export/dir", value)

    @property
    def notice_formats(self) -> str:
        """The formats of the last batch of notices: "pdf", "docx" or "pdf,docx"."""
        return str(self._settings.value("export/notice_formats", "pdf", type=str))

    @notice_formats.setter
    def notice_formats(self, value: str) -> None:
        self._settings.setValue("export/notice_formats", value)

    @property
    def capture_scale(self) -> float:
        """The letter size of the window (capture mode and the preview included), relative to
        the normal size."""
        value = self._settings.value("capture/scale", 1.0)
        try:
            return float(value)
        except (TypeError, ValueError):
            return 1.0

    @capture_scale.setter
    def capture_scale(self, value: float) -> None:
        self._settings.setValue("capture/scale", float(value))

    def task_import_mapping(self, signature: str) -> dict[int, str] | None:
        """What the user chose each column of a task list with this header to mean (column
        index → field value), or None."""
        try:
            stored = json.loads(str(self._settings.value(f"task_import/{signature}", "")))
            return {int(k): str(v) for k, v in stored.items()}
        except (ValueError, TypeError, AttributeError):
            return None

    def remember_task_import_mapping(self, signature: str, fields: dict[int, str]) -> None:
        self._settings.setValue(f"task_import/{signature}", json.dumps(fields))

    @property
    def open_inspection(self) -> int | None:
        """The inspection that was open (reopened after a crash or a restart)."""
        value = self._settings.value("session/inspection", 0)
        try:
            return int(value) or None
        except (TypeError, ValueError):
            return None

    @open_inspection.setter
    def open_inspection(self, value: int | None) -> None:
        self._settings.setValue("session/inspection", int(value or 0))

    @property
    def capture_on(self) -> bool:
        """Whether capture mode was on (it comes back with the inspection)."""
        return str(self._settings.value("session/capture", "false")).lower() == "true"

    @capture_on.setter
    def capture_on(self, value: bool) -> None:
        self._settings.setValue("session/capture", "true" if value else "false")

    def sync(self) -> None:
        self._settings.sync()
