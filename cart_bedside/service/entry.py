"""What a new shift entry starts from and what its review must say (issue 11 item 1).

``last_charted`` gives the support and consciousness recorded last, with when
and by whom (display names, never logins); ``review_entry`` previews the entry
and compares it with the previous record and the patient's current grades;
``baseline_handwriting``, ``shift_fluid_balance`` and ``fluid_days`` are the earlier
records the entry shows beside its own (view role, as every read).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..logic.assessment import Assessment
from ..logic.fluids import BalanceTotals, FluidSummary, balance
from ..logic.messages import Message
from ..logic.models import (
    Consciousness,
    FluidEntry,
    NeuroAssessment,
    VitalSigns,
    WeightMeasurement,
)
from ..logic.shifts import Shift
from ..logic.support_change import (
    GradeDrop,
    Support,
    consciousness_change,
    grade_drops,
    last_support,
    support_changes,
)
from ..logic.validation import Warning_
from ..storage import SaveResult
from ..storage.cipher import ALL_ERRORS as DB_WRITE_ERRORS
from .errors import save_failure
from .ward import WardService


@dataclass(frozen=True)
class LastCharted:
    """The support and the level of consciousness charted last for an episode."""

    support: Support | None = None
    support_at: datetime | None = None
    support_by: str = ""
    consciousness: Consciousness | None = None
    consciousness_at: datetime | None = None
    consciousness_by: str = ""


@dataclass(frozen=True)
class EntryReview:
    """The preview of an entry and what it changes."""

    assessment: Assessment
    warnings: list[Warning_]
    changes: list[Message] = field(default_factory=list)
    drops: list[GradeDrop] = field(default_factory=list)


def display_name(ward: WardService, username: str | None) -> str:
    """The person's display name ("王丽"); the login only when the account is gone."""
    if not username:
        return ""
    user = ward.repo.people.get_user(username)
    return user.display_name if user is not None and user.display_name else username


def shift_fluid_balance(ward: WardService, episode_id: str, shift: Shift) -> BalanceTotals:
    """What was charted so far in ``shift`` (amendments resolved, logic.fluids.balance, §6)."""
    ward.require_if_signed_in("view")  # also read for a form behind the lock wall
    entries = ward.repo.queries.fluids(episode_id, shift.start, shift.end)
    return balance(entries, shift.start, shift.end)


def fluid_days(ward: WardService, episode_id: str) -> FluidSummary:
    """The balance per fluid day so far (§6), from the episode view the handover reads too
    (the ward's fluid-day start), at the ward's clock."""
    ward.require_if_signed_in("view")  # also read for a form behind the lock wall
    return ward._cached(episode_id).fluid_summary(ward.clock())


def last_charted(ward: WardService, episode_id: str) -> LastCharted:
    """What the next entry carries forward (nothing when nothing was charted)."""
    ward.require("view")
    vitals = last_support(ward.repo.queries.vitals(episode_id))
    neuro = [n for n in ward.repo.queries.neuro(episode_id) if n.consciousness is not None]
    last_neuro = max(neuro, key=lambda n: n.time) if neuro else None
    return LastCharted(
        support=Support.of(vitals) if vitals else None,
        support_at=vitals.time if vitals else None,
        support_by=display_name(ward, vitals.meta.recorded_by) if vitals else "",
        consciousness=last_neuro.consciousness if last_neuro else None,
        consciousness_at=last_neuro.time if last_neuro else None,
        consciousness_by=display_name(ward, last_neuro.meta.recorded_by) if last_neuro else "",
    )


def review_entry(
    ward: WardService,
    episode_id: str,
    *,
    vitals: VitalSigns | None = None,
    neuro: NeuroAssessment | None = None,
    fluids: Sequence[FluidEntry] = (),
    weight: WeightMeasurement | None = None,
    last: LastCharted | None = None,
) -> EntryReview:
    """Preview the entry (hard-limit errors raise ``ValidationError``) and list what it
    changes against ``last`` (read when not given) and which grades it would lower."""
    assessment, warnings = ward.preview(
        episode_id, vitals=vitals, neuro=neuro, fluids=fluids, weight=weight
    )
    last = last if last is not None else last_charted(ward, episode_id)
    changes: list[Message] = []
    if vitals is not None:
        changes += support_changes(last.support, Support.of(vitals))
    loc = consciousness_change(last.consciousness, neuro.consciousness if neuro else None)
    if loc is not None:
        changes.append(loc)
    drops = grade_drops(ward.assessment(episode_id), assessment)
    return EntryReview(assessment, warnings, changes, drops)


def baseline_handwriting(ward: WardService, episode_id: str) -> tuple[bytes, datetime] | None:
    """The patient's first handwriting sample and when it was written, or None.

    Neuro checks are read without their images; images are fetched one by one,
    oldest check first, until one has a sample.
    """
    ward.require_if_signed_in("view")  # also read for a form behind the lock wall
    for record in sorted(ward.repo.queries.neuro(episode_id), key=lambda n: n.time):
        png = ward.repo.queries.handwriting(record.meta.id) if record.meta.id else None
        if png:
            return png, record.time
    return None


def entry_save_job(
    ward: WardService,
    episode_id: str,
    pin: str,
    prepare: Callable[[Any], None] | None = None,
    **entry: Any,
) -> Callable[[], SaveResult] | None:
    """``ward.save_shift_entry(episode_id, pin, **entry)`` as a job for a worker thread, on a
    connection of its own (``wiring.worker_ward``: a SQLite connection belongs to its
    thread), for the signed-in user; None for an in-memory database (save on this thread).

    The job raises what ``save_shift_entry`` raises (a database it cannot open or write:
    ``SaveFailed``). The caller's ``ward.invalidate(episode_id)`` after it is up to the
    caller, on its own thread. ``prepare(connection)`` runs first (tests: a tiny
    ``max_page_count`` or a short busy timeout on a real connection).
    """
    path = ward.db_file()
    if path is None:
        return None
    username = ward.user.username if ward.user is not None else None
    clock = ward.clock

    def job() -> SaveResult:
        from .wiring import worker_ward

        try:
            with worker_ward(path, clock=clock, username=username) as worker:
                if prepare is not None:  # after the connection's usual pragmas
                    prepare(worker.repo.db.conn)
                return worker.save_shift_entry(episode_id, pin, **entry)
        except DB_WRITE_ERRORS as error:  # the file could not even be opened
            raise save_failure(error) from error

    return job
