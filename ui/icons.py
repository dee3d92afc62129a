"""The app's icons: one outline set (Lucide) shipped as SVG files in resources/icons.

Each icon is made once, on first use, from its file; the SVG is drawn only when Qt paints it,
so building the window reads no image and probes no theme.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.paths import resources_dir

_CACHE: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (cached)."""
    cached = _CACHE.get(name)
    if cached is None:
        cached = _CACHE[name] = QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
    return cached
