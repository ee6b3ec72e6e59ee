"""The SQL of each schema version. A released migration is never edited.

Every clinical table shares the same record columns (UUID key, the device,
observed-at and recorded-at times, who recorded it, the save it belongs to,
and ``supersedes`` + ``amend_reason`` + ``entered_in_error`` for amendments)
and the same triggers: UPDATE and DELETE abort, and an amendment must point at
a current version of the same record. ``current_<table>`` views hide
superseded and withdrawn versions.
"""

from __future__ import annotations

#: The clinical tables of schema version 1 (a released version: never add to this list).
V1_TABLES: tuple[str, ...] = (
    "patients",
    "episodes",
    "vital_signs",
    "neuro_assessments",
    "fluid_entries",
    "medication_doses",
    "lab_results",
    "weights",
    "tasks",
    "alert_acks",
    "signatures",
)

#: Clinical tables added by schema version 3 (clinical-rules §10, §11, §12).
V3_TABLES: tuple[str, ...] = ("episode_protocols", "physician_grades", "not_done_checks")

#: Clinical tables added by schema version 7 (conflict resolutions, issue 14).
V7_TABLES: tuple[str, ...] = ("resolutions",)

#: Append-only clinical tables (plus ``audit_log``, which has its own shape).
CLINICAL_TABLES: tuple[str, ...] = (*V1_TABLES, *V3_TABLES, *V7_TABLES)

_RECORD_META = """
    id TEXT PRIMARY KEY NOT NULL,
    {key} TEXT NOT NULL REFERENCES {parent}(id),
    observed_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    save_id TEXT NOT NULL,
    supersedes TEXT REFERENCES {table}(id),
    amend_reason TEXT,
    entered_in_error INTEGER NOT NULL DEFAULT 0 CHECK (entered_in_error IN (0, 1)),"""

_RECORD_CHECKS = """
    CHECK (supersedes IS NULL OR coalesce(length(trim(amend_reason)), 0) > 0),
    CHECK (supersedes IS NOT NULL OR entered_in_error = 0)"""

_V1_DATA: dict[str, str] = {
    "patients": """
    mrn TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),
    birth_date TEXT,
    CHECK (supersedes IS NOT NULL OR patient_id = id),""",
    "episodes": """
    patient_id TEXT NOT NULL REFERENCES patients(id),
    bed TEXT NOT NULL DEFAULT '',
    age_years REAL NOT NULL,
    weight_kg REAL,
    weight_time TEXT,
    height_cm REAL,
    diagnosis TEXT,
    product TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    costim_domain TEXT NOT NULL DEFAULT '',
    infusion_time TEXT,
    risk_factors TEXT NOT NULL DEFAULT '{}',
    conditions TEXT NOT NULL DEFAULT '[]',
    prior_cns_disease INTEGER NOT NULL DEFAULT 0,
    hbv_status TEXT,
    admitted_at TEXT NOT NULL,
    discharged_at TEXT,
    CHECK (supersedes IS NOT NULL OR episode_id = id),""",
    "vital_signs": """
    temp_c REAL,
    hr INTEGER,
    sbp INTEGER,
    dbp INTEGER,
    rr INTEGER,
    spo2 REAL,
    o2_device TEXT NOT NULL DEFAULT 'room_air',
    o2_flow_l_min REAL,
    vasopressors TEXT NOT NULL DEFAULT '[]',
    fluid_bolus_for_hypotension INTEGER NOT NULL DEFAULT 0,""",
    "neuro_assessments": """
    ice_items TEXT,
    ice_score INTEGER,
    ice_unable INTEGER NOT NULL DEFAULT 0,
    capd_scores TEXT,
    capd_unable INTEGER NOT NULL DEFAULT 0,
    consciousness TEXT,
    seizure TEXT NOT NULL DEFAULT 'none',
    motor_weakness INTEGER NOT NULL DEFAULT 0,
    cerebral_edema TEXT NOT NULL DEFAULT 'none',
    consciousness_other_cause INTEGER NOT NULL DEFAULT 0,
    seizure_other_cause INTEGER NOT NULL DEFAULT 0,
    motor_other_cause INTEGER NOT NULL DEFAULT 0,
    edema_other_cause INTEGER NOT NULL DEFAULT 0,
    tremor INTEGER NOT NULL DEFAULT 0,
    myoclonus INTEGER NOT NULL DEFAULT 0,
    headache INTEGER NOT NULL DEFAULT 0,
    intracranial_haemorrhage INTEGER NOT NULL DEFAULT 0,
    handwriting_png BLOB,""",
    "fluid_entries": """
    category TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('intake', 'output')),
    volume_ml REAL NOT NULL CHECK (volume_ml > 0),
    note TEXT NOT NULL DEFAULT '',""",
    "medication_doses": """
    drug TEXT NOT NULL,
    dose_mg REAL,
    route TEXT,
    ordered_by TEXT,
    given_by TEXT,
    override_reason TEXT,
    note TEXT NOT NULL DEFAULT '',""",
    "lab_results": """
    name TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,""",
    "weights": """
    weight_kg REAL NOT NULL CHECK (weight_kg > 0),""",
    "tasks": """
    kind TEXT NOT NULL,
    due_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    done_record_id TEXT,
    note TEXT NOT NULL DEFAULT '',""",
    "alert_acks": """
    alert_code TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',""",
    "signatures": """
    signer TEXT NOT NULL,
    meaning TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    records TEXT NOT NULL,""",
}


