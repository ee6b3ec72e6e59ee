"""The bundled CJK font for matplotlib, so Chinese labels never render as boxes.

matplotlib picks one font per text from ``font.family`` and falls back glyph
by glyph through the rest of that list (matplotlib ≥ 3.6), so the family list
must start with the CJK family; listing it only under ``font.sans-serif`` is
not enough. matplotlib reads TrueType collections (.ttc) directly since 3.5
through ``fontManager.addfont``; the bundled WenQuanYi Micro Hei collection
registers its two faces ("WenQuanYi Micro Hei" and "... Mono") that way.
"""

from __future__ import annotations

import logging

import matplotlib
from matplotlib import font_manager

from .. import resources

log = logging.getLogger(__name__)

#: After the bundled font: other CJK fonts a machine may have, then matplotlib's own.
FALLBACK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "DejaVu Sans",
)

_family: str | None = None
_registered = False


def register_cjk_font() -> str | None:
    """Add the bundled font to matplotlib's font manager once; return its family name.

    Returns None (and logs) if the file is missing or unreadable: the figure
    then uses whatever :data:`FALLBACK_FAMILIES` the machine has.
    """
    global _family, _registered
    if not _registered:
        _registered = True
        path = resources.cjk_font_path()
        try:
            font_manager.fontManager.addfont(str(path))
        except (OSError, RuntimeError, ValueError) as exc:
            log.warning("could not load the bundled CJK font %s: %s", path, exc)
        else:
            _family = resources.CJK_FONT_FAMILY
    return _family


def font_families() -> list[str]:
    """The ``font.family`` list: the bundled CJK family first, then the installed fallbacks.

    Only installed families are listed: matplotlib logs a warning for every
    missing family each time it resolves a font.
    """
    family = register_cjk_font()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    fallbacks = [f for f in FALLBACK_FAMILIES if f in installed]
    return [family, *fallbacks] if family else fallbacks or ["sans-serif"]


def use_cjk_font() -> list[str]:
    """Set ``rcParams["font.family"]`` to :func:`font_families` (idempotent).

    Tick labels are created when a figure is drawn, so the setting must hold
    at draw time too: it is set globally, not in a temporary ``rc_context``.
    """
    families = font_families()
    if list(matplotlib.rcParams["font.family"]) != families:
        matplotlib.rcParams["font.family"] = families
    # The bundled font has U+2212 MINUS SIGN, so real minus signs stay on.
    matplotlib.rcParams["axes.unicode_minus"] = True
    return families
