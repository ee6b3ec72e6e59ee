"""The protocol an admission follows, named, with why (clinical-rules §10): read-only rules.

The records are written by :mod:`.episode_protocol` (a physician's change);
the episode view, the admission screen and the reports read them here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..logic.messages import Message, msg
from ..logic.patient_protocol import ProtocolChoice, protocol_choice, protocol_for_diagnosis
from ..storage import EpisodeProtocol, Repository
from . import ward_settings


def initial_protocol(repo: Repository, diagnosis: str | None) -> str:
    """The protocol an admission with this diagnosis starts with."""
    return protocol_for_diagnosis(diagnosis, ward_settings.ward_protocol(repo))


def protocol_display(protocol_id: str) -> Message:
    """The protocol's display name (a catalogue term)."""
    return msg(f"protocol.name.{protocol_id}")


def choice_from_records(
    diagnosis: str | None,
    records: list[EpisodeProtocol],
    ward: str,
    display_name: Callable[[str], str] = str,
) -> ProtocolChoice:
    """The :class:`ProtocolChoice` the latest protocol record gives (the ward's without one)."""
    if not records:
        return protocol_choice(diagnosis, ward)
    latest = records[-1]
    if latest.source == "physician":
        return protocol_choice(
            diagnosis,
            ward,
            chosen=latest.protocol,
            changed_by=display_name(latest.meta.recorded_by or ""),
            changed_at=latest.time,
            change_reason=latest.reason,
        )
    # Set from the diagnosis when admitted: the ward's protocol *then* stays in force.
    choice = protocol_choice(diagnosis, latest.protocol)
    if choice.protocol_id != latest.protocol:
        choice = ProtocolChoice(latest.protocol, msg("protocol.choice.ward_default"))
    return choice


def protocol_in_force(
    repo: Repository,
    episode_id: str,
    diagnosis: str | None = None,
    ward: str | None = None,
    display_name: Callable[[str], str] | None = None,
) -> ProtocolChoice:
    """The protocol an admission follows now, named, with why (``diagnosis``, ``ward``: the
    patient's diagnosis and the ward's protocol when the caller has them)."""

    def by_account(username: str) -> str:
        user = repo.people.get_user(username)
        return user.display_name if user is not None else username

    return choice_from_records(
        repo.patients.get_patient(episode_id).diagnosis if diagnosis is None else diagnosis,
        repo.judgements.episode_protocols(episode_id),
        ward_settings.ward_protocol(repo) if ward is None else ward,
        display_name or by_account,
    )
