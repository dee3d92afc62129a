"""Font choice: Times New Roman when installed, else the bundled Liberation Serif 2.x."""

from __future__ import annotations

import shutil

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from app.exporters import fonts
from app.exporters.pdf_text import drawable_text, markup
from app.paths import resources_dir

VIETNAMESE = "ƠƯơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐđ"


@pytest.mark.parametrize("path", fonts.bundled_fonts())
def test_bundled_fonts_are_liberation_serif_2_with_vietnamese(path):
    face = TTFontFile(str(path))
    assert face.familyName == b"Liberation Serif" and face.fontRevision[0] >= 2
    assert all(ord(ch) in face.charToGlyph for ch in VIETNAMESE + fonts.PLACEHOLDER)


def test_licence_ships_beside_the_fonts():
    licence = (resources_dir() / "fonts" / "LICENSE-LiberationSerif.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def _fake_times(folder, names):
    """Files named like Times New Roman (copies of Liberation Serif, same metrics)."""
    folder.mkdir(exist_ok=True)
    for source, name in zip(fonts.bundled_fonts(), names, strict=True):
        if name:
            shutil.copy(source, folder / name)


def test_times_new_roman_is_found_under_its_usual_names(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_font_dirs", lambda: [tmp_path])
    _fake_times(tmp_path / "win", ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"])
    found = fonts.find_times_new_roman()
    assert found is not None and [p.name for p in found][1] == "timesbd.ttf"


def test_debian_names_and_missing_faces(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_font_dirs", lambda: [tmp_path])
    names = ["Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", None]
    _fake_times(tmp_path / "msttcorefonts", names)
    assert fonts.find_times_new_roman() is None  # no bold italic: use the bundled family
    _fake_times(tmp_path / "more", [None, None, None, "Times_New_Roman_Bold_Italic.ttf"])
    assert fonts.find_times_new_roman() is not None


def test_system_times_new_roman_is_preferred(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_font_dirs", lambda: [tmp_path])
    monkeypatch.delenv("TOCONGTAC_PDF_FONT", raising=False)
    _fake_times(tmp_path, ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"])
    fonts.register_fonts.cache_clear()
    try:
        chosen = fonts.register_fonts()
        assert chosen.is_times_new_roman and chosen.paths[0] == tmp_path / "times.ttf"
        monkeypatch.setenv("TOCONGTAC_PDF_FONT", "bundled")
        fonts.register_fonts.cache_clear()
        assert not fonts.register_fonts().is_times_new_roman
    finally:
        monkeypatch.undo()
        fonts.register_fonts.cache_clear()
        fonts.register_fonts()


def test_this_machine_uses_a_family_with_every_vietnamese_letter():
    chosen = fonts.register_fonts()
    assert all(chosen.has_glyph(ch, style) for ch in VIETNAMESE for style in fonts.STYLES)


def test_pdf_text_escaping_and_placeholders():
    fonts.register_fonts()
    assert markup('<b>&amp;</b> "x"\nnext\ttab') == '&lt;b&gt;&amp;amp;&lt;/b&gt; "x"<br/>next tab'
    assert drawable_text("a😀b\u2060c") == f"a{fonts.PLACEHOLDER}bc"  # word joiner: dropped