def _key(table: str) -> tuple[str, str]:
    """The column tying a version to its record, and the table it points at."""
    if table == "patients":
        return "patient_id", "patients"
    return "episode_id", "episodes"


def _append_only(table: str, key: str | None) -> list[str]:
    pk = "id" if key else "seq"
    out = [
        # INSERT OR REPLACE deletes the old row without firing DELETE triggers: refuse it.
        f"""CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table}
WHEN EXISTS (SELECT 1 FROM {table} WHERE {pk} = NEW.{pk})
BEGIN SELECT RAISE(ABORT, '{table} is append-only: a key is never reused'); END""",
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only: record an amendment instead'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only: mark the record entered in error'); END""",
    ]
    if key:
        out.append(
            f"""CREATE TRIGGER {table}_amend_current BEFORE INSERT ON {table}
WHEN NEW.supersedes IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '{table}: that version was already amended')
    WHERE EXISTS (SELECT 1 FROM {table} WHERE supersedes = NEW.supersedes);
  SELECT RAISE(ABORT, '{table}: an entered-in-error version cannot be amended')
    WHERE (SELECT entered_in_error FROM {table} WHERE id = NEW.supersedes) = 1;
  SELECT RAISE(ABORT, '{table}: an amendment must keep the {key} of the original')
    WHERE (SELECT {key} FROM {table} WHERE id = NEW.supersedes) IS NOT NEW.{key};
END"""
        )
    return out


def clinical_table(table: str, data: dict[str, str] = _V1_DATA) -> list[str]:
    """A clinical table: record columns, checks, indexes, its ``current_`` view, triggers."""
    key, parent = _key(table)
    body = _RECORD_META.format(key=key, parent=parent, table=table) + data[table]
    return [
        f"CREATE TABLE {table} ({body}{_RECORD_CHECKS}\n)",
        f"CREATE INDEX {table}_by_{key}_time ON {table}({key}, observed_at)",
        f"CREATE INDEX {table}_by_supersedes ON {table}(supersedes) WHERE supersedes IS NOT NULL",
        f"""CREATE VIEW current_{table} AS SELECT * FROM {table} AS r
