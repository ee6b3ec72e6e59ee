"""Labs of an admission (clinical-rules §4, §5, §7): the entry panel, recording, reading.

Names are the rules' (``crp``, ``ferritin``, ``il6``, ``mcp1``, ``anc`` in
10^9/L, ``platelets``, ``hb``, ``fibrinogen``, ``ldh``, ``igg``, ``hbv_dna``
…); common spellings (``IL-6``, ``HBV DNA``, ``PLT``) are mapped onto them;
a missing unit is the rules' unit; hard limits and unit spellings are the
logic layer's (``validate_lab``). Any other lab name is accepted with a
value ≥ 0. ``eligibility.*`` names are reserved for the admission checklist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..logic.findings import Alert
from ..logic.icaht import IcahtAssessment
from ..logic.messages import Message, msg, term
from ..logic.models import LabResult
from ..logic.schema import Range
from ..logic.validation import LAB_LIMITS, ValidationError
from .admission import ELIGIBILITY_PREFIX, is_eligibility_lab
from .base import ServiceBase

#: Other spellings of the rules' lab names (lower case, as typed or printed on a report).
LAB_ALIASES: dict[str, str] = {
    "il-6": "il6",
    "mcp-1": "mcp1",
    "il-10": "il10",
    "ifn-γ": "ifn_gamma",
    "ifn-gamma": "ifn_gamma",
    "ifn_γ": "ifn_gamma",
    "hbv dna": "hbv_dna",
    "hbv-dna": "hbv_dna",
    "plt": "platelets",
    "hgb": "hb",
    "neut": "anc",
    "neutrophils": "anc",
    "c-reactive protein": "crp",
    "铁蛋白": "ferritin",
    "中性粒细胞": "anc",
    "血小板": "platelets",
    "血红蛋白": "hb",
    "纤维蛋白原": "fibrinogen",
    "乳酸脱氢酶": "ldh",
}


def lab_name(name: str) -> str:
    key = (name or "").strip().lower()
    return LAB_ALIASES.get(key, key.replace(" ", "_"))


def lab_label(name: str) -> Message:
    """The catalogue label of a lab name (an unknown name is shown as entered)."""
    if name in LAB_LIMITS:
        return term(f"lab.{name}")
    if is_eligibility_lab(name):
        return term(f"record.eligibility.{name.removeprefix(ELIGIBILITY_PREFIX)}")
    return msg("record.lab.other", name=name)


@dataclass(frozen=True)
class LabSpec:
    """One lab the entry form offers: name, label, unit and the accepted range."""

    name: str
    label: Message
    unit: str
    range: Range


@dataclass(frozen=True)
class LabRecorded:
    record_id: str
    save_id: str
    lab: LabResult
    raised: tuple[Alert, ...]  # alerts the assessment has now that it had not before


class Labs(ServiceBase):
    """Record and read lab results (role ``chart`` to write, ``view`` to read)."""

    def panel(self) -> list[LabSpec]:
        """The labs the rules read, with their units and hard limits (entry form order)."""
        return [LabSpec(name, term(f"lab.{name}"), r.unit, r) for name, r in LAB_LIMITS.items()]

    def record(
        self,
        episode_id: str,
        name: str,
        value: float,
        unit: str | None = None,
        time: datetime | None = None,
    ) -> LabRecorded:
        """Record one lab result; returns the alerts it raised (from the new assessment)."""
        user = self.require("chart")
        name = lab_name(name)
        if not name:
            raise ValidationError("lab.name", msg("error.empty_name"))
        if is_eligibility_lab(name):
            raise ValidationError("lab.name", msg("record.error.reserved_lab", name=name))
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("lab.value", msg("error.expected_number", value=str(value)))
        if unit is None or not unit.strip():
            unit = LAB_LIMITS[name].unit if name in LAB_LIMITS else None
        before = set(self.ward.assessment(episode_id).alert_codes())
        lab = LabResult(time or self.now(), name, float(value), unit.strip() if unit else None)
        result = self.repo.charting.save_record(episode_id, lab, user.username)
        self.ward.invalidate(episode_id)
        after = self.ward.assessment(episode_id).alerts
        return LabRecorded(
            result.ids["lab"], result.save_id, lab, tuple(a for a in after if a.code not in before)
        )

    def results(self, episode_id: str, name: str | None = None) -> list[LabResult]:
        """Current lab results, oldest first (the admission checklist's items left out)."""
        self.require("view")
        key = lab_name(name) if name else None
        return [
            lab
            for lab in self.repo.queries.labs(episode_id)
            if not is_eligibility_lab(lab.name) and (key is None or lab.name == key)
        ]

    def icaht(self, episode_id: str) -> IcahtAssessment:
        """Early/late ICAHT grade from the ANC series (§7)."""
        return self.ward.assessment(episode_id).icaht
