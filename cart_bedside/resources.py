"""Where the bundled files are: the CJK font and the compiled translations.

They are package data, inside the package, read through
:mod:`importlib.resources`, so every install route finds them: a source
checkout, ``pip install .``, a wheel, pipx and a PyInstaller bundle (which
unpacks them under ``sys._MEIPASS/cart_bedside/`` with the same layout)::

    cart_bedside/fonts/wqy-microhei.ttc      the CJK font and its licence
    cart_bedside/i18n/cart_bedside_<lang>.qm  the app's translations (built from i18n/*.ts)

Qt, matplotlib and reportlab need real file names: when the package is
imported from a zip archive the files are extracted once, for the life of
the process.

Standard library only: matplotlib, reportlab and the Qt layer all ask here.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib import resources as _resources
from pathlib import Path

#: The bundled CJK font: WenQuanYi Micro Hei (Apache-2.0), TrueType outlines
#: in a collection; face 0 is the proportional font, face 1 the monospaced one.
CJK_FONT_FILE = "wqy-microhei.ttc"
#: Face index of the proportional font inside the collection (for reportlab's
#: ``TTFont(name, path, subfontIndex=CJK_FONT_SUBFONT_INDEX)``).
CJK_FONT_SUBFONT_INDEX = 0
#: The family name the font registers under (Qt, matplotlib and fontconfig).
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"

#: The package-data folders (relative to the package).
FONTS = "fonts"
I18N = "i18n"

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@functools.cache
def resource_root() -> Path:
    """The package folder that holds ``fonts/`` and ``i18n/`` (a real folder).

    From a zip archive this is a temporary folder holding the extracted data.
    """
    root = _resources.files(__package__)
    if isinstance(root, Path):
        return root
    return _extract(root)


def _extract(root) -> Path:  # pragma: no cover - only for zip imports
    import shutil
    import tempfile

    folder = Path(_extracted.enter_context(tempfile.TemporaryDirectory(prefix="cart-bedside-")))
    for sub in (FONTS, I18N):
        for item in root.joinpath(sub).iterdir():
            if item.is_file():
                target = folder / sub / item.name
                target.parent.mkdir(parents=True, exist_ok=True)
                with _resources.as_file(item) as real:
                    shutil.copyfile(real, target)
    return folder


def resource_path(*parts: str) -> Path:
    """A path under :func:`resource_root`; it may not exist."""
    return resource_root().joinpath(*parts)


def fonts_dir() -> Path:
    return resource_path(FONTS)


def cjk_font_path() -> Path:
    """The bundled CJK font file (a .ttc; use face 0).

    reportlab: ``TTFont("WQY", str(cjk_font_path()), subfontIndex=0)``;
    matplotlib: ``font_manager.fontManager.addfont(str(cjk_font_path()))``
    then the family :data:`CJK_FONT_FAMILY`.
    """
    return fonts_dir() / CJK_FONT_FILE


def i18n_dir() -> Path:
    """The folder of the built ``.qm`` translations (their ``.ts`` sources are in
    the checkout's ``i18n/``, built by ``i18n/build.py``; they are not shipped)."""
    return resource_path(I18N)


def qm_path(lang: str) -> Path:
    """The app's compiled translation for ``lang`` (``zh_CN`` or ``en``)."""
    return i18n_dir() / f"cart_bedside_{lang}.qm"
