"""The self-test's checks of the parts Qt draws with: the bundled font and the translations."""

from __future__ import annotations

from pathlib import Path

from . import resources
from .selftest_checks import CheckFailed, qt_app, require

#: (Qt context, source text, zh_CN translation): screen strings the Chinese
#: translation must contain. One match is enough, so renaming one screen
#: string does not break the self-test.
QT_PROBES: tuple[tuple[str, str, str], ...] = (
    ("SignInWidget", "Sign in", "登录"),
    ("WardBoardWidget", "Sign in to see the ward.", "请登录后查看病区。"),
)


def check_fonts(folder: Path) -> str:
    path = resources.cjk_font_path()
    require(path.is_file(), f"bundled font missing: {path}")
    licences = sorted(p.name for p in resources.fonts_dir().glob("*LICENSE*"))
    require(licences, f"the font's licence is missing from {resources.fonts_dir()}")

    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from .ui import fonts as ui_fonts

    qt_app()
    family = ui_fonts.register_fonts(set_default=False)
    if family is None:
        raise CheckFailed(f"Qt could not load {path.name}")
    systems = QFontDatabase.writingSystems(family)
    require(
        QFontDatabase.WritingSystem.SimplifiedChinese in systems,
        f"Qt font {family!r} does not cover Simplified Chinese",
    )
    require(QFontMetrics(QFont(family)).inFont("护"), f"Qt font {family!r} lacks 护")

    from matplotlib import font_manager

    from .plots.fonts import register_cjk_font

    mpl_family = register_cjk_font()
    require(mpl_family, "matplotlib could not load the bundled font")
    loaded = {
        Path(f.fname).resolve() for f in font_manager.fontManager.ttflist if f.name == mpl_family
    }
    require(path.resolve() in loaded, f"matplotlib did not load {path}")

    from .reports.fonts import covered, register_fonts

    name = register_fonts()
    require(
        covered("细胞因子释放综合征") == "细胞因子释放综合征",
        "reportlab's font lacks common Chinese characters",
    )
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return (
        f"{family} in Qt {qVersion()} ({QGuiApplication.platformName()}), matplotlib and "
        f"reportlab ({name}); licence {', '.join(licences)}"
    )


def check_translations(folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from .logic.messages import msg, render
    from .ui import i18n

    app = qt_app()
    sizes, probes = [], []
    for lang in i18n.LANGUAGES:
        qm = resources.qm_path(lang)
        require(qm.is_file(), f"{qm} missing")
        translator = QTranslator()
        require(translator.load(str(qm)), f"Qt cannot load {qm}")
        require(not translator.isEmpty(), f"{qm.name} holds no translations")
        sizes.append(f"{qm.name} {qm.stat().st_size // 1024} KB")
        # installed and removed again: the app's own translators are left as they were
        app.installTranslator(translator)
        try:
            if lang == "zh_CN":
                probes = [
                    (ctx, src, want)
                    for ctx, src, want in QT_PROBES
                    if QCoreApplication.translate(ctx, src) == want
                ]
                require(
                    probes,
                    "no known screen string comes out in Chinese: "
                    + "; ".join(
                        f"{c}/{s!r} -> {QCoreApplication.translate(c, s)!r}"
                        for c, s, _ in QT_PROBES
                    ),
                )
        finally:
            app.removeTranslator(translator)
    qt_own = QTranslator()
    qtbase = "with" if qt_own.load("qtbase_zh_CN", i18n.qt_translations_dir()) else "without"
    message = msg("crs.reason.fever", temp_c=38.6)
    zh, en = render(message, "zh_CN"), render(message, "en")
    require(zh and en and zh != en, f"message catalogue: zh_CN {zh!r}, en {en!r}")
    require(any("\u4e00" <= ch <= "\u9fff" for ch in zh), f"zh_CN message not Chinese: {zh!r}")
    return (
        f"{', '.join(sizes)}; {probes[0][1]!r} → {probes[0][2]!r}; {qtbase} Qt's "
        f"qtbase_zh_CN; clinical catalogue zh_CN + en"
    )
