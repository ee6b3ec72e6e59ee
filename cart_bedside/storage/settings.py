"""Ward settings (shared, audited) and drafts (this tablet's own, never audited).

Drafts are device-local: what a nurse has typed so far on this tablet, kept
across a crash; they are not clinical records and never leave the tablet.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from .audit import AuditAction
from .codec import t2s
from .db import transaction
from .store import Store


class SettingsRepository:
    """The ward's settings (JSON values by key); every change is audited with old and new."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A ward setting (JSON value), or ``default``."""
        row = self.store.one("SELECT value FROM ward_settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row["value"])

    def settings(self) -> dict[str, Any]:
        """All ward settings."""
        return {
            r["key"]: json.loads(r["value"])
            for r in self.store.rows("SELECT key, value FROM ward_settings ORDER BY key")
        }

    def set_setting(self, key: str, value: Any, actor: str, reason: str | None = None) -> None:
        """Set a ward setting; the audit log keeps the old and the new value."""
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with transaction(self.store.db) as conn:
            old = self.store.one("SELECT value FROM ward_settings WHERE key = ?", (key,))
            conn.execute(
                "INSERT INTO ward_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                (key, text, t2s(self.store.now()), actor),
            )
            self.store.audit(
                conn,
                actor,
                AuditAction.SETTING_CHANGE,
                table="ward_settings",
                record_id=key,
                reason=reason,
                details={"old": None if old is None else json.loads(old["value"]), "new": value},
            )


class DraftRepository:
    """What has been typed so far, per user, form and episode (device-local)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save_draft(
        self, username: str, form: str, data: dict[str, Any], episode_id: str | None = None
    ) -> None:
        """Keep what has been typed so far (committed at once, survives a crash)."""
        with transaction(self.store.db) as conn:
            conn.execute(
                "INSERT INTO drafts (username, episode_key, form, data, updated_at, device_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(username, episode_key, form) DO UPDATE SET "
                "data = excluded.data, updated_at = excluded.updated_at",
                (
                    username,
                    episode_id or "",
                    form,
                    json.dumps(data, ensure_ascii=False, default=str),
                    t2s(self.store.now()),
                    self.store.device_id,
                ),
            )

    def load_draft(
        self, username: str, form: str, episode_id: str | None = None
    ) -> dict[str, Any] | None:
        """The saved draft, or None."""
        row = self.store.one(
            "SELECT data FROM drafts WHERE username = ? AND episode_key = ? AND form = ?",
            (username, episode_id or "", form),
        )
        return None if row is None else json.loads(row["data"])

    def list_drafts(self, username: str) -> list[tuple[str | None, str, datetime]]:
        """``(episode_id, form, updated_at)`` of a user's drafts, newest first."""
        rows = self.store.rows(
            "SELECT episode_key, form, updated_at FROM drafts WHERE username = ? "
            "ORDER BY updated_at DESC",
            (username,),
        )
        return [
            (r["episode_key"] or None, r["form"], datetime.fromisoformat(r["updated_at"]))
            for r in rows
        ]

    def delete_draft(self, username: str, form: str, episode_id: str | None = None) -> None:
        """Forget a draft (after the form was saved or discarded)."""
        with transaction(self.store.db) as conn:
            conn.execute(
                "DELETE FROM drafts WHERE username = ? AND episode_key = ? AND form = ?",
                (username, episode_id or "", form),
            )
