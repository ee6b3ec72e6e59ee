"""A small, fully known patient course for the figure tests (no database)."""

from __future__ import annotations

from datetime import datetime, timedelta

from cart_bedside.logic.models import (
    FluidCategory,
    FluidEntry,
    LabResult,
    MedicationDose,
    NeuroAssessment,
    O2Device,
    Patient,
    RecordMeta,
    VitalSigns,
    WeightMeasurement,
)
from cart_bedside.plots import TrendData

INFUSION = datetime(2026, 11, 20, 10, 0)
NOW = datetime(2026, 11, 23, 10, 0)  # D+3 10:00
H = timedelta(hours=1)

#: Vital-sign times: every 4 h, then a 12-hour hole (no reading 11-21 22:00 – 11-22 10:00).
VITAL_TIMES = [INFUSION + i * 4 * H for i in range(4)] + [
    INFUSION + 36 * H + i * 2 * H for i in range(12)
]
GAP_BEFORE = INFUSION + 36 * H  # the first reading after the hole
TOCI_AT = INFUSION + 30 * H
DEX_AT = INFUSION + 44 * H


def _meta(t: datetime, who: str = "nurse", late: bool = False) -> RecordMeta:
    return RecordMeta(
        id=f"id-{t:%d%H%M}", recorded_at=t + (3 * H if late else 5 * H / 60), recorded_by=who
    )


def vitals() -> list[VitalSigns]:
    out = []
    for i, t in enumerate(VITAL_TIMES):
        fever = t >= INFUSION + 36 * H
        device = O2Device.NASAL_CANNULA if t >= INFUSION + 40 * H else O2Device.ROOM_AIR
        out.append(
            VitalSigns(
                t,
                temp_c=38.0 + i / 10 if fever else 36.5 + i / 10,
                hr=80 + i,
                sbp=100 + i,
                dbp=60,
                rr=18,
                spo2=97.0 - (1 if device is not O2Device.ROOM_AIR else 0),
                o2_device=device,
                o2_flow_l_min=3.0 if device is O2Device.NASAL_CANNULA else None,
                meta=_meta(t, "nurse2" if i == 5 else "nurse", late=i == 5),
            )
        )
    return out


def neuro() -> list[NeuroAssessment]:
    times = [INFUSION + h * H for h in (4, 12, 20, 40, 48, 56, 64)]
    scores = [10, 10, 10, 9, 8, 6, 7]
    return [
        NeuroAssessment(t, ice_score=s, meta=_meta(t)) for t, s in zip(times, scores, strict=True)
    ]


def fluids() -> list[FluidEntry]:
    out = []
    for h in (6, 14, 30, 38, 46, 54, 62, 70):
        t = INFUSION + h * H
        out += [
            FluidEntry(t, FluidCategory.IV_FLUIDS, 800.0, meta=_meta(t)),
            FluidEntry(t, FluidCategory.URINE, 500.0, meta=_meta(t)),
        ]
    return out


def labs() -> list[LabResult]:
    out = []
    for day in range(4):
        t = INFUSION.replace(hour=6) + timedelta(days=day)
        out += [
            LabResult(t, "crp", 10.0 + 30 * day, "mg/L", meta=_meta(t)),
            LabResult(t, "ferritin", 400.0 * (day + 1), "µg/L", meta=_meta(t)),
            LabResult(t, "il6", 5.0 + 20 * day, "pg/mL", meta=_meta(t)),
        ]
    return out


def weights() -> list[WeightMeasurement]:
    return [WeightMeasurement(INFUSION - 4 * H, 70.0, meta=_meta(INFUSION - 4 * H))] + [
        WeightMeasurement(
            INFUSION.replace(hour=6) + timedelta(days=d),
            70.0 + d / 2,
            meta=_meta(INFUSION.replace(hour=6) + timedelta(days=d)),
        )
        for d in range(1, 4)
    ]


def doses() -> list[MedicationDose]:
    return [
        MedicationDose(TOCI_AT, "tocilizumab", 560.0, "IV", meta=_meta(TOCI_AT, "doctor")),
        MedicationDose(DEX_AT, "dexamethasone", 10.0, "IV", meta=_meta(DEX_AT, "doctor")),
        MedicationDose(INFUSION + 20 * H, "acetaminophen", 650.0, "PO"),
    ]


def patient(age: float = 54) -> Patient:
    return Patient(
        age_years=age,
        weight_kg=70.0,
        weight_time=INFUSION,
        sex="M",
        name="测试",
        bed="01",
        diagnosis="b_nhl",
        infusion_time=INFUSION,
    )


def trend_data(age: float = 54, now: datetime = NOW) -> TrendData:
    return TrendData.from_records(
        patient(age),
        now=now,
        vitals=vitals(),
        neuro=neuro(),
        fluids=fluids(),
        medications=doses(),
        labs=labs(),
        weights=weights(),
        admitted_at=INFUSION - 4 * 24 * H,
    )
