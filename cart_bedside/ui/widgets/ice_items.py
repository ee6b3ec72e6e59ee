"""The ICE score as ten tap targets (ASTCT; clinical-rules §3.1)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import ICE_ITEMS
from .. import theme

CHECK = "✔"
UNCHECKED = "□"

# (domain row, first column) of each item in the grid; domain headings sit above.
_POSITION: dict[str, tuple[int, int]] = {
    "year": (0, 0),
    "month": (0, 1),
    "city": (0, 2),
    "hospital": (0, 3),
    "name_1": (1, 0),
    "name_2": (1, 1),
    "name_3": (1, 2),
    "follows_commands": (2, 0),
    "writes_sentence": (2, 1),
    "counts_backwards": (2, 2),
}


class IceItemsWidget(QWidget):
    """Ten toggles, one per ICE item in ``models.ICE_ITEMS`` order: checked = correct.

    "Unable to perform" (patient unarousable) is its own answer: it disables
    the items and makes :meth:`score` None. :meth:`is_answered` tells an
    untouched widget (no ICE done) from a real 0/10.

    Signals: ``changed()`` on any change, ``scoreChanged(object)`` with the
    score or None, ``writingPadRequested()`` when the nurse opens the pad for
    the writing item.
    """

    changed = Signal()
    scoreChanged = Signal(object)
    writingPadRequested = Signal()

    def __init__(self, parent: QWidget | None = None, show_all_correct: bool = False) -> None:
        super().__init__(parent)
        self._answered = False
        self._buttons: list[QPushButton] = []
        for key in ICE_ITEMS:
            button = QPushButton()
            button.setObjectName(f"ice_{key}")
            button.setCheckable(True)
            theme.touch_size(button, "xlarge")
            button.setMinimumWidth(150)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._on_item_toggled)
            self._buttons.append(button)

        self._score_label = QLabel()
        self._score_label.setProperty("role", "total")
        self._status = QLabel()
        self._status.setProperty("role", "hint")
        self._unable = QPushButton()
        self._unable.setObjectName("ice_unable")
        self._unable.setCheckable(True)
        self._unable.setProperty("role", "danger")
        self._unable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._unable.toggled.connect(self._on_unable_toggled)
        self._all_correct = QPushButton()
        self._all_correct.setObjectName("ice_all_correct")
        self._all_correct.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._all_correct.clicked.connect(lambda: self.set_items([True] * len(ICE_ITEMS)))
        self._all_correct.setVisible(show_all_correct)
        self._pad_button = QPushButton()
        self._pad_button.setObjectName("ice_open_pad")
        self._pad_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self._pad_button, "xlarge")
        self._pad_button.clicked.connect(self.writingPadRequested)

        top = QHBoxLayout()
        score_box = QVBoxLayout()
        score_box.addWidget(self._score_label)
        score_box.addWidget(self._status)
        top.addLayout(score_box, 1)
        top.addWidget(self._all_correct)
        top.addWidget(self._unable)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self._headings: dict[str, QLabel] = {}
        heading_cells = {
            "orientation": (0, 0, 4),
            "naming": (2, 0, 3),
            "command": (4, 0, 1),
            "writing": (4, 1, 1),
            "attention": (4, 2, 1),
        }
        for name, (row, col, span) in heading_cells.items():
            label = QLabel()
            label.setProperty("role", "heading")
            grid.addWidget(label, row, col, 1, span)
            self._headings[name] = label
        for key, button in zip(ICE_ITEMS, self._buttons, strict=True):
            domain_row, col = _POSITION[key]
            grid.addWidget(button, domain_row * 2 + 1, col)
        grid.addWidget(self._pad_button, 5, 3)
        for col in range(4):
            grid.setColumnStretch(col, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------
    def _item_texts(self) -> dict[str, tuple[str, str]]:
        """(short name, prompt) of each item, in the nurse's language."""
        return {
            "year": (self.tr("Year"), self.tr("“What year is it?”")),
            "month": (self.tr("Month"), self.tr("“What month is it?”")),
            "city": (self.tr("City"), self.tr("“What city are we in?”")),
            "hospital": (self.tr("Hospital"), self.tr("“What hospital are we in?”")),
            "name_1": (self.tr("Object 1"), self.tr("names it, e.g. a clock")),
            "name_2": (self.tr("Object 2"), self.tr("names it, e.g. a pen")),
            "name_3": (self.tr("Object 3"), self.tr("names it, e.g. a button")),
            "follows_commands": (
                self.tr("Follows a command"),
                self.tr("e.g. “Show me two fingers”"),
            ),
            "writes_sentence": (self.tr("Writes a sentence"), self.tr("a standard sentence")),
            "counts_backwards": (self.tr("Counts backwards"), self.tr("from 100 by 10")),
        }

    def retranslate(self) -> None:
        self._headings["orientation"].setText(self.tr("Orientation (4 points)"))
        self._headings["naming"].setText(self.tr("Naming three objects (3 points)"))
        self._headings["command"].setText(self.tr("Command (1)"))
        self._headings["writing"].setText(self.tr("Writing (1)"))
        self._headings["attention"].setText(self.tr("Attention (1)"))
        self._unable.setText(self.tr("Unable to perform\n(unarousable)"))
        self._all_correct.setText(self.tr("All 10 correct"))
        self._pad_button.setText(self.tr("Open the\nhandwriting pad"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def items(self) -> tuple[bool, ...]:
        """Ten answers in ``ICE_ITEMS`` order, True = correct."""
        return tuple(button.isChecked() for button in self._buttons)

    def set_items(self, items: Sequence[bool]) -> None:
        if len(items) != len(ICE_ITEMS):
            raise ValueError(f"expected {len(ICE_ITEMS)} ICE items, got {len(items)}")
        for button, answer in zip(self._buttons, items, strict=True):
            button.blockSignals(True)
            button.setChecked(bool(answer))
            button.blockSignals(False)
        self._answered = True
        self._emit_changed()

    def unable(self) -> bool:
        return self._unable.isChecked()

    def set_unable(self, unable: bool) -> None:
        self._unable.setChecked(unable)

    def score(self) -> int | None:
        """0–10, or None when the patient is unable to perform."""
        if self.unable():
            return None
        return sum(self.items())

    def is_answered(self) -> bool:
        """True once an item was tapped, the items set, or "unable" chosen."""
        return self._answered or self.unable()

    def reset(self) -> None:
        """Back to "not assessed": no item correct, not unable."""
        self._unable.setChecked(False)
        self.set_items([False] * len(ICE_ITEMS))
        self._answered = False
        self._refresh()

    def item_button(self, key: str) -> QPushButton:
        """The toggle for an ``ICE_ITEMS`` key."""
        return self._buttons[ICE_ITEMS.index(key)]

    def unable_button(self) -> QPushButton:
        return self._unable

    def all_correct_button(self) -> QPushButton:
        return self._all_correct

    def score_text(self) -> str:
        return self._score_label.text()

    # -- internals ------------------------------------------------------------------------
    def _on_item_toggled(self, _checked: bool) -> None:
        self._answered = True
        self._emit_changed()

    def _on_unable_toggled(self, _checked: bool) -> None:
        self._emit_changed()

    def _emit_changed(self) -> None:
        self._refresh()
        self.changed.emit()
        self.scoreChanged.emit(self.score())

    def _refresh(self) -> None:
        texts = self._item_texts()
        unable = self.unable()
        for key, button in zip(ICE_ITEMS, self._buttons, strict=True):
            name, prompt = texts[key]
            mark = CHECK if button.isChecked() else UNCHECKED
            button.setText(f"{mark} {name}\n{prompt}")
            button.setEnabled(not unable)
        self._all_correct.setEnabled(not unable)
        self._pad_button.setEnabled(not unable)
        if unable:
            self._score_label.setText(self.tr("ICE: unable to perform"))
            self._status.setText(self.tr("Patient unarousable"))
        else:
            shown = self.score() if self._answered else "–"
            self._score_label.setText(self.tr("ICE {score}/10").format(score=shown))
            self._status.setText("" if self._answered else self.tr("Not assessed yet"))
