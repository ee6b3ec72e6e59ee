"""Register the bundled CJK font with Qt so Chinese renders on any machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from .. import resources
from . import theme

log = logging.getLogger(__name__)

#: Tried after the bundled font, for glyphs it lacks (and if it failed to load).
FALLBACK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "DejaVu Sans",
    "Sans Serif",
)

_registered_family: str | None = None


def register_fonts(set_default: bool = True) -> str | None:
    """Add the bundled font to Qt's font database; return its family name.

    With ``set_default`` the application's default font becomes that family
    (then :data:`FALLBACK_FAMILIES`) at the theme's base size. Needs a
    ``QGuiApplication``; calling it again is cheap. Returns ``None`` (and logs)
    if the font file is missing or unreadable; the app then relies on the
    system's fonts.
    """
    global _registered_family
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication")
    if _registered_family is None:
        path = resources.cjk_font_path()
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("could not load the bundled CJK font %s", path)
        else:
            families = QFontDatabase.applicationFontFamilies(font_id)
            # The collection holds "WenQuanYi Micro Hei" and "... Mono": prefer the first.
            proportional = [f for f in families if "mono" not in f.lower()]
            preferred = proportional or families
            _registered_family = preferred[0] if preferred else None
    if set_default:
        font = QFont(QGuiApplication.font())
        families = [_registered_family] if _registered_family else []
        font.setFamilies([*families, *FALLBACK_FAMILIES])
        font.setPixelSize(theme.BASE_FONT_PX)
        QGuiApplication.setFont(font)
    return _registered_family
