"""Both formats say everything the reference notices say, sentence by sentence."""

from __future__ import annotations

import pytest

from tests.exporters import docx_facts
from tests.exporters.pdf_facts import facts
from tests.notice.reference import MEETING_2020, NOTICE_54, missing_sentences, sentences


def _text(path, fmt: str) -> str:
    return facts(path).body_text() if fmt == "pdf" else docx_facts.text(path)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize(("name", "reference"), [("54", NOTICE_54), ("2020", MEETING_2020)])
def test_every_reference_sentence_is_in_the_notice(rendered, fmt, name, reference):
    assert len(sentences(reference)) > 30
    assert missing_sentences(reference, _text(rendered[name, fmt], fmt)) == []


def test_the_comparison_notices_a_missing_sentence(rendered):
    text = _text(rendered["54", "pdf"], "pdf").replace("Thanh tra tỉnh;", "")
    assert missing_sentences(NOTICE_54, text) == ["- Thanh tra tỉnh;"]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_both_formats_print_the_same_blocks(rendered, notices, fmt):
    text = " ".join(_text(rendered["c", fmt], fmt).split())
    doc = notices["c"]
    for block in doc.body_text():
        assert " ".join(block.split()) in text
    for row in doc.appendix.rows:
        assert " ".join(row[1].split()) in text
