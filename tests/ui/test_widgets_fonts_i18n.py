"""Bundled font, resource paths, translators and switching language at run time."""

import importlib.resources
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics, QGuiApplication

from cart_bedside import resources
from cart_bedside.logic.models import FluidCategory
from cart_bedside.ui import fonts, i18n
from cart_bedside.ui.widgets.fluid_lines import FluidLinesWidget
from cart_bedside.ui.widgets.ice_items import IceItemsWidget
from cart_bedside.ui.widgets.number_field import NumberField

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_translators(qapp):
    i18n.remove_translators(qapp)
    yield
    i18n.remove_translators(qapp)


def ts_messages(lang):
    tree = ET.parse(ROOT / "i18n" / f"cart_bedside_{lang}.ts")
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.find("translation")


# -- resources and font -------------------------------------------------------------
def test_bundled_files_exist():
    assert resources.cjk_font_path().is_file()
    assert (resources.fonts_dir() / "wqy-microhei.LICENSE.txt").is_file()
    assert (resources.fonts_dir() / "LICENSE-Apache-2.0.txt").is_file()
    for lang in i18n.LANGUAGES:
        assert resources.qm_path(lang).is_file(), lang


def test_package_data_is_inside_the_package():
    """Found through importlib.resources, so a wheel, pipx and PyInstaller find it too."""
    package = Path(importlib.resources.files("cart_bedside"))
    assert resources.cjk_font_path() == package / "fonts" / "wqy-microhei.ttc"
    assert resources.qm_path("en") == package / "i18n" / "cart_bedside_en.qm"
    assert package == ROOT / "cart_bedside"


def test_register_fonts_sets_the_default_family(qapp):
    family = fonts.register_fonts()
    assert family == resources.CJK_FONT_FAMILY
    font = QGuiApplication.font()
    assert font.families()[0] == family
    assert QFontMetrics(font).inFontUcs4(ord("级"))
    assert fonts.register_fonts(set_default=False) == family  # idempotent


def test_chinese_renders_on_a_machine_without_cjk_fonts(tmp_path):
    """Only DejaVu visible to fontconfig: no Chinese family until ours is registered."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <cachedir>{tmp_path}/cache</cachedir>
        </fontconfig>
        """)
    )
    script = textwrap.dedent("""\
        import cart_bedside.ui
        from PySide6.QtGui import QFontDatabase, QGuiApplication
        app = QGuiApplication([])
        chinese = QFontDatabase.WritingSystem.SimplifiedChinese
        print(len(QFontDatabase.families(chinese)))
        from cart_bedside.ui import fonts
        print(fonts.register_fonts())
        print(QFontDatabase.families(chinese))
        """)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.splitlines()
    assert out[0] == "0"
    assert out[1] == resources.CJK_FONT_FAMILY
    assert resources.CJK_FONT_FAMILY in out[2]


def test_reportlab_loads_the_font(tmp_path):
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    font = ttfonts.TTFont(
        "WQY", str(resources.cjk_font_path()), subfontIndex=resources.CJK_FONT_SUBFONT_INDEX
    )
    pdfmetrics.registerFont(font)
    pdf = canvas.Canvas(str(tmp_path / "t.pdf"))
    pdf.setFont("WQY", 12)
    pdf.drawString(40, 700, "细胞因子释放综合征 CRS 2级")
    pdf.save()
    assert (tmp_path / "t.pdf").stat().st_size > 1000


# -- translators --------------------------------------------------------------------------
def test_install_chinese_translates_app_and_qt_strings(qapp):
    assert i18n.install_translators(qapp, "zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("IceItemsWidget", "Year") == "年份"
    qt_qm = Path(i18n.qt_translations_dir()) / "qtbase_zh_CN.qm"
    if qt_qm.is_file():  # pyside6-essentials ships it; a slim install may not
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError):
        i18n.install_translators(qapp, "fr")


def test_missing_translations_are_not_fatal(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "qm_path", lambda lang: tmp_path / "none.qm")
    monkeypatch.setattr(i18n, "qt_translations_dir", lambda: str(tmp_path))
    assert i18n.install_translators(qapp, "zh_CN") is False
    assert QCoreApplication.translate("IceItemsWidget", "Year") == "Year"


def test_switching_language_keeps_the_values(qtbot, qapp):
    i18n.install_translators(qapp, "en")
    ice = IceItemsWidget()
    fluids = FluidLinesWidget()
    field = NumberField("T", "°C", decimals=1, minimum=30, maximum=45)
    for w in (ice, fluids, field):
        qtbot.addWidget(w)
        w.show()
    ice.set_items([True] * 3 + [False] * 7)
    fluids.add_line(FluidCategory.URINE, 300)
    field.set_value(38.2)
    assert ice.item_button("year").text().splitlines()[0].endswith("Year")
    assert fluids.category_button(FluidCategory.URINE).text() == "Urine"

    i18n.install_translators(qapp, "zh_CN")
    qtbot.waitUntil(lambda: "年份" in ice.item_button("year").text())
    assert ice.score_text() == "ICE 3/10" and ice.items()[:4] == (True, True, True, False)
    assert fluids.category_button(FluidCategory.URINE).text() == "尿量"
    assert fluids.totals_text() == "入量 0 mL · 出量 300 mL · 净平衡 −300 mL"
    assert field.range_hint() == "范围 30.0–45.0 °C" and field.value() == 38.2

    i18n.install_translators(qapp, "en")
    qtbot.waitUntil(lambda: "Year" in ice.item_button("year").text())
    assert fluids.lines() == [(FluidCategory.URINE, 300.0)]


# -- the .ts and .qm files -------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{\w*\}")
ACRONYM = re.compile(r"\b[A-Z]\w*[A-Z]\w*\b")  # CAPD, BiPAP


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_ts_complete_with_the_same_placeholders(lang):
    messages = list(ts_messages(lang))
    assert messages
    for context, source, translation in messages:
        assert translation.get("type") is None, (context, source)
        assert translation.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))
        words = ACRONYM.sub("", PLACEHOLDER.sub("", source))
        if lang == "zh_CN" and re.search("[a-z]{4,}", words):  # real words, not "ICE {score}/10"
            assert re.search("[\u4e00-\u9fff]", translation.text), (context, source)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_qm_built_from_the_current_ts(lang):
    translator = QTranslator()
    assert translator.load(str(resources.qm_path(lang)))
    for context, source, translation in ts_messages(lang):
        assert translator.translate(context, source) == translation.text, (
            f"{context}: {source!r} — rebuild with: .venv/bin/python i18n/build.py --release"
        )


def test_ts_covers_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    sources = sorted(str(p) for p in (ROOT / "cart_bedside" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-silent", "-ts", str(fresh)], check=True, timeout=120)
    tree = ET.parse(fresh)
    in_code = {
        (c.find("name").text, m.find("source").text)
        for c in tree.iter("context")
        for m in c.iter("message")
    }
    in_ts = {(c, s) for c, s, _t in ts_messages("zh_CN")}
    missing = in_code - in_ts
    assert not missing, f"run .venv/bin/python i18n/build.py and translate: {sorted(missing)}"
