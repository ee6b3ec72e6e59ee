"""The shift-entry form as plain data (no Qt).

:class:`ShiftEntryState` is what the nurse has typed so far. It turns into a
JSON-able dict for the draft (``to_dict`` / ``from_dict``, tolerant of old or
damaged drafts: a bad value is dropped, never fatal) and into the logic
layer's records for ``WardService.preview`` / ``save_shift_entry``.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from ...logic.fluids import lines_balance
from ...logic.icans import capd_scores_from_answers
from ...logic.models import (
    CAPD_ITEMS,
    ICE_ITEMS,
    CerebralEdema,
    Consciousness,
    FluidCategory,
    FluidEntry,
    NeuroAssessment,
    O2Device,
    Seizure,
    VitalSigns,
    WeightMeasurement,
)
from ...logic.schema import Type, declared

FORM = "shift_entry"
STATE_VERSION = 1
#: The vital signs in the order they are typed (the keypad's chain), as logic/schema.py
#: declares them; the neuro findings recorded as on/off, likewise.
VITAL_KEYS: tuple[str, ...] = tuple(f.name for f in declared(VitalSigns, form="vital"))
_INT_VITALS = frozenset(f.name for f in declared(VitalSigns, form="vital", type=Type.INT))
NEURO_FLAGS: tuple[str, ...] = tuple(f.name for f in declared(NeuroAssessment, form="flag"))
STEPS: tuple[str, ...] = ("vitals", "oxygen", "neuro", "fluids", "review")
VITALS, OXYGEN, NEURO, FLUIDS, REVIEW = range(len(STEPS))

Number = int | float


def place_of(field: str) -> tuple[int, str]:
    """The step and the page's field key of a dotted path from a ``ValidationError``.

    ``vitals.temp_c`` → (VITALS, "temp_c"); ``vitals.o2_flow_l_min`` → (OXYGEN, …);
    ``fluids[2].volume_ml`` → (FLUIDS, "2"); any ``.time`` → (VITALS, "time").
    """
    head, _, name = field.partition(".")
    if head == "support":
        return OXYGEN, "support"
    if name == "time":
        return VITALS, "time"
    if head == "vitals" and name == "o2_flow_l_min":
        return OXYGEN, name
    if head == "vitals" and name.startswith("vasopressors"):
        return OXYGEN, "vasopressors"
    if head == "neuro":
        return NEURO, name
    match = re.fullmatch(r"fluids\[(\d+)\]", head)
    if match:
        return FLUIDS, match.group(1)
    return VITALS, name


def _number(value: Any) -> Number | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value:  # NaN
        return None
    return value


def _bool(value: Any) -> bool:
    return value is True


def _choice(value: Any, enum: type, default: Any) -> Any:
    try:
        return enum(value).value
    except ValueError:
        return default


@dataclass
class NeuroState:
    """The neuro page. ``ice_items`` None = ICE not done; ``capd_answers`` are the
    nurse's answers (0 never … 4 always), reversed by the logic, not here."""

    ice_items: list[bool] | None = None
    ice_unable: bool = False
    capd_answers: list[int | None] | None = None
    capd_unable: bool = False
    consciousness: str | None = None
    seizure: str = Seizure.NONE.value
    cerebral_edema: str = CerebralEdema.NONE.value
    motor_weakness: bool = False
    consciousness_other_cause: bool = False
    seizure_other_cause: bool = False
    motor_other_cause: bool = False
    edema_other_cause: bool = False
    tremor: bool = False
    myoclonus: bool = False
    headache: bool = False
    intracranial_haemorrhage: bool = False
    handwriting_png: bytes | None = None

    def has_content(self) -> bool:
        """True when anything was assessed (then a neuro record is saved)."""
        return (
            self.ice_items is not None
            or self.ice_unable
            or any(a is not None for a in self.capd_answers or ())
            or self.capd_unable
            or self.consciousness is not None
            or self.seizure != Seizure.NONE.value
            or self.cerebral_edema != CerebralEdema.NONE.value
            or any(getattr(self, name) for name in NEURO_FLAGS)
            or self.handwriting_png is not None
        )

    def capd_partial(self) -> bool:
        """Some but not all eight CAPD items answered (cannot be scored)."""
        answers = self.capd_answers or ()
        answered = sum(a is not None for a in answers)
        return not self.capd_unable and 0 < answered < len(CAPD_ITEMS)

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["ice_items"] = None if self.ice_items is None else list(self.ice_items)
        data["capd_answers"] = None if self.capd_answers is None else list(self.capd_answers)
        png = self.handwriting_png
        data["handwriting_png"] = None if png is None else base64.b64encode(png).decode("ascii")
        return data

    @classmethod
    def from_dict(cls, data: Any) -> NeuroState:
        if not isinstance(data, dict):
            return cls()
        out = cls()
        items = data.get("ice_items")
        if isinstance(items, list) and len(items) == len(ICE_ITEMS):
            out.ice_items = [_bool(a) for a in items]
        answers = data.get("capd_answers")
        if isinstance(answers, list) and len(answers) == len(CAPD_ITEMS):
            out.capd_answers = [
                a if isinstance(a, int) and not isinstance(a, bool) and 0 <= a <= 4 else None
                for a in answers
            ]
        out.ice_unable = _bool(data.get("ice_unable"))
        out.capd_unable = _bool(data.get("capd_unable"))
        if data.get("consciousness") is not None:
            out.consciousness = _choice(data["consciousness"], Consciousness, None)
        out.seizure = _choice(data.get("seizure"), Seizure, Seizure.NONE.value)
        out.cerebral_edema = _choice(
            data.get("cerebral_edema"), CerebralEdema, CerebralEdema.NONE.value
        )
        for name in NEURO_FLAGS:
            setattr(out, name, _bool(data.get(name)))
        png = data.get("handwriting_png")
        if isinstance(png, str) and png:
            try:
                out.handwriting_png = base64.b64decode(png.encode("ascii"), validate=True)
            except (binascii.Error, ValueError):
                out.handwriting_png = None
        return out

    def record(self, time: datetime, uses_capd: bool) -> NeuroAssessment | None:
        """The neuro record, or None when nothing was assessed.

        ICE for a patient who gets CAPD (and the reverse) is left out: the page
        never offers it, but a draft written before a birthday might hold it.
        """
        if not self.has_content():
            return None
        kwargs: dict[str, Any] = {}
        if uses_capd:
            if self.capd_unable:
                kwargs["capd_unable"] = True
            elif self.capd_answers and all(a is not None for a in self.capd_answers):
                kwargs["capd_scores"] = capd_scores_from_answers(
                    [a for a in self.capd_answers if a is not None]
                )
        elif self.ice_unable:
            kwargs["ice_unable"] = True
        elif self.ice_items is not None:
            kwargs["ice_items"] = tuple(self.ice_items)
        return NeuroAssessment(
            time=time,
            consciousness=Consciousness(self.consciousness) if self.consciousness else None,
            seizure=Seizure(self.seizure),
            cerebral_edema=CerebralEdema(self.cerebral_edema),
            handwriting_png=self.handwriting_png,
            **{name: getattr(self, name) for name in NEURO_FLAGS},
            **kwargs,
        )