WHERE r.entered_in_error = 0
  AND NOT EXISTS (SELECT 1 FROM {table} AS s WHERE s.supersedes = r.id)""",
        *_append_only(table, key),
    ]


_V1_OTHER = [
    """CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT,
    record_id TEXT,
    reason TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    device_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)""",
    *_append_only("audit_log", None),
    """CREATE TABLE users (
    username TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('nurse', 'physician', 'admin')),
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)""",
    """CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users are never deleted: deactivate the account'); END""",
    """CREATE TRIGGER users_no_rename BEFORE UPDATE OF username ON users
BEGIN SELECT RAISE(ABORT, 'a username never changes: records point at it'); END""",
    """CREATE TABLE ward_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
)""",
    """CREATE TRIGGER ward_settings_no_delete BEFORE DELETE ON ward_settings
BEGIN SELECT RAISE(ABORT, 'ward settings are never deleted: set them back instead'); END""",
    """CREATE TABLE drafts (
    username TEXT NOT NULL,
    episode_key TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (username, episode_key, form)
)""",
    """CREATE TABLE local_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
)""",
    "CREATE INDEX patients_by_mrn ON patients(mrn)",
    "CREATE INDEX episodes_by_patient ON episodes(patient_id)",
]


def v1() -> tuple[str, ...]:
    """Schema version 1: every table, trigger, index and view of the first release."""
    out: list[str] = []
    for table in V1_TABLES:
        out += clinical_table(table)
    return (*out, *_V1_OTHER)


def v2() -> tuple[str, ...]:
    """Schema version 2: what the ward board and the audit viewer need to stay fast.

    ``open_episodes`` lists the episodes whose current version is not
    discharged (nor entered in error). It is derived data, kept by a trigger
    (the newest version of an episode is its current one) and rebuilt here
    from ``current_episodes``, so the board never scans years of old stays.
    """
    return (
        "CREATE INDEX lab_results_latest ON lab_results(episode_id, name, observed_at)",
        "CREATE INDEX audit_log_by_record ON audit_log(record_id) WHERE record_id IS NOT NULL",
        """CREATE TABLE open_episodes (
    episode_id TEXT PRIMARY KEY NOT NULL REFERENCES episodes(id)
) WITHOUT ROWID""",
        """INSERT INTO open_episodes (episode_id)
SELECT episode_id FROM current_episodes WHERE discharged_at IS NULL""",
        """CREATE TRIGGER episodes_track_open AFTER INSERT ON episodes
BEGIN
  DELETE FROM open_episodes WHERE episode_id = NEW.episode_id;
  INSERT INTO open_episodes (episode_id) SELECT NEW.episode_id
    WHERE NEW.discharged_at IS NULL AND NEW.entered_in_error = 0;
END""",
    )


_V3_DATA: dict[str, str] = {
    # The protocol an admission follows (§10): the latest current record is in force.
    "episode_protocols": """
    protocol TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('diagnosis', 'physician', 'migration')),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (source <> 'physician' OR length(trim(reason)) > 0),""",
    # A physician's confirmation (grade = computed) or correction of a grade (§11);
    # grade 5 (death from CRS/ICANS) is only ever a physician's grade.
    "physician_grades": """
    syndrome TEXT NOT NULL CHECK (syndrome IN ('crs', 'icans')),
    computed_grade INTEGER NOT NULL CHECK (computed_grade BETWEEN 0 AND 4),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
    reason TEXT NOT NULL DEFAULT '',
    basis_record_id TEXT,
    basis_time TEXT,
    CHECK (grade = computed_grade OR length(trim(reason)) > 0),""",
    # A due check recorded as not done, and why (§12 partial observations);
    # observed_at is the time the check was due.
    "not_done_checks": """
    kind TEXT NOT NULL,
    reason TEXT NOT NULL
      CHECK (reason IN ('patient_refused', 'off_ward', 'asleep_per_physician', 'other')),
    note TEXT NOT NULL DEFAULT '',
    CHECK (reason <> 'other' OR length(trim(note)) > 0),""",
}


def v3() -> tuple[str, ...]:
    """Schema version 3: per-admission protocol, physician's grade, checks not done.

    New tables only: adding a column to a released table would change the
    stored rows' hashes, and with them every audit sha256 and signature
    over those rows. Existing admissions get their protocol in
    :func:`cart_bedside.storage.migrations.protocol_backfill`.
    """
    out: list[str] = []
    for table in V3_TABLES:
        out += clinical_table(table, _V3_DATA)
    return tuple(out)
