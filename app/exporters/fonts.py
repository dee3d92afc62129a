"""The serif family of the PDF notices: Times New Roman when the system has it, else Liberation
Serif 2.x from resources/fonts (OFL, metrically identical, full Vietnamese coverage).

ND30 names Times New Roman. Liberation Serif 1.x lacks most Vietnamese letters and is never used:
only the bundled 2.x files are a fallback, and a system TNR is checked for Vietnamese glyphs
before it is preferred. Registration happens once per process.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import resources_dir

FAMILY = "NoticeSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
STYLES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# Drawn instead of a character the font has no glyph for (an emoji): visible, never a crash.
PLACEHOLDER = "□"

_BUNDLED = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# File names Times New Roman ships under: Windows/macOS and the Debian msttcorefonts package.
_TNR_NAMES = (
    ("times.ttf", "times new roman.ttf", "times_new_roman.ttf"),
    ("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf"),
    ("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf"),
    ("timesbi.ttf", "times new roman bold italic.ttf", "times_new_roman_bold_italic.ttf"),
)
_VIETNAMESE_PROBE = "ƠƯơưạỹĐđ"


@dataclass(frozen=True)
class FontSet:
    """The four registered faces and where they came from."""

    paths: tuple[Path, Path, Path, Path]
    is_times_new_roman: bool

    def has_glyph(self, ch: str, style: str = REGULAR) -> bool:
        return ord(ch) in pdfmetrics.getFont(style).face.charToGlyph


def _font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
        dirs.append(Path.home() / "Library" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
        dirs += [Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def find_times_new_roman() -> tuple[Path, Path, Path, Path] | None:
    """The four TNR files (regular, bold, italic, bold italic) if all are installed, else None."""
    by_name: dict[str, Path] = {}
    wanted = {name for names in _TNR_NAMES for name in names}
    for folder in _font_dirs():
        for path in folder.rglob("*.[tT][tT][fF]"):
            key = path.name.lower()
            if key in wanted:
                by_name.setdefault(key, path)
    found = []
    for names in _TNR_NAMES:
        path = next((by_name[n] for n in names if n in by_name), None)
        if path is None:
            return None
        found.append(path)
    return tuple(found)  # type: ignore[return-value]


def bundled_fonts() -> tuple[Path, Path, Path, Path]:
    folder = resources_dir() / "fonts"
    return tuple(folder / name for name in _BUNDLED)  # type: ignore[return-value]


def _load(paths: tuple[Path, ...]) -> list[TTFont]:
    return [TTFont(name, str(path)) for name, path in zip(STYLES, paths, strict=True)]


def _covers_vietnamese(fonts: list[TTFont]) -> bool:
    return all(ord(ch) in f.face.charToGlyph for f in fonts for ch in _VIETNAMESE_PROBE)


def _register(fonts: list[TTFont]) -> None:
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


@cache
def register_fonts() -> FontSet:
    """Register the notice family with ReportLab (once) and say which files it uses.

    Set TOCONGTAC_PDF_FONT=bundled to skip the system Times New Roman (reproducible output).
    """
    if os.environ.get("TOCONGTAC_PDF_FONT", "").lower() != "bundled":
        tnr = find_times_new_roman()
        try:
            fonts = _load(tnr) if tnr else []
        except (TTFError, OSError):
            fonts = []  # unreadable, or embedding not permitted: use the bundled family
        if fonts and _covers_vietnamese(fonts):
            _register(fonts)
            return FontSet(tnr, is_times_new_roman=True)
    paths = bundled_fonts()
    _register(_load(paths))
    return FontSet(paths, is_times_new_roman=False)
