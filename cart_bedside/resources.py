"""Where the bundled files are: the CJK font, the translations, demo data.

The files live at the top of the source tree (``resources/``, ``i18n/``), next
to the ``cart_bedside`` package. In a PyInstaller bundle they are unpacked
under ``sys._MEIPASS`` with the same relative paths, so the build spec must
list them as data, e.g.::

    datas=[("resources/fonts", "resources/fonts"), ("i18n/*.qm", "i18n")]

Standard library only: matplotlib, reportlab and the Qt layer all ask here.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The bundled CJK font: WenQuanYi Micro Hei (Apache-2.0), TrueType outlines
#: in a collection; face 0 is the proportional font, face 1 the monospaced one.
CJK_FONT_FILE = "wqy-microhei.ttc"
#: Face index of the proportional font inside the collection (for reportlab's
#: ``TTFont(name, path, subfontIndex=CJK_FONT_SUBFONT_INDEX)``).
CJK_FONT_SUBFONT_INDEX = 0
#: The family name the font registers under (Qt, matplotlib and fontconfig).
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``i18n/``.

    ``sys._MEIPASS`` in a PyInstaller bundle, else the source checkout (the
    parent of the package folder).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path under :func:`resource_root`; it may not exist."""
    return resource_root().joinpath(*parts)


def fonts_dir() -> Path:
    return resource_path("resources", "fonts")


def cjk_font_path() -> Path:
    """The bundled CJK font file (a .ttc; use face 0).

    reportlab: ``TTFont("WQY", str(cjk_font_path()), subfontIndex=0)``;
    matplotlib: ``font_manager.fontManager.addfont(str(cjk_font_path()))``
    then the family :data:`CJK_FONT_FAMILY`.
    """
    return fonts_dir() / CJK_FONT_FILE


def i18n_dir() -> Path:
    """The folder of the ``.ts`` sources and the built ``.qm`` translations."""
    return resource_path("i18n")


def qm_path(lang: str) -> Path:
    """The app's compiled translation for ``lang`` (``zh_CN`` or ``en``)."""
    return i18n_dir() / f"cart_bedside_{lang}.qm"
