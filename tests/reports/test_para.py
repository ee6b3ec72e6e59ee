"""Para parses a (text, style) once and keeps its last layout per width: the same PDF as
reportlab's Paragraph."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cart_bedside.reports.fonts import register_fonts
from cart_bedside.reports.para import Para


@pytest.fixture
def style():
    return ParagraphStyle("t", fontName=register_fonts(), fontSize=9, leading=11, wordWrap="CJK")


TEXT = "体温 38.6 °C，心率 124 次/分，血压 92/54 mmHg；CRS 2 级，需吸氧 2 L/min。" * 3


def lines(p):
    return [tuple(map(str, line)) for line in p.blPara.lines]


def test_each_width_lays_out_as_a_new_paragraph(style, monkeypatch):
    para = Para(TEXT, style)
    calls = []
    real = Paragraph.breakLinesCJK
    monkeypatch.setattr(Paragraph, "breakLinesCJK", lambda s, w: calls.append(w) or real(s, w))
    for width in (200, 200, 120, 120, 200):
        size = para.wrap(width, 1000)
        fresh = Paragraph(TEXT, style)
        assert size == fresh.wrap(width, 1000)
        assert lines(para) == lines(fresh)
    # laid out at 200, 120, 200 (twice for the fresh paragraphs' five): never twice in a row
    assert len(calls) == 5 + 3


def test_a_split_paragraph_lays_out_again(style):
    para = Para(TEXT * 4, style)
    _, height = para.wrap(150, 1000)
    first, rest = para.split(150, height / 2)
    assert first.wrap(150, 1000)[1] + rest.wrap(150, 1000)[1] == pytest.approx(height)
    assert para.wrap(150, 1000)[1] == height


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_handover_is_byte_for_byte_the_one_paragraph_draws(module_ward, monkeypatch, lang):
    from cart_bedside.reports import gather_handover, render_handover
    from tests.demo_ward import DEMO_NOW

    repo, _ = module_ward
    monkeypatch.setattr(rl_config, "invariant", 1)  # no timestamps or random ids in the file
    sheet = gather_handover(repo, now=DEMO_NOW)
    ours, pages = render_handover(sheet, lang, figures=False)
    monkeypatch.setattr(Para, "_setup", Paragraph._setup)
    monkeypatch.setattr(Para, "wrap", Paragraph.wrap)
    monkeypatch.setattr(Para, "split", Paragraph.split)
    theirs, their_pages = render_handover(sheet, lang, figures=False)
    assert pages == their_pages > 1
    assert ours == theirs


def test_a_text_parsed_once_gives_each_paragraph_its_own_fragments(style):
    first, second = Para("甲 <b>乙</b> &amp; 丙", style), Para("甲 <b>乙</b> &amp; 丙", style)
    fresh = Paragraph("甲 <b>乙</b> &amp; 丙", style)
    assert [f.__dict__ for f in first.frags] == [f.__dict__ for f in fresh.frags]
    assert first.text == fresh.text
    assert all(a is not b for a, b in zip(first.frags, second.frags, strict=True))
    first.frags[0].text = "changed"
    assert second.frags[0].text == fresh.frags[0].text
