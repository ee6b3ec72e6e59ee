"""Install the app's and Qt's own translators; switch language at run time.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange``
to every widget; ours answer it in ``changeEvent`` by calling their
``retranslate()``, so a switch takes effect without rebuilding the screen or
losing what was typed.

The ``.qm`` files (``cart_bedside/i18n/``) are built from ``i18n/*.ts`` by ``i18n/build.py``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import resources

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

# Keep the translators referenced: Qt does not own them, and a collected
# QTranslator silently stops translating.
_installed: list[QTranslator] = []
_current: str | None = None


def qt_translations_dir() -> str:
    """Where Qt's own ``qtbase_*.qm`` are (may not exist in a slim install)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication | None, lang: str) -> bool:
    """Make ``lang`` the language of the app; return True if the app's own
    translation was loaded.

    Removes the translators installed before, then installs
    ``cart_bedside/i18n/cart_bedside_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` (standard
    buttons and dialogs). A missing Qt translation is logged and skipped; a
    missing app translation leaves the English source strings.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    remove_translators(app)

    QLocale.setDefault(QLocale(lang))
    app_loaded = False
    qm = resources.qm_path(lang)
    translator = QTranslator(app)
    if qm.is_file() and translator.load(str(qm)):
        _installed.append(translator)
        app_loaded = True
    else:
        log.warning("no app translation for %s at %s", lang, qm)

    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_translations_dir()):
        _installed.append(qt_translator)
    else:
        log.info("no Qt translation qtbase_%s in %s", lang, qt_translations_dir())

    # Qt searches the translators last-installed first: install Qt's first so ours win.
    for t in reversed(_installed):
        app.installTranslator(t)
    _current = lang
    return app_loaded


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Remove every translator :func:`install_translators` installed."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


def current_language() -> str | None:
    """The language last installed, or None before :func:`install_translators`."""
    return _current
