"""Switch the language of a session and of the app, as the main window does."""

from __future__ import annotations

from cart_bedside.ui import i18n


def set_language(app, session, lang: str) -> None:
    """What the main window does on a language switch: the session, then the translators."""
    session.set_language(lang)
    i18n.install_translators(app, lang)
    app.processEvents()  # QApplication posts LanguageChange to the windows
