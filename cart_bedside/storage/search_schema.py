"""Schema of the patient search (schema version 6): an FTS5 index of name, MRN and bed.

``patient_search`` holds one row per episode, from the *current* versions of
the episode and its patient (the ``current_*`` views: the ``supersedes``
graph, whatever order rows arrived in). Patients and episodes are
append-only, so the index is kept by ``AFTER INSERT`` triggers that re-read
the current version — hand-written, because sqlite-utils' ``enable_fts``
triggers follow one table updated in place, not a record whose versions are
rows of two tables. The tokenizer is ``unicode61``: a Chinese name is one
token, found by its first characters (the surname first, as a ward searches).
"""

from __future__ import annotations

_CURRENT = """SELECT e.episode_id, p.name, p.mrn, e.bed
FROM current_episodes AS e JOIN current_patients AS p ON p.patient_id = e.patient_id"""


def patient_search_v1() -> tuple[str, ...]:
    """The FTS5 table, filled from today's rows, and the triggers that keep it."""
    return (
        """CREATE VIRTUAL TABLE patient_search USING fts5(
    episode_id UNINDEXED, name, mrn, bed, tokenize = 'unicode61 remove_diacritics 2'
)""",
        f"INSERT INTO patient_search (episode_id, name, mrn, bed) {_CURRENT}",
        f"""CREATE TRIGGER episodes_search AFTER INSERT ON episodes
BEGIN
  DELETE FROM patient_search WHERE episode_id = NEW.episode_id;
  INSERT INTO patient_search (episode_id, name, mrn, bed)
    {_CURRENT} WHERE e.episode_id = NEW.episode_id;
END""",
        f"""CREATE TRIGGER patients_search AFTER INSERT ON patients
BEGIN
  DELETE FROM patient_search WHERE episode_id IN
    (SELECT episode_id FROM episodes WHERE patient_id = NEW.patient_id);
  INSERT INTO patient_search (episode_id, name, mrn, bed)
    {_CURRENT} WHERE e.patient_id = NEW.patient_id;
END""",
    )


def fts_query(text: str) -> str | None:
    """Each word of ``text`` as a quoted prefix term (``"王"*``), all required; None if empty.

    Quoting makes any input a literal (FTS5 syntax such as ``AND``, ``-``,
    ``"`` or ``:`` typed into the search box cannot raise).
    """
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words) or None
