"""NEWS2, the National Early Warning Score 2 (Royal College of Physicians 2017; §12).

Computed for every complete vital-sign record and shown beside, never
instead of, the CRS grade: NEWS2 is not validated for CRS. Parameters and
bands are the RCP chart's (SpO2 scale 1):

=================  =====  =========  =========  ==========  =========  =========  =====
parameter          3      2          1          0           1          2          3
=================  =====  =========  =========  ==========  =========  =========  =====
respiration /min   ≤ 8               9–11       12–20                  21–24      ≥ 25
SpO2 scale 1 %     ≤ 91   92–93      94–95      ≥ 96
air or oxygen             oxygen                air
systolic BP mmHg   ≤ 90   91–100     101–110    111–219                           ≥ 220
pulse /min         ≤ 40              41–50      51–90       91–110     111–130    ≥ 131
consciousness                                   alert                             CVPU
temperature °C     ≤ 35.0            35.1–36.0  36.1–38.0   38.1–39.0  ≥ 39.1
=================  =====  =========  =========  ==========  =========  =========  =====

Bands (as clinical-rules §12 names them): aggregate 5–6, or 3 in any single
parameter → "urgent review"; ≥ 7 → "emergency"; otherwise "low".

Consciousness (ACVPU) comes from the neuro record nearest in time (within
``NEURO_WINDOW``): alert or awakens spontaneously → A; awakens to voice → V;
to touch → P; unarousable → U; an alert patient whose ICE score fell below
their best earlier ICE score → C, new confusion (our reading of "new
confusion when the ICE score fell", docs/clinical-decisions.md). Values
between the chart's integer rows (SpO2 91.5 %, 38.05 °C) fall in the band
of the nearest edge on the worse side. The RCP says NEWS2 is not for
children under 16: for them no score is given.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .messages import Message, msg, term
from .models import Consciousness, NeuroAssessment, O2Device, VitalSigns

NEURO_WINDOW = timedelta(hours=8)  # one shift: an older neuro record is not "nearest in time"
MIN_AGE_YEARS = 16
_EPS = 1e-9
SOURCE = "source.rcp_news2"


class Band(StrEnum):
    LOW = "low"
    URGENT_REVIEW = "urgent_review"
    EMERGENCY = "emergency"


def score_rr(rr: float) -> int:
    if rr <= 8:
        return 3
    if rr <= 11:
        return 1
    if rr <= 20:
        return 0
    if rr <= 24:
        return 2
    return 3


def score_spo2_scale1(spo2: float) -> int:
    if spo2 < 92 - _EPS:
        return 3
    if spo2 < 94 - _EPS:
        return 2
    if spo2 < 96 - _EPS:
        return 1
    return 0


def score_air_or_oxygen(device: O2Device) -> int:
    return 0 if device is O2Device.ROOM_AIR else 2


def score_sbp(sbp: float) -> int:
    if sbp <= 90:
        return 3
    if sbp <= 100:
        return 2
    if sbp <= 110:
        return 1
    if sbp < 220:
        return 0
    return 3


def score_hr(hr: float) -> int:
    if hr <= 40:
        return 3
    if hr <= 50:
        return 1
    if hr <= 90:
        return 0
    if hr <= 110:
        return 1
    if hr <= 130:
        return 2
    return 3


def score_temp(temp_c: float) -> int:
    if temp_c <= 35.0 + _EPS:
        return 3
    if temp_c <= 36.0 + _EPS:
        return 1
    if temp_c <= 38.0 + _EPS:
        return 0
    if temp_c <= 39.0 + _EPS:
        return 1
    return 2


def score_acvpu(acvpu: str) -> int:
    """A → 0; C, V, P, U → 3."""
    if acvpu not in ("A", "C", "V", "P", "U"):
        raise ValueError(f"acvpu: {acvpu!r} is not one of A, C, V, P, U")
    return 0 if acvpu == "A" else 3


def band_for(total: int, any_single_3: bool) -> Band:
    """§12: ≥ 7 emergency; 5–6 or a single 3 urgent review; else low."""
    if total >= 7:
        return Band.EMERGENCY
    if total >= 5 or any_single_3:
        return Band.URGENT_REVIEW
    return Band.LOW


_LOC_TO_ACVPU = {
    Consciousness.ALERT: "A",
    Consciousness.AWAKENS_SPONTANEOUSLY: "A",
    Consciousness.AWAKENS_TO_VOICE: "V",
    Consciousness.AWAKENS_TO_TOUCH: "P",
    Consciousness.UNAROUSABLE: "U",
}


class NeuroLookup:
    """The neuro checks that carry a level of consciousness, sorted once.

    ``NeuroLookup(neuro).acvpu_at(moment)`` answers in O(log n), so a series of
    vital-sign records is scored in O((v + n) log n) instead of O(v × n log n)
    (the 40-bed handover draws NEWS2 for every record of every patient).
    """

    def __init__(self, neuro: Sequence[NeuroAssessment]) -> None:
        self.checks = sorted(
            (n for n in neuro if n.consciousness is not None), key=lambda n: n.time
        )
        self.times = [n.time for n in self.checks]
        # best_before[k]: the best ICE score among the first k checks (None if none has one).
        self.best_before: list[int | None] = [None]
        for n in self.checks:
            best, score = self.best_before[-1], n.total_ice
            self.best_before.append(
                score if best is None or (score is not None and score > best) else best
            )

    def nearest(self, moment: datetime, window: timedelta = NEURO_WINDOW) -> NeuroAssessment | None:
        """The check nearest ``moment`` within ``window``.

        Ties go to the earlier check; of equal times, to the first given.
        """
        after = bisect_left(self.times, moment)
        best: int | None = None
        if after > 0:
            best = bisect_left(self.times, self.times[after - 1])  # first of that time
        if after < len(self.times) and (
            best is None or self.times[after] - moment < moment - self.times[best]
        ):
            best = after
        if best is None or abs(self.times[best] - moment) > window:
            return None
        return self.checks[best]

    def acvpu_at(self, moment: datetime, window: timedelta = NEURO_WINDOW) -> str | None:
        """ACVPU from the check nearest ``moment``; see :func:`acvpu_at`."""
        check = self.nearest(moment, window)
        if check is None or check.consciousness is None:  # (checks all have one)
            return None
        level = _LOC_TO_ACVPU[check.consciousness]
        if level == "A" and self._ice_fell(check):
            return "C"
        return level

    def _ice_fell(self, check: NeuroAssessment) -> bool:
        """The check's ICE is below the best ICE of the earlier checks (new confusion)."""
        score = check.total_ice
        if score is None:
            return False
        best = self.best_before[bisect_left(self.times, check.time)]
        return best is not None and score < best


