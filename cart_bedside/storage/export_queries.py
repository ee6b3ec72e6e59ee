"""Queries the exports need that the ward screens do not (issue 17)."""

from __future__ import annotations

from .patient_rows import episode_from_row
from .repository import Repository
from .types import EpisodeInfo


def all_episodes(repo: Repository) -> list[EpisodeInfo]:
    """Every admission (current version, withdrawn ones left out), oldest first."""
    rows = repo.store.rows("SELECT * FROM current_episodes ORDER BY admitted_at, episode_id")
    return [episode_from_row(r) for r in rows]
