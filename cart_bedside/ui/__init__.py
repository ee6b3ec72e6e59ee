"""The Qt layer: app shell, screens and the touch widgets in ``widgets/``.

Only this package imports PySide6. It reads and writes the logic layer's
dataclasses and never runs SQL itself.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import PySide6

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _work_around_pyside_6_12_none_refcount() -> bool:
    """Keep PySide6 6.12 from freeing ``None`` on Python 3.11.

    PySide6 6.12.0 drops one reference to ``None`` on every call of a C++
    method that returns void (``setText``, ``update``, ``super().changeEvent``
    …); Python 3.12+ does not mind (``None`` is immortal there, PEP 683), but
    on 3.11 the count reaches zero after a few thousand calls and the process
    aborts with "Fatal Python error: none_dealloc". 6.11.3 is not affected.
    Until the dependency is pinned away from 6.12 (or Python ≥ 3.12 is used)
    give ``None`` the effectively infinite count it has on 3.12.
    """
    if sys.version_info >= (3, 12) or tuple(PySide6.__version_info__[:2]) != (6, 12):
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field
    return True


NONE_REFCOUNT_WORKAROUND = _work_around_pyside_6_12_none_refcount()


def prepare_application(app: QApplication, lang: str) -> str | None:
    """Fonts, theme and translators for a fresh ``QApplication``.

    Returns the registered CJK font family (None if the bundled font failed).
    """
    from . import fonts, i18n, theme

    family = fonts.register_fonts()
    theme.apply_theme(app)
    i18n.install_translators(app, lang)
    return family
