"""HandwritingCanvas/Pad/Dialog/Compare: strokes from mouse, touch and stylus; PNG out."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cart_bedside.ui import i18n
from cart_bedside.ui.widgets.handwriting_canvas import EXPORT_SIZE, HandwritingCanvas
from cart_bedside.ui.widgets.handwriting_compare import HandwritingCompare
from cart_bedside.ui.widgets.handwriting_dialog import HandwritingDialog
from cart_bedside.ui.widgets.handwriting_pad import HandwritingPad


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def pad(qtbot):
    widget = HandwritingPad()
    qtbot.addWidget(widget)
    widget.resize(700, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drag(qtbot, canvas, points):
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for p in points[1:]:
        QTest.mouseMove(canvas, QPoint(*p))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def ink_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 128:
                dark += 1
    return dark


def test_starts_empty_and_exports_a_blank_png(pad):
    assert pad.is_empty()
    png = pad.to_png()
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (EXPORT_SIZE.width(), EXPORT_SIZE.height())
    assert ink_pixels(png) == 0


def test_a_mouse_stroke_draws(qtbot, pad):
    canvas = pad.canvas()
    with qtbot.waitSignal(pad.changed):
        drag(qtbot, canvas, [(40, 60), (80, 90), (120, 70), (160, 100), (200, 80)])
    assert not pad.is_empty()
    assert len(canvas.strokes()) == 1 and len(canvas.strokes()[0]) >= 4
    assert ink_pixels(pad.to_png()) > 20


def test_clear_button_empties_the_pad(qtbot, pad):
    drag(qtbot, pad.canvas(), [(40, 60), (200, 80)])
    assert pad.clear_button().isEnabled()
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad.clear_button(), Qt.MouseButton.LeftButton)
    assert pad.is_empty() and ink_pixels(pad.to_png()) == 0


def test_touch_draws(qtbot, pad):
    canvas = pad.canvas()
    device = QTest.createTouchDevice()
    # Pass the widget to each point: PySide otherwise takes them as window coordinates.
    QTest.touchEvent(canvas, device).press(0, QPoint(30, 40), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(90, 80), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(150, 60), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(200, 90), canvas).commit()
    assert canvas.strokes() == [[(30.0, 40.0), (90.0, 80.0), (150.0, 60.0), (200.0, 90.0)]]


def test_stylus_draws(qtbot, pad):
    canvas = pad.canvas()
    stylus = QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    steps = [
        (QEvent.Type.TabletPress, (50, 50)),
        (QEvent.Type.TabletMove, (100, 70)),
        (QEvent.Type.TabletMove, (150, 60)),
        (QEvent.Type.TabletRelease, (180, 80)),
    ]
    for kind, (x, y) in steps:
        local = QPointF(x, y)
        event = QTabletEvent(
            kind,
            stylus,
            local,
            QPointF(canvas.mapToGlobal(local)),
            0.6,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.TabletRelease
            else Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(canvas, event)
    assert len(canvas.strokes()) == 1
    assert canvas.strokes()[0][0] == (50.0, 50.0)


def test_add_stroke_and_png_is_deterministic(qtbot):
    canvas = HandwritingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 200)
    canvas.add_stroke([(10, 10), (100, 150), (300, 50)])
    assert canvas.to_png() == canvas.to_png()
    assert ink_pixels(canvas.to_png()) > 20


def test_dialog_returns_the_png(qtbot):
    dialog = HandwritingDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    done = dialog.findChild(type(dialog.pad().clear_button()), "handwriting_done")
    assert not done.isEnabled()  # nothing written yet
    dialog.pad().canvas().add_stroke([(10, 10), (200, 120)])
    assert done.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert dialog.png() is not None and dialog.png().startswith(b"\x89PNG")


def test_compare_shows_baseline_and_current(qtbot):
    canvas = HandwritingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 200)
    canvas.add_stroke([(10, 10), (100, 150), (300, 50)])
    png = canvas.to_png()
    compare = HandwritingCompare()
    qtbot.addWidget(compare)
    compare.resize(800, 300)
    compare.show()
    assert compare.image_label("baseline").text() == "No baseline sample"
    compare.set_baseline(png, "D+0 09:10")
    compare.set_current(png, "D+3 08:00")
    assert compare.baseline_png() == png and compare.current_png() == png
    for which in ("baseline", "current"):
        label = compare.image_label(which)
        assert not label.pixmap().isNull()
        assert label.pixmap().width() <= label.width()
    compare.set_current(None)
    assert compare.image_label("current").pixmap().isNull()
    assert compare.image_label("current").text() == "Not written yet"
