"""The words of a refused tocilizumab dose (clinical-rules §2.4): the limits it breaks, with
the ward's values, and what applies instead of giving it now.

- Doses before it block it: the next time a dose is allowed ("next dose allowed 11-03 05:00").
- A dose already recorded after it blocks it (a dose charted late, or a correction kept from
  another tablet, slotted in before one recorded since: ``logic.tocilizumab.later_conflict``):
  no next time applies; the refusal gives that dose's time and this one's, to check with the
  physician.
- The total is reached: no next time applies either; no further dose under the ward's limits.

Each ends with "a physician may override with a reason" (the override is audited).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..logic.messages import Message, msg
from ..logic.models import MedicationDose
from ..logic.tocilizumab import TocilizumabLimits, later_conflict, tocilizumab_ledger
from .sync_stale import SYNC_STALE, stale_message

#: How a dose time shows in a refusal (the day matters: doses span days).
WHEN = "%m-%d %H:%M"


def limit_terms(
    broken: Sequence[str], limits: TocilizumabLimits, stale: int | None = None
) -> tuple[Message, ...]:
    """The broken limits in words, with the ward's values (``stale``: minutes unsynced)."""
    hours = limits.min_interval.total_seconds() / 3600
    words = {
        "interval": msg("record.limit.interval", hours=hours),
        "per_24h": msg("record.limit.per_24h", max=limits.max_per_24h),
        "total": msg("record.limit.total", max=limits.max_total),
        SYNC_STALE: stale_message(-1 if stale is None else stale),
    }
    return tuple(words[b] for b in broken)


def dose_limit_message(
    doses: Sequence[MedicationDose],
    when: datetime,
    limits: TocilizumabLimits,
    broken: Sequence[str],
    stale: int | None = None,
) -> Message:
    """Why a dose at ``when`` is refused and what applies: the next time a dose is allowed,
    the later dose it conflicts with, or no further dose (the total reached)."""
    terms = limit_terms(broken, limits, stale)
    later = later_conflict(doses, when, limits)
    if later is not None:
        return msg(
            "record.error.dose_limit_later",
            limits=terms,
            recorded=later.strftime(WHEN),
            time=when.strftime(WHEN),
        )
    nxt = tocilizumab_ledger(doses, when, limits).next_allowed_at
    if "total" in broken or nxt is None:
        return msg("record.error.dose_limit_total", limits=terms)
    return msg("record.error.dose_limit", limits=terms, next=nxt.strftime(WHEN))
