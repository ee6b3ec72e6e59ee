"""Escalation frequencies, tocilizumab limits and the auto-lock time, on the keypad."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from ...service import ward_settings as ws
from ..widgets.number_field import NumberField

ESCALATION_KEYS = ("vitals_grade1_h", "ice_grade1_h", "vitals_grade2_h", "ice_grade2_h")
TOCILIZUMAB_KEYS = ("min_interval_h", "max_per_24h", "max_total")


def _field(name: str, limit, decimals: int) -> NumberField:
    field = NumberField(unit=limit.unit, decimals=decimals, minimum=limit.low, maximum=limit.high)
    field.setObjectName(f"field_{name}")
    field.value_button().setStyleSheet("min-width: 110px;")
    return field


class LimitsEditor(QWidget):
    """``escalation()`` → hours by ``ESCALATION_KEYS``; ``tocilizumab()`` → values by
    ``TOCILIZUMAB_KEYS``; ``auto_lock_minutes()``; ``set_value(WardSettings)``;
    ``field(name)``. Ranges are the service's; it checks the order of the
    intervals and the limits together on saving. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, NumberField] = {}
        for key in ESCALATION_KEYS:
            self.fields[key] = _field(key, ws.ESCALATION_RANGE, 2)
        self.fields["min_interval_h"] = _field("min_interval_h", ws.TOCI_INTERVAL_RANGE, 0)
        self.fields["max_per_24h"] = _field("max_per_24h", ws.TOCI_PER_24H_RANGE, 0)
        self.fields["max_total"] = _field("max_total", ws.TOCI_TOTAL_RANGE, 0)
        self.fields["auto_lock_minutes"] = _field("auto_lock_minutes", ws.AUTO_LOCK_RANGE, 1)
        names = list(self.fields)
        for previous, nxt in itertools.pairwise(names):
            self.fields[previous].set_next_field(self.fields[nxt])
        for field in self.fields.values():
            field.valueChanged.connect(lambda _v: self.changed.emit())
        self.escalation_box = QGroupBox()
        grid = QGridLayout(self.escalation_box)
        for index, key in enumerate(ESCALATION_KEYS):
            grid.addWidget(self.fields[key], index // 2, index % 2)
        self.toci_box = QGroupBox()
        grid = QGridLayout(self.toci_box)
        for index, key in enumerate(TOCILIZUMAB_KEYS):
            grid.addWidget(self.fields[key], index // 2, index % 2)
        self.lock_box = QGroupBox()
        QVBoxLayout(self.lock_box).addWidget(self.fields["auto_lock_minutes"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.escalation_box, self.toci_box, self.lock_box):
            layout.addWidget(box)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def set_value(self, settings: ws.WardSettings) -> None:
        for key, hours in ws.escalation_value(settings.escalation).items():
            self.fields[key].set_value(hours)
        for key, value in ws.tocilizumab_value(settings.tocilizumab).items():
            self.fields[key].set_value(value)
        self.fields["auto_lock_minutes"].set_value(settings.auto_lock_minutes)

    def escalation(self) -> dict[str, float | None]:
        return {key: self.fields[key].value() for key in ESCALATION_KEYS}

    def tocilizumab(self) -> dict[str, float | int | None]:
        values = {key: self.fields[key].value() for key in TOCILIZUMAB_KEYS}
        for key in ("max_per_24h", "max_total"):
            count = values[key]
            if count is not None:
                values[key] = int(count)
        return values

    def auto_lock_minutes(self) -> float | None:
        return self.fields["auto_lock_minutes"].value()

    def field(self, name: str) -> NumberField:
        return self.fields[name]

    def field_name(self, error_field: str) -> str | None:
        """The words on the screen for a refused field (``escalation.ice_grade1_h``,
        ``tocilizumab_limits.max_total``, ``auto_lock_minutes``); None for a whole group's
        refusal or another setting's."""
        group, _, key = error_field.partition(".")
        if group == "escalation" and key in ESCALATION_KEYS:
            return self.fields[key].label()
        if group == "tocilizumab_limits" and key in TOCILIZUMAB_KEYS:
            return self.tr("{field} ({group})").format(
                field=self.fields[key].label(), group=self.toci_box.title()
            )
        if error_field == "auto_lock_minutes":
            return self.fields[error_field].label()
        return None

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.escalation_box.setTitle(self.tr("Escalation: checks while a grade is present"))
        self.toci_box.setTitle(self.tr("Tocilizumab limits"))
        self.lock_box.setTitle(self.tr("Auto-lock"))
        labels = {
            "vitals_grade1_h": self.tr("Vital signs every … at grade 1"),
            "ice_grade1_h": self.tr("ICE every … at grade 1"),
            "vitals_grade2_h": self.tr("Vital signs every … at grade ≥ 2"),
            "ice_grade2_h": self.tr("ICE every … at grade ≥ 2"),
            "min_interval_h": self.tr("At least … between doses"),
            "max_per_24h": self.tr("At most … doses in 24 h"),
            "max_total": self.tr("At most … doses in total"),
            "auto_lock_minutes": self.tr("Lock the tablet after … idle"),
        }
        for key, text in labels.items():
            self.fields[key].set_label(text)
        self.fields["max_per_24h"].set_unit(self.tr("doses"))
        self.fields["max_total"].set_unit(self.tr("doses"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
