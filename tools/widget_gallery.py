"""A window showing every bedside widget, for looking at them (not a test, not shipped).

    .venv/bin/python tools/widget_gallery.py --lang zh_CN
    .venv/bin/python tools/widget_gallery.py --lang en --screenshot docs/screenshots/widgets_en.png

With ``--screenshot`` the whole gallery (also the part below the fold) is
saved to the file and the program exits; ``--window-shot`` saves what the
1280 × 800 window shows.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from cart_bedside.logic.models import FluidCategory, O2Device
from cart_bedside.ui import i18n, prepare_application
from cart_bedside.ui.widgets.capd import CapdWidget
from cart_bedside.ui.widgets.fluid_lines import FluidLinesWidget
from cart_bedside.ui.widgets.grade_badge import GradeBadge
from cart_bedside.ui.widgets.handwriting_canvas import HandwritingCanvas
from cart_bedside.ui.widgets.handwriting_compare import HandwritingCompare
from cart_bedside.ui.widgets.handwriting_pad import HandwritingPad
from cart_bedside.ui.widgets.ice_items import IceItemsWidget
from cart_bedside.ui.widgets.number_field import NumberField
from cart_bedside.ui.widgets.numeric_keypad import NumericKeypad
from cart_bedside.ui.widgets.o2_device_selector import O2DeviceSelector
from cart_bedside.ui.widgets.vasopressor_toggles import VasopressorToggles


def _scribble(tremor: float, width: int = 600, height: int = 200) -> bytes:
    """A synthetic handwriting sample: loops along a line, shakier with ``tremor``."""
    canvas = HandwritingCanvas()
    canvas.resize(width, height)
    for word in range(4):
        x0 = 40 + word * 140
        points = []
        for i in range(90):
            t = i / 89
            x = x0 + t * 110 + 14 * math.cos(t * 6 * math.pi)
            y = 120 - 40 * abs(math.sin(t * 3 * math.pi)) + 10 * math.sin(t * 6 * math.pi)
            y += tremor * 9 * math.sin(i * 2.7) + tremor * 5 * math.cos(i * 4.1)
            points.append((x, y))
        canvas.add_stroke(points)
    return canvas.to_png()


def _greyscale_badges() -> QLabel:
    """The badges as a greyscale printer would show them."""
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    for grade in [None, 0, 1, 2, 3, 4]:
        badge = GradeBadge("CRS", grade)
        badge.setFixedSize(72, 64)
        box.addWidget(badge)
    row.resize(row.sizeHint())
    image = row.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    return label


class WidgetGallery(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._boxes: dict[str, QGroupBox] = {}
        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)

        # Vital-sign fields chained on one keypad panel.
        self.keypad = NumericKeypad()
        self.fields = [
            NumberField(unit="°C", decimals=1, minimum=30, maximum=45),
            NumberField(unit="/min", decimals=0, minimum=20, maximum=250),
            NumberField(unit="mmHg", decimals=0, minimum=40, maximum=280),
        ]
        for field, following in zip(self.fields, [*self.fields[1:], None], strict=True):
            field.set_keypad(self.keypad)
            field.set_next_field(following)
        self.fields[0].set_value(38.6)
        self.fields[1].set_value(112)
        self.fields[2].set_value(96)
        fields_box = QVBoxLayout()
        for field in self.fields:
            fields_box.addWidget(field)
        fields_box.addStretch(1)
        keypad_row = QHBoxLayout()
        keypad_row.addLayout(fields_box, 2)
        keypad_row.addWidget(self.keypad, 3)
        grid.addWidget(self._box("keypad", keypad_row), 0, 0)

        badges = QGridLayout()
        for col, grade in enumerate([None, 0, 1, 2, 3, 4]):
            badges.addWidget(GradeBadge("CRS", grade), 0, col)
            badges.addWidget(GradeBadge("ICANS", grade), 1, col)
        self.badge_note = QLabel()
        self.badge_note.setWordWrap(True)
        self.badge_note.setProperty("role", "hint")
        badges.addWidget(self.badge_note, 2, 0, 1, 6)
        self.greyscale_title = QLabel()
        badges.addWidget(self.greyscale_title, 3, 0, 1, 6)
        badges.addWidget(_greyscale_badges(), 4, 0, 1, 6)
        grid.addWidget(self._box("badges", badges), 0, 1)

        self.ice = IceItemsWidget(show_all_correct=True)
        self.ice.set_items([True] * 4 + [True, True, False] + [True, False, True])
        grid.addWidget(self._box("ice", self.ice), 1, 0, 1, 2)

        self.capd = CapdWidget()
        self.capd.set_answers([1, 0, 2, 1, 3, None, None, None])
        grid.addWidget(self._box("capd", self.capd), 2, 0, 1, 2)

        self.o2 = O2DeviceSelector()
        self.o2.set_value(O2Device.NASAL_CANNULA, 3.0)
        self.o2.flow_field().set_keypad(self.keypad)
        grid.addWidget(self._box("o2", self.o2), 3, 0, 1, 2)
        self.vaso = VasopressorToggles()
        self.vaso.set_value(["norepinephrine", "metaraminol"])
        grid.addWidget(self._box("vaso", self.vaso), 4, 0)
        self.compare = HandwritingCompare()
        self.compare.setMinimumHeight(220)
        self.compare.set_baseline(_scribble(0.0), "D+0 09:10")
        self.compare.set_current(_scribble(1.0), "D+5 08:40")
        grid.addWidget(self._box("compare", self.compare), 4, 1)

        self.fluids = FluidLinesWidget()
        self.fluids.set_lines(
            [(FluidCategory.IV_FLUIDS, 500), (FluidCategory.ORAL, 250), (FluidCategory.URINE, 300)]
        )
        self.fluids.set_category(FluidCategory.URINE)
        grid.addWidget(self._box("fluids", self.fluids), 5, 0, 1, 2)

        self.pad = HandwritingPad()
        self.pad.setMinimumHeight(300)
        self.pad.canvas().add_stroke([(60 + i * 4, 150 + 30 * math.sin(i / 6)) for i in range(120)])
        grid.addWidget(self._box("pad", self.pad), 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.content = content
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.lang_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        top.addWidget(self.title, 1)
        for lang, text in (("zh_CN", "中文"), ("en", "English")):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumWidth(120)
            button.clicked.connect(lambda _=False, lg=lang: i18n.install_translators(None, lg))
            self.lang_buttons[lang] = button
            top.addWidget(button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self.retranslate()
        self.keypad.set_target(self.fields[2])
        self.keypad.set_text("9")

    def _box(self, key: str, inner: QWidget | QHBoxLayout | QGridLayout) -> QGroupBox:
        box = QGroupBox()
        if isinstance(inner, QWidget):
            QVBoxLayout(box).addWidget(inner)
        else:
            box.setLayout(inner)
        self._boxes[key] = box
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("cart_bedside — widget gallery"))
        self.title.setText(self.tr("Bedside widgets"))
        self.fields[0].set_label(self.tr("Temperature"))
        self.fields[1].set_label(self.tr("Heart rate"))
        self.fields[2].set_label(self.tr("Systolic BP"))
        titles = {
            "keypad": self.tr("Numeric keypad and number fields"),
            "badges": self.tr("Grade badges"),
            "ice": self.tr("ICE score (patients 12 years and over)"),
            "capd": self.tr("CAPD (children under 12)"),
            "o2": self.tr("Oxygen"),
            "vaso": self.tr("Vasopressors"),
            "fluids": self.tr("Fluid balance this shift"),
            "pad": self.tr("Handwriting pad"),
            "compare": self.tr("Handwriting compared with baseline"),
        }
        for key, box in self._boxes.items():
            box.setTitle(titles[key])
        self.badge_note.setText(
            self.tr(
                "Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade."
            )
        )
        self.greyscale_title.setText(self.tr("The same badges printed in greyscale:"))
        current = i18n.current_language()
        if current in self.lang_buttons:
            self.lang_buttons[current].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE)
    parser.add_argument("--screenshot", metavar="PNG", help="save the whole gallery and exit")
    parser.add_argument("--window-shot", metavar="PNG", help="save the window and exit")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app, args.lang)
    window = WidgetGallery()
    window.show()
    if args.screenshot or args.window_shot:

        def shoot() -> None:
            if args.window_shot:
                window.grab().save(args.window_shot)
            if args.screenshot:
                content = window.content
                content.resize(content.width(), max(content.height(), content.sizeHint().height()))
                content.grab().save(args.screenshot)
            app.quit()

        QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
