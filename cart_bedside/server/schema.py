"""The ward server's PostgreSQL schema, as ordered migrations.

``schema_version`` holds one row per applied migration. :func:`migrate` applies
what is missing, each migration in its own transaction, under an advisory lock
so two ``server init`` runs cannot race; a database newer than this code is
refused. A released migration is never edited.

``rows`` and ``receipts`` are append-only: triggers refuse UPDATE and DELETE
whatever program connects (hospital IT's tools included).
"""

from __future__ import annotations

import psycopg

#: Arbitrary constant for pg_advisory_xact_lock: "cart-bedside schema".
_MIGRATE_LOCK = 0x0CA27_5C4E
#: Advisory lock classes (two-key form: class, id). A push holds its ward's in shared
#: mode, a pull's watermark read takes it exclusively (see push.py); a device's own lock
#: keeps its receipt chain in order.
WARD_LOCK = 0x0CA2_7057
DEVICE_LOCK = 0x0CA2_7DE7

_APPEND_ONLY = """
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$"""

V1: tuple[str, ...] = (
    """CREATE TABLE wards (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
)""",
    """CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    role TEXT NOT NULL CHECK (role IN ('tablet', 'workstation')),
    name TEXT NOT NULL DEFAULT '',
    token_sha256 TEXT NOT NULL UNIQUE,
    enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ,
    last_seen_at TIMESTAMPTZ,
    last_clock_skew_s DOUBLE PRECISION
)""",
    """CREATE TABLE enroll_codes (
    code_sha256 TEXT PRIMARY KEY,
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    role TEXT NOT NULL CHECK (role IN ('tablet', 'workstation')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    used_by TEXT REFERENCES devices(id)
)""",
    """CREATE TABLE admin_tokens (
    token_sha256 TEXT PRIMARY KEY,
    note TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ
)""",
    """CREATE TABLE rows (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id),
    episode_id TEXT,
    patient_id TEXT,
    content TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    seq BIGSERIAL NOT NULL UNIQUE,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (ward_id, table_name, row_id)
)""",
    "CREATE INDEX rows_by_ward_seq ON rows (ward_id, seq)",
    "CREATE INDEX rows_by_episode ON rows (ward_id, episode_id, seq)",
    "CREATE INDEX rows_by_patient ON rows (ward_id, patient_id) WHERE table_name = 'patients'",
    """CREATE TABLE episode_versions (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    row_id TEXT NOT NULL,
    episode_id TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    supersedes TEXT,
    discharged_at TIMESTAMPTZ,
    entered_in_error BOOLEAN NOT NULL,
    PRIMARY KEY (ward_id, row_id)
)""",
    """CREATE INDEX episode_versions_by_supersedes ON episode_versions (ward_id, supersedes)
    WHERE supersedes IS NOT NULL""",
    """CREATE TABLE receipts (
    device_id TEXT NOT NULL REFERENCES devices(id),
    seq BIGINT NOT NULL CHECK (seq > 0),
    received_at TIMESTAMPTZ NOT NULL,
    rows TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
)""",
    """CREATE TABLE auth_failures (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
)""",
    "CREATE INDEX auth_failures_by_source ON auth_failures (source, at)",
    _APPEND_ONLY,
    *(
        f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {t}
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()"""
        for t in ("rows", "receipts", "episode_versions")
    ),
)

# Schema 2: pushes no longer take one global lock; pulls read a commit-safe watermark.
V2: tuple[str, ...] = (
    f"""CREATE FUNCTION ward_watermark(ward BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- Waits for the pushes holding the ward's lock in shared mode (push.py), then reads
  -- with a fresh snapshot (a VOLATILE function takes one per statement).
  PERFORM pg_advisory_xact_lock({WARD_LOCK}, ward::integer);
  RETURN (SELECT coalesce(max(seq), 0) FROM rows WHERE ward_id = ward);
END $$""",
)

# Schema 3: the ward's directory (users, roles, PIN hashes, settings) and its ledger,
# each device's audit chain as received, anchors; the device role is checked at seeding.
V3: tuple[str, ...] = (
    """CREATE TABLE directory_users (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    username TEXT NOT NULL CHECK (length(trim(username)) > 0),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('nurse', 'physician', 'admin')),
    pin_hash TEXT,
    active BOOLEAN NOT NULL DEFAULT true,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by TEXT NOT NULL,
    PRIMARY KEY (ward_id, username)
)""",
    """CREATE TABLE directory_settings (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by TEXT NOT NULL,
    PRIMARY KEY (ward_id, key)
)""",
    """CREATE TABLE ledger (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    seq BIGINT NOT NULL CHECK (seq > 0),
    at TIMESTAMPTZ NOT NULL,
    actor TEXT NOT NULL,
    device_id TEXT REFERENCES devices(id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (ward_id, seq)
)""",
    """CREATE TABLE audit_entries (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    chain TEXT NOT NULL,
    seq BIGINT NOT NULL CHECK (seq > 0),
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    row_id TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id),
    PRIMARY KEY (ward_id, chain, seq)
)""",
    """CREATE TABLE audit_chains (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    chain TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id),
    contiguous_to BIGINT NOT NULL DEFAULT 0,
    starts_at BIGINT NOT NULL DEFAULT 1,
    parent TEXT,
    PRIMARY KEY (ward_id, chain)
)""",
    """CREATE TABLE audit_breaks (
    ward_id BIGINT NOT NULL REFERENCES wards(id),
    chain TEXT NOT NULL,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'fork')),
    detail TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id),
    found_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (ward_id, chain, seq, kind)
)""",
    """CREATE TABLE anchors (
    device_id TEXT NOT NULL REFERENCES devices(id),
    chain TEXT NOT NULL,
    seq BIGINT NOT NULL CHECK (seq >= 0),
    hash TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, chain, seq)
)""",
    *(
        f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {t}
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()"""
        for t in ("ledger", "audit_entries", "anchors")
    ),
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (V1, V2, V3)
LATEST = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    pass


def current_version(conn: psycopg.Connection) -> int:
    exists = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection) -> list[int]:
    """Apply the missing migrations; returns the versions applied (empty: up to date)."""
    applied: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
        conn.execute("""CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now())""")
        found = current_version(conn)
        if found > LATEST:
            raise SchemaTooNewError(
                f"the ward database has schema version {found}, this server knows up to "
                f"{LATEST}: update cart-bedside on the server"
            )
        for version in range(found + 1, LATEST + 1):
            with conn.transaction():
                for statement in MIGRATIONS[version - 1]:
                    conn.execute(statement)  # literal SQL
                conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
            applied.append(version)
    return applied