def acvpu_at(
    moment: datetime, neuro: Sequence[NeuroAssessment], window: timedelta = NEURO_WINDOW
) -> str | None:
    """ACVPU from the neuro record nearest ``moment`` (within ``window``; ties: the earlier).

    None when no neuro record with a level of consciousness is near enough.
    For many moments against one record, build one :class:`NeuroLookup`.
    """
    return NeuroLookup(neuro).acvpu_at(moment, window)


@dataclass(frozen=True)
class News2:
    """A NEWS2 result. ``total`` is None when not scored (incomplete, or a child)."""

    time: datetime
    total: int | None
    band: Band | None
    parts: tuple[tuple[str, int], ...] = ()  # (parameter, points) in chart order
    missing: tuple[str, ...] = ()
    not_applicable: bool = False
    acvpu: str | None = None

    @property
    def single_3(self) -> tuple[str, ...]:
        return tuple(name for name, points in self.parts if points == 3)

    def summary(self) -> Message:
        if self.not_applicable:
            return term("news2.not_for_children")
        if self.total is None or self.band is None:
            return msg(
                "news2.incomplete", missing=tuple(term(f"news2.param.{m}") for m in self.missing)
            )
        return msg("news2.summary", total=self.total, band=term(f"news2.band.{self.band.value}"))

    @property
    def note(self) -> Message:
        return term("news2.not_validated_for_crs")


def news2(
    v: VitalSigns,
    neuro: Sequence[NeuroAssessment] = (),
    age_years: float | None = None,
    window: timedelta = NEURO_WINDOW,
    acvpu: str | None = None,
    lookup: NeuroLookup | None = None,
) -> News2:
    """NEWS2 for one vital-sign record (RCP 2017, SpO2 scale 1; clinical-rules §12).

    ``acvpu`` overrides the level taken from ``neuro`` (e.g. a form that asks
    for it directly). ``lookup``, built once from ``neuro``, saves sorting the
    neuro record again for each vital-sign record of a series.
    """
    if age_years is not None and age_years < MIN_AGE_YEARS:
        return News2(v.time, None, None, not_applicable=True)
    if acvpu is not None:
        level: str | None = acvpu
    else:
        level = (lookup or NeuroLookup(neuro)).acvpu_at(v.time, window)
    values = {"rr": v.rr, "spo2": v.spo2, "sbp": v.sbp, "hr": v.hr, "temp": v.temp_c}
    missing = [name for name in ("rr", "spo2", "sbp", "hr") if values[name] is None]
    if level is None:
        missing.append("consciousness")
    if values["temp"] is None:
        missing.append("temp")
    rr, spo2, sbp, hr, temp = v.rr, v.spo2, v.sbp, v.hr, v.temp_c
    if rr is None or spo2 is None or sbp is None or hr is None or temp is None or level is None:
        return News2(v.time, None, None, missing=tuple(missing), acvpu=level)
    parts = (
        ("rr", score_rr(rr)),
        ("spo2", score_spo2_scale1(spo2)),
        ("air_or_oxygen", score_air_or_oxygen(v.o2_device)),
        ("sbp", score_sbp(sbp)),
        ("hr", score_hr(hr)),
        ("consciousness", score_acvpu(level)),
        ("temp", score_temp(temp)),
    )
    total = sum(p for _, p in parts)
    return News2(v.time, total, band_for(total, any(p == 3 for _, p in parts)), parts, acvpu=level)
