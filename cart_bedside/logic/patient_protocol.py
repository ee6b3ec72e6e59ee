"""Which protocol a patient's steps come from (clinical-rules §10).

The ward setting is the default protocol. Each admission carries its own,
set from the diagnosis when admitted: multiple myeloma → ``mm-2022`` (seed
001 is the myeloma consensus); neurological autoimmune disease →
``nad-2025`` (seed 002); any other diagnosis → the ward default. A physician
may change it with a reason (storage keeps and audits that record; the rule
here only gives the starting value and checks a change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .messages import Message, msg, term
from .protocols import DEFAULT_PROTOCOL, PROTOCOL_IDS, PROTOCOLS

#: Diagnoses (models.DIAGNOSES) whose protocol is not the ward default.
PROTOCOL_BY_DIAGNOSIS: dict[str, str] = {
    "mm": "mm-2022",
    "neuro_autoimmune": "nad-2025",
}


def protocol_for_diagnosis(diagnosis: str | None, ward_default: str = DEFAULT_PROTOCOL) -> str:
    """The protocol an admission starts with (§10): by diagnosis, else the ward default.

    ``diagnosis`` is a value of :data:`cart_bedside.logic.models.DIAGNOSES`
    (``None`` or an unknown value gives the ward default). An unknown
    ``ward_default`` is refused.
    """
    if ward_default not in PROTOCOLS:
        raise ValueError(f"ward_default: {ward_default!r} is not one of {', '.join(PROTOCOL_IDS)}")
    return PROTOCOL_BY_DIAGNOSIS.get(diagnosis or "", ward_default)


@dataclass(frozen=True)
class ProtocolChoice:
    """The protocol in force for one admission and why (what screens and reports name)."""

    protocol_id: str
    reason: Message  # "from the diagnosis", "ward default", "changed by Dr X: <reason>"
    changed_at: datetime | None = None
    changed_by: str | None = None

    @property
    def name(self) -> Message:
        return protocol_display_name(self.protocol_id)


def protocol_choice(
    diagnosis: str | None,
    ward_default: str = DEFAULT_PROTOCOL,
    chosen: str | None = None,
    changed_by: str | None = None,
    changed_at: datetime | None = None,
    change_reason: str | None = None,
) -> ProtocolChoice:
    """The admission's protocol: a physician's change if there is one, else from the diagnosis.

    A change needs a physician's name and a non-empty reason (§10); without
    them ``ValueError`` names the missing field.
    """
    if chosen is not None:
        if chosen not in PROTOCOLS:
            raise ValueError(f"protocol: {chosen!r} is not one of {', '.join(PROTOCOL_IDS)}")
        reason = (change_reason or "").strip()
        if not reason:
            raise ValueError("reason: a protocol change needs a reason")
        if not (changed_by or "").strip():
            raise ValueError("changed_by: a protocol change is made by a physician")
        return ProtocolChoice(
            chosen,
            msg("protocol.choice.changed", by=changed_by, reason=reason),
            changed_at,
            changed_by,
        )
    pid = protocol_for_diagnosis(diagnosis, ward_default)
    if diagnosis in PROTOCOL_BY_DIAGNOSIS:
        return ProtocolChoice(
            pid, msg("protocol.choice.diagnosis", diagnosis=term(f"handover.diagnosis.{diagnosis}"))
        )
    return ProtocolChoice(pid, msg("protocol.choice.ward_default"))


def protocol_display_name(protocol_id: str) -> Message:
    """The guideline's name as users see it ("T/CI 1203—2025 …"), never an internal id."""
    if protocol_id not in PROTOCOLS:
        raise KeyError(f"unknown protocol {protocol_id!r}; known: {', '.join(PROTOCOL_IDS)}")
    return term(PROTOCOLS[protocol_id].name)


def protocol_short_name(protocol_id: str) -> Message:
    """A short citation of the protocol for a board card or a header ("T/CI 1203—2025")."""
    if protocol_id not in PROTOCOLS:
        raise KeyError(f"unknown protocol {protocol_id!r}; known: {', '.join(PROTOCOL_IDS)}")
    return term(f"protocol.short.{protocol_id}")
