"""What a handover sheet is for: the whole ward or one bed, the shift, the sheet's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .language_toggle import LANGUAGE_NAMES
from .session import Session

BED_COLUMNS = 6


class HandoverChoices(QWidget):
    """Three rows of big exclusive buttons: "Whole ward" and one per occupied bed; one per
    ward shift; 中文 / English. ``changed()`` when the user picks one.

    The owner fills it (:meth:`set_beds`, :meth:`set_shifts`) and sets the
    shift's times (:meth:`set_shift_times`); shift names come from the
    catalogue in the session's language.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bed: str | None = None
        self._shift: str | None = None
        self._lang = "zh_CN"
        self._ward_lang = "zh_CN"
        self._headings = {key: QLabel() for key in ("for", "shift", "lang")}
        for label in self._headings.values():
            label.setProperty("role", "heading")
        self._bed_grid = QGridLayout()
        self._bed_grid.setSpacing(6)
        self._bed_group = QButtonGroup(self)
        self._bed_buttons: dict[str | None, QPushButton] = {}
        self._shift_row = QHBoxLayout()
        self._shift_group = QButtonGroup(self)
        self._shift_buttons: dict[str, QPushButton] = {}
        self._shift_times = QLabel()
        self._shift_times.setObjectName("shiftTimes")
        self._shift_times.setProperty("role", "hint")
        self._lang_group = QButtonGroup(self)
        self._lang_buttons: dict[str, QPushButton] = {}
        lang_row = QHBoxLayout()
        for lang, name in LANGUAGE_NAMES.items():
            button = self._button(self._lang_group, f"sheetLang_{lang}", name)
            button.clicked.connect(lambda _=False, lang=lang: self._pick("_lang", lang))
            self._lang_buttons[lang] = button
            lang_row.addWidget(button)
        lang_row.addStretch(1)
        self._shift_row.addStretch(1)
        self._lang_hint = QLabel()
        self._lang_hint.setProperty("role", "hint")

        # shift and language side by side: the whole form fits 1280 x 800 without scrolling
        when = QGridLayout()
        when.setHorizontalSpacing(24)
        when.addWidget(self._headings["shift"], 0, 0)
        when.addLayout(self._shift_row, 1, 0)
        when.addWidget(self._shift_times, 2, 0)
        when.addWidget(self._headings["lang"], 0, 1)
        when.addLayout(lang_row, 1, 1)
        when.addWidget(self._lang_hint, 2, 1)
        when.setColumnStretch(0, 3)
        when.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self._headings["for"])
        layout.addLayout(self._bed_grid)
        layout.addSpacing(6)
        layout.addLayout(when)
        layout.addStretch(1)
        session.language_changed.connect(lambda _lang: self._retranslate_words())
        self.set_beds([])
        self.retranslate()

    # --- what is chosen ---------------------------------------------------------------------
    def bed(self) -> str | None:
        """The chosen bed; None for the whole ward."""
        return self._bed

    def shift(self) -> str | None:
        return self._shift

    def language(self) -> str:
        return self._lang

    def set_bed(self, bed: str | None) -> None:
        self._bed = bed if bed in self._bed_buttons else None
        self._check()

    def set_shift(self, name: str) -> None:
        self._shift = name
        self._check()

    def set_language(self, lang: str, ward_lang: str | None = None) -> None:
        self._lang = lang
        if ward_lang is not None:
            self._ward_lang = ward_lang
            self._retranslate_words()
        self._check()

    def bed_button(self, bed: str | None) -> QPushButton:
        return self._bed_buttons[bed]

    def shift_button(self, name: str) -> QPushButton:
        return self._shift_buttons[name]

    def language_button(self, lang: str) -> QPushButton:
        return self._lang_buttons[lang]

    def set_shift_times(self, text: str) -> None:
        self._shift_times.setText(text)

    # --- filling ------------------------------------------------------------------------------
    def set_beds(self, beds: list[str]) -> None:
        """ "Whole ward" and one button per occupied bed (in the order given)."""
        for button in self._bed_buttons.values():
            self._bed_group.removeButton(button)
            button.deleteLater()
        ward = self._button(self._bed_group, "bed_ward")
        self._bed_buttons = {None: ward}
        self._bed_grid.addWidget(ward, 0, 0, 1, 2)
        for i, bed in enumerate(beds, start=2):
            button = self._button(self._bed_group, f"bed_{bed}", bed)
            self._bed_buttons[bed] = button
            self._bed_grid.addWidget(button, i // BED_COLUMNS, i % BED_COLUMNS)
        for key, button in self._bed_buttons.items():
            button.clicked.connect(lambda _=False, b=key: self._pick("_bed", b))
        if self._bed not in self._bed_buttons:
            self._bed = None
        self._retranslate_words()
        self._check()

    def set_shifts(self, names: tuple[str, ...]) -> None:
        """One button per ward shift, in the ward's order."""
        if tuple(self._shift_buttons) == tuple(names):
            return
        for button in self._shift_buttons.values():
            self._shift_group.removeButton(button)
            button.deleteLater()
        self._shift_buttons = {}
        for i, name in enumerate(names):
            button = self._button(self._shift_group, f"shift_{name}")
            button.clicked.connect(lambda _=False, n=name: self._pick("_shift", n))
            self._shift_buttons[name] = button
            self._shift_row.insertWidget(i, button)
        self._retranslate_words()
        self._check()

    # --- inside ---------------------------------------------------------------------------------
    def _pick(self, attribute: str, value) -> None:
        setattr(self, attribute, value)
        self._check()
        self.changed.emit()

    def _button(self, group: QButtonGroup, name: str, text: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumWidth(72)
        theme.touch_size(button, "large")
        group.addButton(button)
        return button

    def _check(self) -> None:
        if self._bed in self._bed_buttons:
            self._bed_buttons[self._bed].setChecked(True)
        if self._shift is not None and self._shift in self._shift_buttons:
            self._shift_buttons[self._shift].setChecked(True)
        if self._lang in self._lang_buttons:
            self._lang_buttons[self._lang].setChecked(True)

    def _retranslate_words(self) -> None:
        self._bed_buttons[None].setText(self.tr("Whole ward"))
        shifts = self._session.service.shift_settings()  # the ward's own names (a setting)
        for name, button in self._shift_buttons.items():
            button.setText(self._session.render(shifts.label(name)))
        self._lang_hint.setText(
            self.tr("The ward's language: {language}").format(
                language=LANGUAGE_NAMES.get(self._ward_lang, self._ward_lang)
            )
        )

    def retranslate(self) -> None:
        self._headings["for"].setText(self.tr("Sheet for"))
        self._headings["shift"].setText(self.tr("Shift handed over"))
        self._headings["lang"].setText(self.tr("Language of the sheet"))
        self._retranslate_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
