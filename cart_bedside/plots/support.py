"""Oxygen and vasopressors over time, read from the vital-sign records (no matplotlib).

A vital-sign record says what support was running when it was taken: the
oxygen device and flow, and the vasopressors (``VitalSigns.vasopressors``).
A vasopressor runs from the first record that lists it to the first later
record that no longer does (its stop time); one still listed in the last
record runs on to the end of the window. Records further apart than
``max_gap`` break a span (we do not know what ran in between): the bar ends
``max_gap`` after the last record that listed the drug, as the lines of the
trend panels break at their gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..logic import drugs
from ..logic.models import VitalSigns


@dataclass(frozen=True)
class VasopressorSpan:
    """One vasopressor running: from the record that started it to the one that stopped it."""

    drug: str  # normalised generic name (``norepinephrine``) or the name as recorded
    start: datetime  # the first record that lists it
    end: datetime  # where its bar ends: the stop, the window's end, or a gap
    stopped_at: datetime | None  # the first record without it; None: still listed
    last_listed: datetime  # the last record that lists it
    record: VitalSigns  # the record that started it (who recorded it, when saved)


def vasopressor_spans(
    vitals: Sequence[VitalSigns], end: datetime, max_gap: timedelta
) -> list[VasopressorSpan]:
    """Every vasopressor's spans in time order of start (``vitals`` in time order)."""
    spans: list[VasopressorSpan] = []
    running: dict[str, tuple[VitalSigns, datetime]] = {}  # drug -> (first record, last listed)

    def close(drug: str, stopped_at: datetime | None) -> None:
        first, last = running.pop(drug)
        stop = stopped_at if stopped_at is not None else end
        spans.append(
            VasopressorSpan(
                drug, first.time, min(stop, last + max_gap, end), stopped_at, last, first
            )
        )

    for v in vitals:
        if v.time > end:
            break
        listed = {drugs.normalise(name) for name in v.vasopressors if name.strip()}
        for drug in list(running):
            _, last = running[drug]
            if v.time - last > max_gap:
                close(drug, None)  # a gap: not known to have run on
            elif drug not in listed:
                close(drug, v.time)
        for drug in sorted(listed):
            if drug in running:
                running[drug] = (running[drug][0], v.time)
            else:
                running[drug] = (v, v.time)
    for drug in list(running):
        close(drug, None)
    return sorted(spans, key=lambda s: (s.start, s.drug))


def drugs_in_order(spans: Sequence[VasopressorSpan]) -> list[str]:
    """Each drug once, in the order it was first started (the band's rows, top down)."""
    seen: dict[str, None] = {}
    for span in spans:
        seen.setdefault(span.drug, None)
    return list(seen)


def in_window(records, start: datetime, end: datetime, pad: timedelta) -> list:
    """Records from ``start - pad`` to ``end``: one reading before the edge keeps the line in."""
    lo = start - pad
    return [r for r in records if lo <= r.time <= end]
