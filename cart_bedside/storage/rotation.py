"""Which backups to keep: every shift for 3 days, every day for 30, every month for a year.

A count ("the newest 14") lets frequent restarts push every older backup out in
a day. Tiers keep history instead: the newest backup of each 8-hour slot of
the last 3 days, of each day of the last 30, of each month of the last year,
and always the newest :data:`KEEP_NEWEST`. Replaced copies kept aside by a
restore expire by the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

KEEP_NEWEST = 3
SHIFT_DAYS, DAILY_DAYS, MONTHLY_DAYS = 3, 30, 365
_STAMP_RE = re.compile(r"(\d{8}-\d{6}-\d{6})")


def stamp_of(path: Path) -> datetime | None:
    """The time in a backup's (or replaced copy's) name."""
    found = _STAMP_RE.search(path.name)
    return None if found is None else datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")


def _slot(at: datetime, now: datetime) -> tuple | None:
    age = now - at
    if age <= timedelta(days=SHIFT_DAYS):
        return ("shift", at.date(), at.hour // 8)
    if age <= timedelta(days=DAILY_DAYS):
        return ("day", at.date())
    if age <= timedelta(days=MONTHLY_DAYS):
        return ("month", at.year, at.month)
    return None  # older than a year: expires


def to_keep(paths: Iterable[Path], now: datetime) -> set[Path]:
    """The files to keep: the newest of each slot, and the newest :data:`KEEP_NEWEST`."""
    stamped = ((stamp_of(p), p) for p in paths)
    dated = sorted(
        ((at, p) for at, p in stamped if at is not None), key=lambda sp: sp[0], reverse=True
    )
    keep = {p for _, p in dated[:KEEP_NEWEST]}
    seen: set[tuple] = set()
    for at, path in dated:  # newest first: the first of each slot is its newest
        slot = _slot(at, now)
        if slot is not None and slot not in seen:
            seen.add(slot)
            keep.add(path)
    return keep


def expire(paths: Iterable[Path], now: datetime) -> list[Path]:
    """Delete what :func:`to_keep` does not keep (with a replaced copy's -wal/-shm)."""
    paths = list(paths)
    keep = to_keep(paths, now)
    removed = []
    for path in paths:
        if path in keep or stamp_of(path) is None:
            continue
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        removed.append(path)
    return removed
