"""Patients and their CAR-T episodes (admissions), versioned like every record.

``Patient.id`` is the episode id: charted records belong to an episode. A
patient row holds identity (MRN, name, sex); an episode row holds the
admission (bed, diagnosis, product, infusion, risk factors, discharge). A
change (bed move, corrected weight, discharge) is a new version superseding
the current one.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

from ..logic.messages import msg
from ..logic.models import DIAGNOSES, KNOWN_CONDITIONS, Patient, WeightMeasurement
from ..logic.validation import (
    HARD_LIMITS,
    ValidationError,
    check_hard,
    check_range,
    validate_weight,
)
from .audit import AuditAction
from .codec import WEIGHT, s2t, t2s
from .db import transaction
from .errors import RecordNotFoundError, StorageError
from .patient_rows import (
    EPISODE_COLUMNS,
    EPISODE_SELECT,
    episode_from_row,
    patient_from_row,
)
from .search_schema import fts_query
from .store import Store
from .types import EpisodeInfo


def validate_patient(p: Patient) -> None:
    """Hard limits and known choices for an admission (errors name ``patient.<field>``)."""
    check_range(p.age_years, HARD_LIMITS["age_years"], "patient.age_years")
    if p.weight_kg is not None:
        validate_weight(p.weight_kg, "patient")
    check_hard(p.height_cm, "height_cm", "patient")
    for name, value, known in (("sex", p.sex, ("M", "F")), ("diagnosis", p.diagnosis, DIAGNOSES)):
        if value is not None and value not in known:
            raise ValidationError(
                f"patient.{name}", msg("error.bad_choice", value=value, known=", ".join(known))
            )
    for i, condition in enumerate(p.conditions):
        if condition not in KNOWN_CONDITIONS:
            raise ValidationError(
                f"patient.conditions[{i}]",
                msg("error.bad_choice", value=condition, known=", ".join(KNOWN_CONDITIONS)),
            )


def _episode_values(
    p: Patient, patient_id: str, admitted_at: str, discharged_at: str | None
) -> dict[str, Any]:
    return {
        "patient_id": patient_id,
        "bed": p.bed,
        "age_years": float(p.age_years),
        "weight_kg": None if p.weight_kg is None else float(p.weight_kg),
        "weight_time": None if p.weight_time is None else t2s(p.weight_time),
        "height_cm": None if p.height_cm is None else float(p.height_cm),
        "diagnosis": p.diagnosis,
        "product": p.product,
        "target": p.target,
        "costim_domain": p.costim_domain,
        "infusion_time": None if p.infusion_time is None else t2s(p.infusion_time),
        "risk_factors": json.dumps(asdict(p.risk_factors), sort_keys=True),
        "conditions": json.dumps(list(p.conditions)),
        "prior_cns_disease": int(p.prior_cns_disease),
        "hbv_status": p.hbv_status,
        "admitted_at": admitted_at,
        "discharged_at": discharged_at,
    }


class PatientRepository:
    """Admit, update, discharge and look up patients."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def admit(
        self,
        patient: Patient,
        user: str,
        *,
        admitted_at: datetime | None = None,
        patient_id: str | None = None,
        birth_date: str | None = None,
    ) -> str:
        """Admit a patient (new, or ``patient_id`` for a readmission); returns the episode id."""
        self.store.require_user(user)
        validate_patient(patient)
        admitted = t2s(admitted_at or self.store.now())
        save_id = self.store.new_id()
        with transaction(self.store.db) as conn:
            if patient.bed and self._bed_taken(patient.bed):
                raise StorageError(msg("storage.error.bed_occupied", bed=patient.bed))
            if patient_id is None:
                patient_id = self.store.new_id()
                self._insert_version(
                    conn,
                    "patients",
                    patient_id,
                    patient_id,
                    {
                        "mrn": patient.mrn,
                        "name": patient.name,
                        "sex": patient.sex,
                        "birth_date": birth_date,
                    },
                    user,
                    save_id,
                    admitted,
                )
            elif self.store.current("patients", "patient_id", patient_id) is None:
                raise RecordNotFoundError(msg("storage.error.record_not_found", id=patient_id))
            episode_id = self.store.new_id()
            self._insert_version(
                conn,
                "episodes",
                episode_id,
                episode_id,
                _episode_values(patient, patient_id, admitted, None),
                user,
                save_id,
                admitted,
            )
        return episode_id

    def update_patient(self, episode_id: str, patient: Patient, user: str, reason: str) -> None:
        """Store changed admission details as new versions (bed move, correction …)."""
        self.store.require_user(user)
        if not (reason or "").strip():
            raise ValidationError("amend_reason", msg("error.required"))
        validate_patient(patient)
        save_id = self.store.new_id()
        with transaction(self.store.db) as conn:
            ep = self.store.current("episodes", "episode_id", episode_id)
            if ep is None:
                raise RecordNotFoundError(msg("storage.error.unknown_episode", id=episode_id))
            if patient.bed and patient.bed != ep["bed"] and self._bed_taken(patient.bed):
                raise StorageError(msg("storage.error.bed_occupied", bed=patient.bed))
            pt = self.store.current_of("patients", "patient_id", ep["patient_id"])
            person = {
                "mrn": patient.mrn,
                "name": patient.name,
                "sex": patient.sex,
                "birth_date": pt["birth_date"],
            }
            if any(pt[k] != v for k, v in person.items()):
                self._insert_version(
                    conn,
                    "patients",
                    self.store.new_id(),
                    ep["patient_id"],
                    person,
                    user,
                    save_id,
                    t2s(self.store.now()),
                    pt["id"],
                    reason.strip(),
                )
            values = _episode_values(
                patient, ep["patient_id"], ep["admitted_at"], ep["discharged_at"]
            )
            if any(ep[k] != v for k, v in values.items()):
                self._insert_version(
                    conn,
                    "episodes",
                    self.store.new_id(),
                    episode_id,
                    values,
                    user,
                    save_id,
                    t2s(self.store.now()),
                    ep["id"],
                    reason.strip(),
                )

    def discharge(
        self, episode_id: str, user: str, *, at: datetime | None = None, reason: str = "discharged"
    ) -> None:
        """Discharge: a new episode version with ``discharged_at`` set (the bed frees up)."""
        self.store.require_user(user)
        save_id = self.store.new_id()
        with transaction(self.store.db) as conn:
            ep = self.store.current("episodes", "episode_id", episode_id)
            if ep is None:
                raise RecordNotFoundError(msg("storage.error.unknown_episode", id=episode_id))
            values = {k: ep[k] for k in EPISODE_COLUMNS} | {
                "discharged_at": t2s(at or self.store.now())
            }
            self._insert_version(
                conn,
                "episodes",
                self.store.new_id(),
                episode_id,
                values,
                user,
                save_id,
                values["discharged_at"],
                ep["id"],
                reason,
            )

    def _bed_taken(self, bed: str) -> bool:
        return (
            self.store.one(
                "SELECT 1 FROM open_episodes AS o JOIN current_episodes AS e "
                "ON e.episode_id = o.episode_id WHERE e.bed = ?",
                (bed,),
            )
            is not None
        )

    def _insert_version(
        self,
        conn: sqlite3.Connection,
        table: str,
        rid: str,
        key: str,
        values: dict[str, Any],
        user: str,
        save_id: str,
        observed_at: str,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> None:
        key_col = "patient_id" if table == "patients" else "episode_id"
        data = {k: v for k, v in values.items() if k != key_col}
        cols = [
            "id",
            key_col,
            "observed_at",
            "recorded_at",
            "recorded_by",
            "device_id",
            "save_id",
            "supersedes",
            "amend_reason",
            *data,
        ]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            (
                rid,
                key,
                observed_at,
                t2s(self.store.now()),
                user,
                self.store.device_id,
                save_id,
                supersedes,
                reason,
                *data.values(),
            ),
        )
        action = AuditAction.AMEND if supersedes else AuditAction.INSERT
        self.store.audit_row(conn, user, action, table, rid, reason, save_id)

    # --- reading ----------------------------------------------------------------------
    def get_patient(self, episode_id: str) -> Patient:
        """The current admission details of an episode as a :class:`Patient`."""
        row = self.store.one(
            EPISODE_SELECT.format(source="current_episodes AS e") + " WHERE e.episode_id = ?",
            (episode_id,),
        )
        if row is None:
            raise RecordNotFoundError(msg("storage.error.unknown_episode", id=episode_id))
        return patient_from_row(row)

    def stored_admission(self, episode_id: str) -> Patient:
        """The admission as stored: :meth:`get_patient` shows the latest weight *record*;
        this keeps the weight (and its time) entered at admission, for editing it."""
        patient = self.get_patient(episode_id)
        row = self.store.current_of("episodes", "episode_id", episode_id)
        return replace(patient, weight_kg=row["weight_kg"], weight_time=s2t(row["weight_time"]))

    def episode(self, episode_id: str) -> EpisodeInfo:
        """Admission, discharge and bed of an episode (current version)."""
        row = self.store.current("episodes", "episode_id", episode_id)
        if row is None:
            raise RecordNotFoundError(msg("storage.error.unknown_episode", id=episode_id))
        return episode_from_row(row)

    def occupied(self, at: datetime | None = None) -> list[tuple[Patient, EpisodeInfo]]:
        """Episodes occupying a bed at ``at`` (default now), ordered by bed."""
        if at is None or at >= self.store.now():
            # CROSS JOIN keeps open_episodes (one row per bed) as the outer loop.
            sql = EPISODE_SELECT.format(
                source="open_episodes AS o CROSS JOIN current_episodes AS e"
            )
            sql += " WHERE e.episode_id = o.episode_id AND e.admitted_at <= ? ORDER BY e.bed"
            params: tuple = (t2s(at or self.store.now()),)
        else:
            sql = (
                EPISODE_SELECT.format(source="current_episodes AS e")
                + """
WHERE e.admitted_at <= ? AND (e.discharged_at IS NULL OR e.discharged_at > ?) ORDER BY e.bed"""
            )
            params = (t2s(at), t2s(at))
        return [(patient_from_row(r), episode_from_row(r)) for r in self.store.rows(sql, params)]

    def list_patients(self, at: datetime | None = None) -> list[Patient]:
        """Patients in a bed at ``at`` (default now), ordered by bed."""
        return [p for p, _ in self.occupied(at)]

    def search(
        self, text: str, *, occupied_only: bool = True, limit: int = 20
    ) -> list[tuple[Patient, EpisodeInfo]]:
        """Episodes whose patient's name, MRN or bed start with each word of ``text``.

        FTS5 (``patient_search``, schema 6), best match first; only those in a
        bed now unless ``occupied_only`` is False. Empty text finds nothing.
        """
        query = fts_query(text)
        if query is None:
            return []
        source = "patient_search AS s JOIN current_episodes AS e ON e.episode_id = s.episode_id"
        sql = EPISODE_SELECT.format(source=source) + " WHERE patient_search MATCH ?"
        if occupied_only:
            sql += " AND e.episode_id IN (SELECT episode_id FROM open_episodes)"
        sql += " ORDER BY s.rank, e.bed LIMIT ?"
        return [
            (patient_from_row(r), episode_from_row(r)) for r in self.store.rows(sql, (query, limit))
        ]

    def episodes_of(self, patient_id: str) -> list[EpisodeInfo]:
        """Every episode (admission) of a patient, oldest first."""
        rows = self.store.rows(
            "SELECT * FROM current_episodes WHERE patient_id = ? ORDER BY admitted_at",
            (patient_id,),
        )
        return [episode_from_row(r) for r in rows]

    def find_patients(self, mrn: str) -> list[str]:
        """Patient ids with this MRN (for readmission)."""
        rows = self.store.rows("SELECT patient_id FROM current_patients WHERE mrn = ?", (mrn,))
        return [r["patient_id"] for r in rows]

    def admission_history(self, episode_id: str) -> list[EpisodeInfo]:
        """Every version of the episode row, oldest first (bed moves, corrections, discharge)."""
        rows = self.store.rows(
            "SELECT * FROM episodes WHERE episode_id = ? ORDER BY recorded_at, rowid", (episode_id,)
        )
        return [episode_from_row(r) for r in rows]

    def latest_weight(
        self, episode_id: str, before: datetime | None = None
    ) -> WeightMeasurement | None:
        """The newest current weight of the episode (optionally at or before a time)."""
        sql = f"SELECT {WEIGHT.select_list()} FROM current_weights AS r WHERE r.episode_id = ?"
        params: list = [episode_id]
        if before is not None:
            sql += " AND r.observed_at <= ?"
            params.append(t2s(before))
        row = self.store.one(sql + " ORDER BY r.observed_at DESC LIMIT 1", params)
        return None if row is None else WEIGHT.record(row)
