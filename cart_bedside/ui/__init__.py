"""The Qt layer: app shell, screens and the touch widgets in ``widgets/``.

Only this package imports PySide6. It reads and writes the logic layer's
dataclasses and never runs SQL itself.

PySide6 is pinned below 6.12: 6.12.0 drops a reference to ``None`` on every
call of a C++ method returning void, and on Python 3.11 the process aborts
after a few thousand calls ("none_dealloc"); tests/ui/test_pyside_none.py
guards against a regression.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def prepare_application(app: QApplication, lang: str) -> str | None:
    """Fonts, theme and translators for a fresh ``QApplication``.

    Returns the registered CJK font family (None if the bundled font failed).
    """
    from . import fonts, i18n, theme

    family = fonts.register_fonts()
    theme.apply_theme(app)
    i18n.install_translators(app, lang)
    return family