@dataclass
class ShiftEntryState:
    """Everything on the five pages, plus the page shown and the confirmed warnings."""

    observed_at: datetime
    step: int = 0
    vitals: dict[str, Number | None] = field(default_factory=lambda: dict.fromkeys(VITAL_KEYS))
    weight_kg: float | None = None
    o2_device: str = O2Device.ROOM_AIR.value
    o2_flow_l_min: float | None = None
    vasopressors: list[str] = field(default_factory=list)
    fluid_bolus_for_hypotension: bool = False
    neuro: NeuroState = field(default_factory=NeuroState)
    fluids: list[tuple[str, float]] = field(default_factory=list)
    #: warning key (its English text, which holds the value) → the nurse's reason
    confirmations: dict[str, str] = field(default_factory=dict)
    #: the nurse answered step 2 ("unchanged" or a change); never defaulted
    support_answered: bool = False
    #: (device, flow, vasopressors) charted last, set from the records (not in the draft):
    #: an unchanged carried-forward support alone is no new vital-sign record
    last_support: tuple[str, float | None, tuple[str, ...]] | None = None

    # --- dict (drafts) ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "step": self.step,
            "observed_at": self.observed_at.isoformat(timespec="seconds"),
            "vitals": {key: self.vitals.get(key) for key in VITAL_KEYS},
            "weight_kg": self.weight_kg,
            "o2_device": self.o2_device,
            "o2_flow_l_min": self.o2_flow_l_min,
            "vasopressors": list(self.vasopressors),
            "fluid_bolus_for_hypotension": self.fluid_bolus_for_hypotension,
            "neuro": self.neuro.to_dict(),
            "fluids": [[category, volume] for category, volume in self.fluids],
            "confirmations": dict(self.confirmations),
            "support_answered": self.support_answered,
        }

    @classmethod
    def from_dict(cls, data: Any, default_time: datetime) -> ShiftEntryState:
        """Rebuild from a draft; anything missing or malformed takes its default."""
        if not isinstance(data, dict):
            return cls(observed_at=default_time)
        try:
            observed = datetime.fromisoformat(str(data.get("observed_at")))
        except ValueError:
            observed = default_time
        out = cls(observed_at=observed)
        step = data.get("step")
        if isinstance(step, int) and not isinstance(step, bool) and 0 <= step < len(STEPS):
            out.step = step
        raw_vitals = data.get("vitals")
        vitals = raw_vitals if isinstance(raw_vitals, dict) else {}
        for key in VITAL_KEYS:
            value = _number(vitals.get(key))
            if value is not None and key in _INT_VITALS:
                value = round(value)
            out.vitals[key] = value
        out.weight_kg = _number(data.get("weight_kg"))
        out.o2_device = _choice(data.get("o2_device"), O2Device, O2Device.ROOM_AIR.value)
        out.o2_flow_l_min = _number(data.get("o2_flow_l_min"))
        pressors = data.get("vasopressors")
        if isinstance(pressors, list):
            out.vasopressors = [p for p in pressors if isinstance(p, str) and p.strip()]
        out.fluid_bolus_for_hypotension = _bool(data.get("fluid_bolus_for_hypotension"))
        out.support_answered = _bool(data.get("support_answered"))
        out.neuro = NeuroState.from_dict(data.get("neuro"))
        lines = data.get("fluids")
        for line in lines if isinstance(lines, list) else ():
            if isinstance(line, list | tuple) and len(line) == 2:
                category = _choice(line[0], FluidCategory, None)
                volume = _number(line[1])
                if category is not None and volume is not None and volume > 0:
                    out.fluids.append((category, float(volume)))
        confirmations = data.get("confirmations")
        if isinstance(confirmations, dict):
            out.confirmations = {
                str(k): v for k, v in confirmations.items() if isinstance(v, str) and v.strip()
            }
        return out

    # --- what was entered ------------------------------------------------------------
    def has_vital_values(self) -> bool:
        return any(self.vitals.get(key) is not None for key in VITAL_KEYS)

    def support(self) -> tuple[str, float | None, tuple[str, ...]]:
        flow = None if self.o2_device == O2Device.ROOM_AIR.value else self.o2_flow_l_min
        return self.o2_device, flow, tuple(sorted(self.vasopressors))

    def support_changed(self) -> bool:
        """The support differs from the one charted last (room air when none was)."""
        last = self.last_support or (O2Device.ROOM_AIR.value, None, ())
        device, flow, pressors = last
        if device == O2Device.ROOM_AIR.value:
            flow = None
        return self.support() != (device, flow, tuple(sorted(pressors)))

    def has_vitals(self) -> bool:
        return self.has_vital_values() or self.support_changed() or self.fluid_bolus_for_hypotension

    def needs_consciousness(self) -> bool:
        """An assessment (vital values or a neuro finding) needs the level of consciousness."""
        return self.has_vital_values() or self.neuro.has_content()

    def is_empty(self) -> bool:
        return not (
            self.has_vitals()
            or self.weight_kg is not None
            or self.neuro.has_content()
            or self.fluids
        )

    def fluid_totals(self) -> tuple[float, float, float]:
        """(intake, output, net) of this entry's lines, mL (logic.fluids.lines_balance)."""
        b = lines_balance(self.fluids)
        return b.intake_ml, b.output_ml, b.net_ml

    # --- logic records -------------------------------------------------------------------
    def vital_signs(self) -> VitalSigns | None:
        if not self.has_vitals():
            return None
        values: dict[str, Any] = {}
        for key in VITAL_KEYS:
            value = self.vitals.get(key)
            if value is not None:
                values[key] = round(value) if key in _INT_VITALS else float(value)
        return VitalSigns(
            time=self.observed_at,
            o2_device=O2Device(self.o2_device),
            o2_flow_l_min=self.o2_flow_l_min,
            vasopressors=tuple(self.vasopressors),
            fluid_bolus_for_hypotension=self.fluid_bolus_for_hypotension,
            **values,
        )

    def fluid_entries(self) -> list[FluidEntry]:
        return [FluidEntry(self.observed_at, FluidCategory(c), float(v)) for c, v in self.fluids]

    def weight(self) -> WeightMeasurement | None:
        if self.weight_kg is None:
            return None
        return WeightMeasurement(self.observed_at, float(self.weight_kg))

    def records(self, uses_capd: bool) -> dict[str, Any]:
        """Keyword arguments for ``WardService.preview`` / ``save_shift_entry``."""
        return {
            "vitals": self.vital_signs(),
            "neuro": self.neuro.record(self.observed_at, uses_capd),
            "fluids": self.fluid_entries(),
            "weight": self.weight(),
        }
