"""Issue 11.3: the issuing body chosen per notice from the directory drives the letterhead, the
voice of the generated sentences, the signature presets and the recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.recipients import default_recipients
from app.notice.builder import build_notice
from tests.ui.conftest import press, shortcut


def _choose(qtbot, combo, data) -> None:
    """Alt+Down opens the list, the arrows move in it, Enter chooses: one choice."""
    combo.setFocus()
    press(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    target = combo.findData(data)
    while view.currentIndex().row() != target:
        press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Return)


def test_a_district_body_from_the_directory_speaks_as_the_district(qtbot, demo_window):
    window = demo_window
    shortcut(window, "Ctrl+N")
    general = window.editor_view.pages["general"]
    general.unit.setFocus()
    from tests.ui.conftest import type_keys

    type_keys(general.unit, "UBND xã Thụy Hùng")
    shortcut(window, "Alt+7")
    shortcut(window, "Ctrl+Return")
    type_keys(window.editor_view.pages["recommendation"].text, "Rà soát thủ tục hành chính")
    shortcut(window, "Alt+9")
    page = window.editor_view.pages["issue"]
    notice = window.editor.draft.notice
    _choose(qtbot, page.issuer.body, "ORG-KHEDA")
    assert (notice.issuing_body, notice.issuer_voice, notice.issuer_code, notice.place) == (
        "ORG-KHEDA", "UBND huyện", "UBND", "Khe Đá"
    )  # fmt: skip
    assert notice.recipients == ["UBND xã Thụy Hùng;", "Lưu: VT."]  # the unit goes too
    assert (notice.authority_lines, notice.signer_capacity) == (["TL. CHỦ TỊCH"], "CHÁNH VĂN PHÒNG")
    assert page.signature.preset.itemText(0) == "TL. Chủ tịch"  # the district's presets
    doc = build_notice(window.editor.draft, window.editor.profile)
    assert doc.organ_issuing == ("ỦY BAN NHÂN DÂN", "HUYỆN KHE ĐÁ") and doc.organ_parent == ()
    generated = " ".join(doc.body_text())
    assert "UBND huyện đề nghị UBND xã Thụy Hùng" in generated
    assert "UBND huyện Khe Đá thông báo để" in generated
    assert "tỉnh" not in generated.lower()
    window.editor.undo()  # one step: the body, its recipients and its signature
    assert notice.issuing_body == "" and notice.organ_issuing == ""
    profile_lines = window.editor.profile.default_recipients
    assert notice.recipients == default_recipients(profile_lines, "UBND xã Thụy Hùng")
    assert notice.authority_lines == []
