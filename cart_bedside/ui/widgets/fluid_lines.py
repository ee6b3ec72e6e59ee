"""Fluid intake and output for the shift: lines by category, with running totals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.fluids import lines_balance
from ...logic.models import FluidCategory, FluidDirection
from .. import theme
from .number_field import NumberField

QUICK_VOLUMES_ML: tuple[int, ...] = (50, 100, 250, 500)
MAX_LINE_ML = 5000


def format_ml(volume: float) -> str:
    return f"{volume:g}"


def format_signed_ml(volume: float) -> str:
    if volume > 0:
        return f"+{volume:g}"
    if volume < 0:
        return f"−{-volume:g}"
    return "0"


class FluidLinesWidget(QWidget):
    """Choose a category, then tap a quick volume (or type one) to add a line.

    The category stays chosen, so several lines of one kind are one tap each.
    :meth:`lines` gives ``[(FluidCategory, volume_ml), …]`` in the order
    entered. Signals: ``linesChanged()``.
    """

    linesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[FluidCategory, float]] = []
        self._category_group = QButtonGroup(self)
        self._category_group.setExclusive(True)
        self._category_buttons: dict[FluidCategory, QPushButton] = {}
        categories = QGridLayout()
        categories.setSpacing(6)
        self._direction_labels: dict[FluidDirection, QLabel] = {}
        for row, direction in enumerate(FluidDirection):
            label = QLabel()
            label.setProperty("role", "heading")
            self._direction_labels[direction] = label
            categories.addWidget(label, row, 0)
            members = [c for c in FluidCategory if c.direction is direction]
            for col, category in enumerate(members, start=1):
                button = QPushButton()
                button.setObjectName(f"fluid_{category.value}")
                button.setCheckable(True)
                button.setMinimumWidth(110)
                theme.touch_size(button)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self._category_group.addButton(button)
                self._category_buttons[category] = button
                categories.addWidget(button, row, col)
        self._category_group.buttonToggled.connect(lambda _b, _c: self._refresh())

        self._quick: dict[int, QPushButton] = {}
        quick = QHBoxLayout()
        for volume in QUICK_VOLUMES_ML:
            button = QPushButton(f"+{volume} mL")
            button.setObjectName(f"fluid_quick_{volume}")
            button.setProperty("role", "key")
            button.setMinimumWidth(110)
            theme.touch_size(button)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=volume: self._add_selected(v))
            self._quick[volume] = button
            quick.addWidget(button)
        self._volume = NumberField(unit="mL", decimals=0, minimum=1, maximum=MAX_LINE_ML)
        self._volume.setObjectName("fluid_volume")
        self._volume.setMaximumWidth(220)
        self._volume.valueChanged.connect(lambda _v: self._refresh())
        self._add = QPushButton()
        self._add.setObjectName("fluid_add")
        self._add.setProperty("role", "primary")
        self._add.setMinimumWidth(110)
        theme.touch_size(self._add)
        self._add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._add.clicked.connect(self._add_typed)
        quick.addSpacing(16)
        quick.addWidget(self._volume)
        quick.addWidget(self._add, 0, Qt.AlignmentFlag.AlignBottom)

        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        # The lines grow in the page's own scroll (no nested scroll box, issue 11 item 8).
        self.rows_box = QFrame()
        self.rows_box.setObjectName("fluid_rows")
        self.rows_box.setFrameShape(QFrame.Shape.StyledPanel)
        rows_box = QVBoxLayout(self.rows_box)
        rows_box.addLayout(self._rows)
        self._empty = QLabel()
        self._empty.setProperty("role", "hint")
        self._rows.addWidget(self._empty)

        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._totals = QLabel()
        self._totals.setObjectName("fluid_totals")
        self._totals.setProperty("role", "total")
        layout = QVBoxLayout(self)
        layout.addLayout(categories)
        layout.addWidget(self._hint)
        layout.addLayout(quick)
        layout.addWidget(self.rows_box)
        layout.addWidget(self._totals)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------
    def category_labels(self) -> dict[FluidCategory, str]:
        return {
            FluidCategory.IV_FLUIDS: self.tr("IV fluids"),
            FluidCategory.BLOOD_PRODUCTS: self.tr("Blood products"),
            FluidCategory.ORAL: self.tr("Oral"),
            FluidCategory.ENTERAL: self.tr("Enteral"),
            FluidCategory.IV_MEDICATIONS: self.tr("IV medications"),
            FluidCategory.URINE: self.tr("Urine"),
            FluidCategory.DRAINS: self.tr("Drains"),
            FluidCategory.STOOL: self.tr("Stool"),
            FluidCategory.EMESIS: self.tr("Emesis"),
            FluidCategory.OTHER_OUTPUT: self.tr("Other output"),
        }

    def retranslate(self) -> None:
        self._direction_labels[FluidDirection.INTAKE].setText(self.tr("In"))
        self._direction_labels[FluidDirection.OUTPUT].setText(self.tr("Out"))
        for category, text in self.category_labels().items():
            self._category_buttons[category].setText(text)
        self._volume.set_label(self.tr("Other volume"))
        self._add.setText(self.tr("Add"))
        self._empty.setText(self.tr("No fluid lines this shift yet."))
        self._rebuild_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def lines(self) -> list[tuple[FluidCategory, float]]:
        return list(self._lines)

    def set_lines(self, lines: Iterable[tuple[FluidCategory, float]]) -> None:
        self._lines = [(FluidCategory(c), float(v)) for c, v in lines]
        self._changed()

    def add_line(self, category: FluidCategory, volume_ml: float) -> None:
        if volume_ml <= 0:
            raise ValueError("a fluid line needs a positive volume")
        self._lines.append((FluidCategory(category), float(volume_ml)))
        self._changed()

    def remove_line(self, index: int) -> None:
        del self._lines[index]
        self._changed()

    def totals(self) -> tuple[float, float, float]:
        """(intake, output, net) in mL (logic.fluids.lines_balance)."""
        b = lines_balance(self._lines)
        return b.intake_ml, b.output_ml, b.net_ml

    def selected_category(self) -> FluidCategory | None:
        for category, button in self._category_buttons.items():
            if button.isChecked():
                return category
        return None

    def set_category(self, category: FluidCategory) -> None:
        self._category_buttons[FluidCategory(category)].setChecked(True)

    def category_button(self, category: FluidCategory) -> QPushButton:
        return self._category_buttons[FluidCategory(category)]

    def quick_button(self, volume_ml: int) -> QPushButton:
        return self._quick[volume_ml]

    def volume_field(self) -> NumberField:
        return self._volume

    def add_button(self) -> QPushButton:
        return self._add

    def remove_button(self, index: int) -> QPushButton:
        return self._remove_buttons[index]

    def totals_text(self) -> str:
        return self._totals.text()

    # -- internals --------------------------------------------------------------------------
    def _add_selected(self, volume_ml: float) -> None:
        """A tap on a category that already has a line adds to that line."""
        category = self.selected_category()
        if category is None:
            return
        for index, (existing, volume) in enumerate(self._lines):
            if existing is category:
                self._lines[index] = (category, volume + float(volume_ml))
                self._changed()
                return
        self.add_line(category, volume_ml)

    def _add_typed(self) -> None:
        volume = self._volume.value()
        if volume:
            self._add_selected(volume)
            self._volume.clear()

    def _changed(self) -> None:
        self._rebuild_rows()
        self.linesChanged.emit()

    def _rebuild_rows(self) -> None:
        while self._rows.count() > 1:  # item 0 is the "no lines" label
            item = self._rows.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._remove_buttons: list[QPushButton] = []
        labels = self.category_labels()
        for index, (category, volume) in enumerate(self._lines):
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(4, 0, 4, 0)
            sign = "+" if category.direction is FluidDirection.INTAKE else "−"
            text = QLabel(f"{index + 1}.  {sign} {labels[category]}")
            amount = QLabel(f"{format_ml(volume)} mL")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setStyleSheet("font-weight: bold;")
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName(f"fluid_remove_{index}")
            remove.setProperty("role", "danger")
            remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            remove.clicked.connect(lambda _=False, i=index: self.remove_line(i))
            box.addWidget(text, 1)
            box.addWidget(amount)
            box.addWidget(remove)
            self._rows.addWidget(row)
            self._remove_buttons.append(remove)
        self._empty.setVisible(not self._lines)
        self._refresh()

    def _refresh(self) -> None:
        has_category = self.selected_category() is not None
        for button in self._quick.values():
            button.setEnabled(has_category)
        self._add.setEnabled(has_category and bool(self._volume.value()))
        self._hint.setText("" if has_category else self.tr("Choose a category, then a volume."))
        intake, output, net = self.totals()
        self._totals.setText(
            self.tr("In {intake} mL · Out {output} mL · Net {net} mL").format(
                intake=format_ml(intake), output=format_ml(output), net=format_signed_ml(net)
            )
        )
