"""The Qt layer: app shell, screens and the touch widgets in ``widgets/``.

Only this package imports PySide6. It reads and writes the logic layer's
dataclasses and never runs SQL itself.
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
