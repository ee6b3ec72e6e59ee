"""A reportlab paragraph that parses its markup once per text and style, and lays out its
lines once per width.

- **Parsing.** Every ``Paragraph`` runs reportlab's markup parser (an ``HTMLParser``) over its
  text. A handover's 2 800 paragraphs hold about 700 distinct texts (the row labels, "—",
  "grade 0" are the same on every patient's page), so the parse of a (text, style) pair is
  kept for as long as the style lives (:func:`_parsed`: the styles are the sheet's, made for
  each PDF, so nothing outlives it) and each paragraph gets its own copies of the fragments.
- **Layout.** A table lays out each cell's paragraph to measure the row, then again when it
  draws the cell, at the same width: for the handover's Chinese text (reportlab breaks CJK
  text character by character) the second layout was a fifth of the pages' time.
  :class:`Para` keeps the last layout and returns it for the same width (the layout depends
  on the width alone; the height offered is not used by ``Paragraph.wrap``).

The PDF is byte for byte the one ``Paragraph`` draws (tests/reports/test_para.py).
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_Parse = tuple[ParagraphStyle, list, Any]
#: style (by identity, held weakly) → text → what the parser made of it
_PARSES: WeakKeyDictionary[ParagraphStyle, dict[str, _Parse]] = WeakKeyDictionary()


def _parsed(text: str, style: ParagraphStyle) -> _Parse:
    """What ``Paragraph`` makes of ``text`` in ``style``, parsed once while the style lives."""
    known = _PARSES.setdefault(style, {})
    if text not in known:
        known[text] = _parse(text, style)
    return known[text]


def _parse(text: str, style: ParagraphStyle) -> _Parse:
    parser = ParaParser()
    parser.caseSensitive = 1
    out_style, frags, bullet = parser.parse(cleanBlockQuotedText(text), style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph {text[:30]!r}")
    textTransformFrags(frags, out_style)
    return out_style, frags, bullet


class Para(Paragraph):
    """``Paragraph`` that parses a (text, style) once and whose ``wrap`` at the width of its
    last layout returns that layout."""

    _laid_out: tuple[float, tuple[float, float]] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or cleaner is not cleanBlockQuotedText or self.caseSensitive != 1:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        style, parsed, bullet = _parsed(text, style)
        super()._setup(text, style, bullet or bulletText, [f.clone() for f in parsed], cleaner)
        self.text = cleaner(text)  # as Paragraph keeps it after parsing

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        last = self._laid_out
        if last is not None and last[0] == availWidth:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> Any:
        self._laid_out = None  # splitting lays out again (and may change this paragraph)
        return super().split(availWidth, availHeight)
