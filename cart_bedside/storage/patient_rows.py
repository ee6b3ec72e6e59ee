"""Patient and episode rows ↔ the logic layer's :class:`Patient` and :class:`EpisodeInfo`."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import datetime

from ..logic.models import HighRiskFactors, Patient
from .codec import meta_from_row, s2t
from .types import EpisodeInfo

PATIENT_COLUMNS = ("mrn", "name", "sex", "birth_date")
EPISODE_COLUMNS = (
    "patient_id",
    "bed",
    "age_years",
    "weight_kg",
    "weight_time",
    "height_cm",
    "diagnosis",
    "product",
    "target",
    "costim_domain",
    "infusion_time",
    "risk_factors",
    "conditions",
    "prior_cns_disease",
    "hbv_status",
    "admitted_at",
    "discharged_at",
)
_RISK_FIELDS = tuple(f.name for f in fields(HighRiskFactors))

_WEIGHT = """(SELECT {col} FROM current_weights w WHERE w.episode_id = e.episode_id
              ORDER BY w.observed_at DESC LIMIT 1) AS last_weight_{col}"""
EPISODE_SELECT = f"""SELECT e.*, p.mrn, p.name, p.sex, p.birth_date,
    {_WEIGHT.format(col="weight_kg")}, {_WEIGHT.format(col="observed_at")}
FROM {{source}} JOIN current_patients AS p ON p.patient_id = e.patient_id"""


def patient_from_row(row: sqlite3.Row) -> Patient:
    """A :class:`Patient` from an episode row joined with its patient (and latest weight)."""
    risk = json.loads(row["risk_factors"])
    weight, weight_time = row["weight_kg"], row["weight_time"]
    if row["last_weight_weight_kg"] is not None:
        weight, weight_time = row["last_weight_weight_kg"], row["last_weight_observed_at"]
    return Patient(
        age_years=row["age_years"],
        weight_kg=weight,
        weight_time=s2t(weight_time),
        sex=row["sex"],
        conditions=tuple(json.loads(row["conditions"])),
        prior_cns_disease=bool(row["prior_cns_disease"]),
        name=row["name"],
        mrn=row["mrn"],
        bed=row["bed"],
        diagnosis=row["diagnosis"],
        product=row["product"],
        target=row["target"],
        costim_domain=row["costim_domain"],
        height_cm=row["height_cm"],
        infusion_time=s2t(row["infusion_time"]),
        risk_factors=HighRiskFactors(**{k: v for k, v in risk.items() if k in _RISK_FIELDS}),
        hbv_status=row["hbv_status"],
        id=row["episode_id"],
    )


def episode_from_row(row: sqlite3.Row) -> EpisodeInfo:
    """The admission bookkeeping of an episode version."""
    return EpisodeInfo(
        episode_id=row["episode_id"],
        patient_id=row["patient_id"],
        admitted_at=datetime.fromisoformat(row["admitted_at"]),
        discharged_at=s2t(row["discharged_at"]),
        bed=row["bed"],
        meta=meta_from_row(row),
    )
