"""The bundled CJK font for reportlab, embedded (subset) in every PDF.

WenQuanYi Micro Hei is a TrueType collection; reportlab reads face 0 with
``TTFont(name, path, subfontIndex=0)``. The font has no bold face: headings
use size and colour instead, and the family maps bold to the same face so a
``<b>`` in a paragraph never falls back to a Latin-only font.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import resources

#: The name the font is registered under in reportlab.
FONT = "CartCJK"

_registered = False


def register_fonts() -> str:
    """Register the bundled font once per process (about 0.1 s); return its name."""
    global _registered
    if not _registered:
        path = resources.cjk_font_path()
        pdfmetrics.registerFont(
            TTFont(FONT, str(path), subfontIndex=resources.CJK_FONT_SUBFONT_INDEX)
        )
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
        _registered = True
    return FONT


#: Characters the bundled font lacks, as paragraph markup or an accepted variant.
SUBSTITUTES: dict[str, str] = {
    **{sup: f"<super>{d}</super>" for sup, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", strict=True)},
    "䓬": "卓",  # 苯二氮䓬 → 苯二氮卓, the common variant spelling
}


def covered(text: str) -> str:
    """Paragraph markup for ``text`` (already escaped) with missing glyphs substituted."""
    chars = _charmap()
    if all(ord(ch) in chars or ch in "\n" for ch in text):
        return text
    return "".join(SUBSTITUTES.get(ch, ch) if ord(ch) not in chars else ch for ch in text)


_chars: frozenset[int] | None = None


def _charmap() -> frozenset[int]:
    global _chars
    if _chars is None:
        font = pdfmetrics.getFont(register_fonts())
        _chars = frozenset(font.face.charToGlyph)
    return _chars
