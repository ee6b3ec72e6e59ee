"""One line of text per charted record, for the History list and its versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ...logic.fluids import category_label
from ...logic.messages import Message, msg, term
from ...logic.models import (
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Seizure,
    VitalSigns,
    WeightMeasurement,
)
from ...logic.observations import NotDone
from ...logic.record_check import UnreadableRecord
from ...logic.validation import LAB_LIMITS
from ...service.history import PhysicianGradeRecord
from ...service.labs import lab_label
from .formatting import drug_label, fmt_number, say


class RecordText(QObject):
    """Words for records: ``summary(record)``, ``kind_label(kind)``, ``marks(entry)``.

    Catalogue terms (drugs, labs, fluids, devices) are rendered with ``render``
    (the session's language); the few words of its own go through ``tr()``, so
    ask again after a language change.
    """

    def __init__(self, render: Callable[[Message], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._render = render

    def kind_label(self, kind: str) -> str:
        return self._render(term(f"record.kind.{kind}"))

    def marks(self, entry: Any) -> str:
        """late entry · amended · entered in error (a HistoryEntry's marks)."""
        codes = [
            code
            for code, on in (
                ("late_entry", entry.late),
                ("amended", entry.amended),
                ("entered_in_error", entry.entered_in_error),
            )
            if on
        ]
        return " · ".join(self._render(term(f"record.mark.{c}")) for c in codes)

    def summary(self, record: Any) -> str:
        if isinstance(record, VitalSigns):
            return self.vitals(record)
        if isinstance(record, NeuroAssessment):
            return self.neuro(record)
        if isinstance(record, FluidEntry):
            return self.tr("{category} {volume} mL").format(
                category=self._render(category_label(record.category)),
                volume=fmt_number(record.volume_ml),
            )
        if isinstance(record, MedicationDose):
            return self.dose(record)
        if isinstance(record, LabResult):
            return self.lab(record)
        if isinstance(record, WeightMeasurement):
            return self.tr("{kg} kg").format(kg=fmt_number(record.weight_kg, 1))
        if isinstance(record, UnreadableRecord):
            return self._render(msg("record.unreadable", field=record.field, value=record.value))
        if isinstance(record, PhysicianGradeRecord):
            return self.physician_grade(record)
        if isinstance(record, NotDone):
            return self._render(
                msg(
                    "record.history.not_done",
                    task=term(f"task.kind.{record.kind}"),
                    why=record.label,
                )
            )
        return str(record)

    def physician_grade(self, g: PhysicianGradeRecord) -> str:
        """CRS/ICANS grade a physician confirmed, or corrected with the computed one and why."""
        syndrome = g.syndrome.upper()
        if not g.corrected:
            return self._render(
                msg("record.history.grade_confirmed", syndrome=syndrome, grade=g.grade)
            )
        return self._render(
            msg(
                "record.history.grade_corrected",
                syndrome=syndrome,
                grade=g.grade,
                computed=g.computed_grade,
                reason=g.reason,
            )
        )

    def vitals(self, v: VitalSigns) -> str:
        parts = []
        if v.temp_c is not None:
            parts.append(self.tr("T {value} °C").format(value=fmt_number(v.temp_c, 1)))
        if v.hr is not None:
            parts.append(self.tr("HR {value}").format(value=v.hr))
        if v.sbp is not None or v.dbp is not None:
            parts.append(
                self.tr("BP {sbp}/{dbp}").format(sbp=fmt_number(v.sbp), dbp=fmt_number(v.dbp))
            )
        if v.rr is not None:
            parts.append(self.tr("RR {value}").format(value=v.rr))
        if v.spo2 is not None:
            parts.append(self.tr("SpO2 {value} %").format(value=fmt_number(v.spo2)))
        if v.o2_device is not O2Device.ROOM_AIR:
            device = self._render(term(f"o2.{v.o2_device.value}"))
            if v.o2_flow_l_min is not None:
                device += f" {fmt_number(v.o2_flow_l_min)} L/min"
            parts.append(device)
        for name in v.vasopressors:
            parts.append(say(self._render, drug_label(name)))
        return " · ".join(parts) or "—"

    def neuro(self, n: NeuroAssessment) -> str:
        parts = []
        if n.ice_unable or n.capd_unable:
            parts.append(self.tr("unable to assess"))
        elif n.total_ice is not None:
            parts.append(self.tr("ICE {score}/10").format(score=n.total_ice))
        elif n.total_capd is not None:
            parts.append(self.tr("CAPD {score}").format(score=n.total_capd))
        if n.consciousness is not None:
            parts.append(self._render(term(f"loc.{n.consciousness.value}")))
        if n.seizure is not Seizure.NONE:
            parts.append(self.tr("seizure"))
        if n.motor_weakness:
            parts.append(self.tr("motor weakness"))
        if n.cerebral_edema.value != "none":
            parts.append(self.tr("cerebral oedema"))
        return " · ".join(parts) or "—"

    def dose(self, d: MedicationDose) -> str:
        parts = [say(self._render, drug_label(d.drug))]
        if d.dose_mg is not None:
            parts.append(self.tr("{mg} mg").format(mg=fmt_number(d.dose_mg)))
        if d.route:
            parts.append(d.route)
        return " ".join(parts)

    def lab(self, lab: LabResult) -> str:
        limit = LAB_LIMITS.get(lab.name)
        value = fmt_number(lab.value, limit.decimals if limit and limit.decimals else None)
        return f"{self._render(lab_label(lab.name))} {value} {lab.unit or ''}".rstrip()
