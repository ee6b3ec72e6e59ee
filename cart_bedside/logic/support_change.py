"""What a new shift entry changes against the previous record (issue 11 item 1).

A new entry starts from the last recorded oxygen support and vasopressors;
the review states every change in words and flags a CRS or ICANS grade that
would fall, with why, so a quick recheck can never lower a grade silently.
Pure functions: the service feeds them the records, the UI renders the
messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .assessment import Assessment
from .catalogue import CATALOGUE
from .messages import Message, msg, term
from .models import Consciousness, O2Device, VitalSigns


def drug_term(name: str) -> Message:
    """A vasopressor's name: the catalogue's for a known drug, else the typed name."""
    code = f"drug.{name}"
    return term(code) if code in CATALOGUE else msg("drug.other_named", name=name)


@dataclass(frozen=True)
class Support:
    """Oxygen device, its flow and the vasopressors running at one record."""

    o2_device: O2Device = O2Device.ROOM_AIR
    o2_flow_l_min: float | None = None
    vasopressors: tuple[str, ...] = ()

    @classmethod
    def of(cls, vitals: VitalSigns) -> Support:
        return cls(O2Device(vitals.o2_device), vitals.o2_flow_l_min, tuple(vitals.vasopressors))

    def oxygen(self) -> Message:
        """ "nasal cannula 4 L/min", "room air"."""
        device = term(f"o2.{self.o2_device.value}")
        if self.o2_flow_l_min is not None and self.o2_device is not O2Device.ROOM_AIR:
            return msg("entry.support.o2_flow", device=device, flow=float(self.o2_flow_l_min))
        return device

    def describe(self) -> Message:
        """Oxygen and vasopressors in one phrase."""
        if self.vasopressors:
            return msg(
                "entry.support.with_pressors",
                oxygen=self.oxygen(),
                drugs=tuple(drug_term(d) for d in self.vasopressors),
            )
        return msg("entry.support.no_pressor", oxygen=self.oxygen())

    def same_as(self, other: Support) -> bool:
        return (
            self.o2_device is other.o2_device
            and _flow(self) == _flow(other)
            and sorted(self.vasopressors) == sorted(other.vasopressors)
        )


def _flow(support: Support) -> float | None:
    if support.o2_device is O2Device.ROOM_AIR or support.o2_flow_l_min is None:
        return None
    return round(float(support.o2_flow_l_min), 2)


def last_support(vitals: Sequence[VitalSigns]) -> VitalSigns | None:
    """The latest vital-sign record (it carries the support charted last), or None."""
    return max(vitals, key=lambda v: v.time) if vitals else None


def support_changes(before: Support | None, after: Support) -> list[Message]:
    """Every change of oxygen and vasopressors from ``before`` (the last record) to ``after``.

    One message per change ("oxygen stopped: nasal cannula 4 L/min → room air",
    "vasopressor stopped: norepinephrine"); one "unchanged" message when nothing
    changed, one "first record" message when there was no earlier record.
    """
    if before is None:
        return [msg("entry.change.first", support=after.describe())]
    if before.same_as(after):
        return [msg("entry.change.none", support=after.describe())]
    out: list[Message] = []
    was_on = before.o2_device is not O2Device.ROOM_AIR
    now_on = after.o2_device is not O2Device.ROOM_AIR
    if (before.o2_device, _flow(before)) != (after.o2_device, _flow(after)):
        code = (
            "entry.change.o2_changed"
            if was_on and now_on
            else "entry.change.o2_stopped"
            if was_on
            else "entry.change.o2_started"
        )
        out.append(msg(code, before=before.oxygen(), after=after.oxygen()))
    for drug in before.vasopressors:
        if drug not in after.vasopressors:
            out.append(msg("entry.change.pressor_stopped", drug=drug_term(drug)))
    for drug in after.vasopressors:
        if drug not in before.vasopressors:
            out.append(msg("entry.change.pressor_started", drug=drug_term(drug)))
    return out


def consciousness_change(
    before: Consciousness | None, after: Consciousness | None
) -> Message | None:
    """ "consciousness: alert → awakens to voice", or None when it did not change."""
    if before is None or after is None or before is after:
        return None
    return msg(
        "entry.change.consciousness",
        before=term(f"loc.{before.value}"),
        after=term(f"loc.{after.value}"),
    )


@dataclass(frozen=True)
class GradeDrop:
    """A grade the entry would lower: ``kind`` "CRS" or "ICANS", and why."""

    kind: str
    before: int
    after: int
    because: tuple[Message, ...]

    def title(self) -> Message:
        """ "CRS 2 → 1 because:"."""
        return msg("entry.drop.title", kind=self.kind, before=self.before, after=self.after)


def grade_drops(current: Assessment, preview: Assessment) -> list[GradeDrop]:
    """The CRS and ICANS grades that fall from ``current`` (the patient's grade now) to
    ``preview`` (the grade with the new entry), each with the reasons that no longer
    hold and the reasons that hold now. A drop is never silent: the nurse confirms it.
    """
    out = []
    for kind, before, after, was, now in (
        ("CRS", current.crs.grade, preview.crs.grade, current.crs_reasons, preview.crs_reasons),
        (
            "ICANS",
            current.icans.grade,
            preview.icans.grade,
            current.icans_reasons,
            preview.icans_reasons,
        ),
    ):
        if after < before:
            gone = [msg("entry.drop.was", reason=r) for r in was if r not in now]
            held = [msg("entry.drop.now", reason=r) for r in now] or [msg("entry.drop.now_nothing")]
            out.append(GradeDrop(kind, before, after, tuple(gone + held)))
    return out
