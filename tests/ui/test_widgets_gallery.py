"""Every widget together, themed, at 1280 × 800: targets ≥ 48 px, no text cut off."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox

from cart_bedside.ui import i18n, prepare_application, theme
from cart_bedside.ui.widgets.number_field import NumberField
from tools.widget_gallery import WidgetGallery


@pytest.fixture
def themed(qapp):
    style_sheet, font = qapp.styleSheet(), qapp.font()
    yield qapp
    qapp.setStyleSheet(style_sheet)
    qapp.setFont(font)
    i18n.remove_translators(qapp)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_targets_are_big_and_texts_fit(qtbot, themed, lang):
    prepare_application(themed, lang)
    window = WidgetGallery()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    # Nothing sticks out sideways at 1280 px: only vertical scrolling.
    assert window.content.width() <= window.scroll.viewport().width()
    assert window.scroll.horizontalScrollBar().maximum() == 0
    targets = [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
    targets += [w for w in window.findChildren(QComboBox) if w.isVisible()]
    assert len(targets) > 100
    for widget in targets:
        name = widget.objectName() or widget.text() if isinstance(widget, QAbstractButton) else ""
        assert widget.width() >= theme.TOUCH_MIN_PX, (name, widget.size())
        assert widget.height() >= theme.TOUCH_MIN_PX, (name, widget.size())
        wanted = {"large": theme.TOUCH_LARGE_PX, "xlarge": theme.TOUCH_XLARGE_PX}
        if widget.property("touch") in wanted:  # the stylesheet must not shrink them
            assert widget.height() >= wanted[widget.property("touch")], (name, widget.size())
        if isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            assert widget.width() >= hint.width() - 2, (lang, name, widget.size(), hint)
            assert widget.height() >= hint.height() - 2, (lang, name, widget.size(), hint)


def test_no_hover_only_behaviour(qtbot, themed):
    prepare_application(themed, "en")
    window = WidgetGallery()
    qtbot.addWidget(window)
    assert "hover" not in theme.stylesheet()
    for widget in window.findChildren(QAbstractButton):
        assert not widget.toolTip(), widget.objectName()  # nothing only a mouse can discover


def test_number_fields_have_big_value_buttons(qtbot, themed):
    prepare_application(themed, "zh_CN")
    window = WidgetGallery()
    qtbot.addWidget(window)
    window.show()
    for field in window.findChildren(NumberField):
        if field.isVisible():
            assert field.value_button().height() >= theme.TOUCH_LARGE_PX
