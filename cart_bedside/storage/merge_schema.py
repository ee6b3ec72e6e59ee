"""Schema version 7: ready to merge rows from several tablets (issue 14 item 1).

Rows never conflict as rows (UUIDv7 ids), but versions can: two tablets
offline may each correct the same reading. From this version:

- **Current version by the ``supersedes`` graph**, never by arrival order: a
  version is current when nothing supersedes it (nor a conflict resolution,
  below) and it is not a withdrawal. ``open_episodes`` is recomputed from
  ``current_episodes`` on every episode row received, so two tablets that
  receive the same rows in another order agree.
- **Several corrections of one version** are stored (the amendment trigger
  no longer refuses a second one; the tablet itself still only amends what it
  shows as current, see :meth:`Store.check_amendable`). Two or more current
  versions of one record are *conflicting corrections*
  (:meth:`RecordRepository.conflicts`) until a physician stores one amendment
  superseding all of them: the amendment's ``supersedes`` names one, and a
  ``resolutions`` row (a clinical, append-only, synced table) names each other.
- **Device-local tables** (:data:`DEVICE_LOCAL_TABLES`) never leave the tablet.

Only triggers, views, an index and a new table change: no stored row is
rewritten, so every audit hash and signature over them still holds.
"""

from __future__ import annotations

from .schema import V1_TABLES, V3_TABLES, V7_TABLES, _key, clinical_table

_V7_DATA = {
    # One row per further version a conflict resolution supersedes (the amendment's own
    # ``supersedes`` names the first). ``table_name`` is the record's table.
    "resolutions": """
    table_name TEXT NOT NULL,
    resolution_id TEXT NOT NULL,
    superseded_id TEXT NOT NULL,""",
}

#: Tables that never leave the tablet: its own drafts, settings, accounts and lock-out
#: counters (users), its lab-import bookkeeping, and indexes derived from the shared rows.
DEVICE_LOCAL_TABLES: frozenset[str] = frozenset(
    (
        "drafts",
        "local_meta",
        "open_episodes",
        "sync_outbox",
        "sync_received",
        "users",
        "ward_settings",
        "lab_import_messages",
        "lab_result_sources",
        "lab_unmatched",
        "patient_search",
        "patient_search_config",
        "patient_search_content",
        "patient_search_data",
        "patient_search_docsize",
        "patient_search_idx",
    )
)


def _amend_trigger(table: str) -> list[str]:
    key, _ = _key(table)
    return [
        f"DROP TRIGGER {table}_amend_current",
        f"""CREATE TRIGGER {table}_amend_current BEFORE INSERT ON {table}
WHEN NEW.supersedes IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '{table}: an entered-in-error version cannot be amended')
    WHERE (SELECT entered_in_error FROM {table} WHERE id = NEW.supersedes) = 1;
  SELECT RAISE(ABORT, '{table}: an amendment must keep the {key} of the original')
    WHERE (SELECT {key} FROM {table} WHERE id = NEW.supersedes) IS NOT NEW.{key};
END""",
    ]


def current_view(table: str) -> list[str]:
    """``current_<table>``: versions nothing supersedes (nor resolves), withdrawals left out."""
    return [
        f"DROP VIEW current_{table}",
        f"""CREATE VIEW current_{table} AS SELECT * FROM {table} AS r
WHERE r.entered_in_error = 0
  AND NOT EXISTS (SELECT 1 FROM {table} AS s WHERE s.supersedes = r.id)
  AND NOT EXISTS (SELECT 1 FROM resolutions AS c
                  WHERE c.superseded_id = r.id AND c.entered_in_error = 0)""",
    ]


def v7() -> tuple[str, ...]:
    out: list[str] = []
    for table in V7_TABLES:
        out += clinical_table(table, _V7_DATA)
    out.append("CREATE INDEX resolutions_by_superseded ON resolutions(superseded_id)")
    # The clinical tables of version 7, named here: a released migration never changes.
    for table in (*V1_TABLES, *V3_TABLES, *V7_TABLES):
        out += _amend_trigger(table) + current_view(table)
    out += [
        "DROP TRIGGER episodes_track_open",
        """CREATE TRIGGER episodes_track_open AFTER INSERT ON episodes
BEGIN
  DELETE FROM open_episodes WHERE episode_id = NEW.episode_id;
  INSERT INTO open_episodes (episode_id) SELECT DISTINCT episode_id FROM current_episodes
    WHERE episode_id = NEW.episode_id AND discharged_at IS NULL;
END""",
        # A resolution changes which versions are current: the episode's bed may open or close.
        """CREATE TRIGGER resolutions_track_open AFTER INSERT ON resolutions
WHEN NEW.table_name = 'episodes'
BEGIN
  DELETE FROM open_episodes WHERE episode_id = NEW.episode_id;
  INSERT INTO open_episodes (episode_id) SELECT DISTINCT episode_id FROM current_episodes
    WHERE episode_id = NEW.episode_id AND discharged_at IS NULL;
END""",
    ]
    return tuple(out)
