"""GradeBadge and FluidLinesWidget."""

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cart_bedside.logic.models import FluidCategory
from cart_bedside.ui import i18n, theme
from cart_bedside.ui.widgets.fluid_lines import QUICK_VOLUMES_ML, FluidLinesWidget
from cart_bedside.ui.widgets.grade_badge import GradeBadge
from cart_bedside.ui.widgets.number_field import NumberField


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


def grey_of_centre_band(badge: GradeBadge) -> float:
    image = badge.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    # A strip at mid-height beside the number: the fill, not the digit.
    return sum(image.pixelColor(x, image.height() // 2).value() for x in range(8, 16)) / 8


def test_badge_grade_and_text(qtbot):
    badge = GradeBadge("CRS")
    qtbot.addWidget(badge)
    assert badge.grade() is None and badge.text() == "CRS –"
    badge.set_grade(2)
    assert badge.grade() == 2 and badge.text() == "CRS 2"
    assert badge.accessibleName() == "CRS grade 2"
    with pytest.raises(ValueError):
        badge.set_grade(5)


def test_badge_click(qtbot):
    badge = GradeBadge("ICANS", 1)
    qtbot.addWidget(badge)
    badge.show()
    with qtbot.waitSignal(badge.clicked):
        qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)


def test_badges_differ_in_greyscale(qtbot):
    greys = []
    for grade in range(5):
        badge = GradeBadge("CRS", grade)
        qtbot.addWidget(badge)
        badge.resize(badge.sizeHint())
        greys.append(grey_of_centre_band(badge))
    assert greys == sorted(greys, reverse=True)  # darker with each grade
    assert all(a - b >= 25 for a, b in itertools.pairwise(greys))


def test_grade_styles_are_distinct_and_readable():
    lumas = [theme.luma(theme.GRADE_STYLES[g].fill) for g in range(5)]
    assert all(a - b >= 25 for a, b in itertools.pairwise(lumas))
    widths = [theme.GRADE_STYLES[g].border_px for g in range(5)]
    assert widths == sorted(widths) and len(set(widths)) == 5
    assert [theme.GRADE_STYLES[g].pips for g in range(5)] == [0, 1, 2, 3, 4]
    for g in range(5):
        style = theme.GRADE_STYLES[g]
        assert abs(theme.luma(style.fill) - theme.luma(style.text)) >= 125, g


@pytest.fixture
def fluids(qtbot):
    widget = FluidLinesWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_quick_volumes_need_a_category(fluids):
    assert fluids.selected_category() is None
    assert not any(fluids.quick_button(v).isEnabled() for v in QUICK_VOLUMES_ML)


def test_two_taps_add_a_line(qtbot, fluids):
    click(qtbot, fluids.category_button(FluidCategory.IV_FLUIDS))
    with qtbot.waitSignal(fluids.linesChanged):
        click(qtbot, fluids.quick_button(500))
    click(qtbot, fluids.category_button(FluidCategory.URINE))
    click(qtbot, fluids.quick_button(250))
    click(qtbot, fluids.quick_button(100))  # category stays chosen: adds to its line
    assert fluids.lines() == [(FluidCategory.IV_FLUIDS, 500.0), (FluidCategory.URINE, 350.0)]
    assert fluids.totals() == (500.0, 350.0, 150.0)
    assert fluids.totals_text() == "In 500 mL · Out 350 mL · Net +150 mL"


def test_fluid_lines_grow_in_the_page_not_in_a_nested_scroll_box(qtbot, fluids):
    from PySide6.QtWidgets import QScrollArea

    assert fluids.findChildren(QScrollArea) == []
    click(qtbot, fluids.category_button(FluidCategory.ORAL))
    for volume in (100, 250, 500):
        click(qtbot, fluids.quick_button(volume))
    click(qtbot, fluids.category_button(FluidCategory.URINE))
    click(qtbot, fluids.quick_button(500))
    assert fluids.lines() == [(FluidCategory.ORAL, 850.0), (FluidCategory.URINE, 500.0)]


def test_remove_a_line(qtbot, fluids):
    fluids.set_lines([(FluidCategory.ORAL, 100), (FluidCategory.STOOL, 200)])
    click(qtbot, fluids.remove_button(0))
    assert fluids.lines() == [(FluidCategory.STOOL, 200.0)]
    assert fluids.totals_text() == "In 0 mL · Out 200 mL · Net −200 mL"


def test_typed_volume(qtbot, fluids):
    click(qtbot, fluids.category_button(FluidCategory.BLOOD_PRODUCTS))
    field: NumberField = fluids.volume_field()
    assert not fluids.add_button().isEnabled()
    field.set_value(320)
    click(qtbot, fluids.add_button())
    assert fluids.lines() == [(FluidCategory.BLOOD_PRODUCTS, 320.0)]
    assert field.value() is None  # ready for the next one


def test_set_lines_updates_the_list(fluids):
    fluids.set_lines([(FluidCategory.ENTERAL, 250)])
    assert fluids.remove_button(0).objectName() == "fluid_remove_0"
    assert fluids.totals() == (250.0, 0.0, 250.0)
    with pytest.raises(ValueError):
        fluids.add_line(FluidCategory.ORAL, 0)
