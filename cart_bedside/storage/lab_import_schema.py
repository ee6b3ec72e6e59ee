"""Schema of the lab import (issue 17): messages received, where each lab came from, unmatched.

Three append-only tables (UPDATE and DELETE abort, as for clinical records):

- ``lab_import_messages``: one row per message (or CSV file) imported; its
  ``source`` (sending application, facility and message control id) is
  UNIQUE, so the same message imported twice adds nothing;
- ``lab_result_sources``: the message and the segment every imported
  ``lab_results`` row came from, with the code, value and unit as sent;
- ``lab_unmatched``: results that did not become lab records (unknown
  patient, name not matching the MRN, unknown code or unit, value out of
  range): the administrator's list, never silently dropped.
"""

from __future__ import annotations

IMPORT_TABLES: tuple[str, ...] = ("lab_import_messages", "lab_result_sources", "lab_unmatched")


def _append_only(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
    ]


def lab_import_v1() -> tuple[str, ...]:
    """The lab import tables (first release)."""
    return (
        """CREATE TABLE lab_import_messages (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL UNIQUE,
    control_id TEXT NOT NULL,
    charset TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    results INTEGER NOT NULL,
    stored INTEGER NOT NULL,
    unmatched INTEGER NOT NULL
)""",
        """CREATE TABLE lab_result_sources (
    lab_result_id TEXT PRIMARY KEY NOT NULL REFERENCES lab_results(id),
    message_id TEXT NOT NULL REFERENCES lab_import_messages(id),
    position TEXT NOT NULL,
    code TEXT NOT NULL,
    code_system TEXT,
    value_sent TEXT NOT NULL,
    unit_sent TEXT NOT NULL
)""",
        """CREATE TABLE lab_unmatched (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL REFERENCES lab_import_messages(id),
    reason TEXT NOT NULL,
    position TEXT NOT NULL,
    mrn TEXT NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    code_system TEXT,
    test_name TEXT NOT NULL,
    value_sent TEXT NOT NULL,
    unit_sent TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    episode_id TEXT
)""",
        "CREATE INDEX lab_result_sources_by_message ON lab_result_sources(message_id)",
        "CREATE INDEX lab_unmatched_by_time ON lab_unmatched(received_at)",
        *_append_only("lab_import_messages"),
        *_append_only("lab_result_sources"),
        *_append_only("lab_unmatched"),
    )
