"""The protocol each admission follows (clinical-rules §10), and a physician's change of it.

The rule (diagnosis → protocol) is the logic layer's
(:mod:`cart_bedside.logic.patient_protocol`); storage keeps one record per
choice (``episode_protocols``); this module reads the one in force and
names it for the screens and the handover.

- Admitting stores the protocol the diagnosis selects, the ward's protocol
  *at admission* otherwise (a later change of the ward setting does not move
  patients already admitted).
- A physician changes it with a reason (role ``change_protocol``); the
  change is a new record, audited; it stands until the next change.
- An admission stored before schema 3 got its record from the migration.
"""

from __future__ import annotations

from ..logic.messages import msg
from ..logic.patient_protocol import ProtocolChoice, protocol_choice
from ..logic.validation import ValidationError
from ..storage import EpisodeProtocol
from . import ward_settings
from .base import ServiceBase, required_reason
from .errors import ServiceError
from .protocol_choice import (  # noqa: F401  (read here by the admission and the reports)
    choice_from_records,
    initial_protocol,
    protocol_display,
    protocol_in_force,
)


class EpisodeProtocols(ServiceBase):
    """Read and change the protocol of an admission."""

    def protocol_for(self, diagnosis: str | None) -> str:
        """The protocol an admission with this diagnosis would start with (admission screen)."""
        self.require("view")
        return initial_protocol(self.repo, diagnosis)

    def protocol_choice_for(self, diagnosis: str | None) -> ProtocolChoice:
        """:meth:`protocol_for` named, with why (the admission screen shows it)."""
        self.require("view")
        return protocol_choice(diagnosis, ward_settings.ward_protocol(self.repo))

    def protocol(self, episode_id: str) -> ProtocolChoice:
        """The protocol this admission follows, named, with why (its episode view's)."""
        return self.ward.episode_view(episode_id).protocol

    def protocol_records(self, episode_id: str) -> list[EpisodeProtocol]:
        """Every protocol record of the admission, oldest first (the history)."""
        self.require("view")
        return self.repo.judgements.episode_protocols(episode_id)

    def change_protocol(self, episode_id: str, protocol_id: str, reason: str) -> str:
        """A physician puts this admission on another protocol, with a reason; returns the id."""
        user = self.require("change_protocol")
        reason = required_reason(reason)
        episode = self.repo.patients.episode(episode_id)
        if episode.discharged_at is not None:
            raise ServiceError(
                msg("record.error.discharged", at=episode.discharged_at.strftime("%Y-%m-%d %H:%M"))
            )
        if protocol_id == ward_settings.episode_protocol(self.repo, episode_id):
            raise ValidationError(
                "protocol",
                msg("record.error.same_protocol", protocol=protocol_display(protocol_id)),
            )
        record = EpisodeProtocol(episode_id, protocol_id, "physician", self.now(), reason)
        rid = self.repo.judgements.set_episode_protocol(record, user.username)
        self.ward.invalidate(episode_id)
        return rid
