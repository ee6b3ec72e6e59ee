"""The patient record below the screens, one part per area of the record.

:class:`RecordService` holds the parts, each built on the signed-in
:class:`WardService` and enforcing roles itself (``chart`` to write, ``view``
to read, ``override_dose`` and ``cosign`` for physicians). Every write goes
through the repository (validated, one transaction, audited) and then drops
the episode's cached assessment (``ward.invalidate``), so grades, alerts and
tasks follow at once. The parts do not call each other, except History and
Cosigning, which are handed the Medications part (an amended tocilizumab dose,
and one kept when a conflict is resolved, is checked against the limits like a
new one).
"""

from __future__ import annotations

from .admission import Admissions
from .cosign import Cosigning
from .episode_protocol import EpisodeProtocols
from .followup import FollowUp
from .history import History
from .labs import Labs
from .medications import Medications
from .not_done import NotDoneChecks
from .tasks import Tasks
from .ward import WardService


class RecordService:
    """The patient record for the signed-in user: ``records.<part>.<action>(…)``."""

    def __init__(self, ward: WardService) -> None:
        self.ward = ward
        self.admissions = Admissions(ward)  # admit, transfer, discharge, eligibility
        self.medications = Medications(ward)  # doses, tocilizumab limits
        self.labs = Labs(ward)
        self.tasks = Tasks(ward)  # monitoring tasks of the shift, hand-added tasks
        self.history = History(ward, self.medications)  # versions, amend, entered in error
        self.cosigning = Cosigning(ward, self.medications)  # grades, co-sign, conflicts
        self.protocols = EpisodeProtocols(ward)
        self.not_done = NotDoneChecks(ward)  # checks not done (§12)
        self.followup = FollowUp(ward)  # prophylaxis, IVIG, HBV (§4, §7)
