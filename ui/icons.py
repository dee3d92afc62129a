"""The app's icons: one outline set (Lucide) shipped as SVG files in resources/icons.

Each icon is made once, on first use, from its file, and no theme is probed. Making one parses
its SVG (Qt's SVG icon engine checks the file; the first also loads that engine, about 2 ms), so
the actions ask for theirs only where they are first seen (ui/actions.show_icons).
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
