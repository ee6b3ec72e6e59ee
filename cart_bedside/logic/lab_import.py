"""Laboratory results as they arrive from the hospital, before they become lab records.

The file formats (HL7 v2 ORU^R01, the ward CSV) are parsed in
``cart_bedside.interop`` into these dataclasses; the import service matches
each patient (MRN + name, :func:`names_match`) and each result
(:func:`cart_bedside.logic.lab_codes.map_result`). Standard library only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ResultLine:
    """One result (an OBX segment, a CSV row): where it was, its code, value, unit, time."""

    where: str  # "OBX[3]" or "line 7": named in the unmatched list and in errors
    code: str
    system: str | None  # "http://loinc.org", "local" or None (unknown)
    text: str  # the laboratory's name for the test
    value: str  # as sent; numbers are parsed by the mapping
    unit: str
    observed_at: datetime
    status: str = ""  # HL7 OBX-11: "F" final, "C" corrected … ("" = final, e.g. CSV)

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


#: Result statuses charted (HL7 table 0085): final and corrected; preliminary and others
#: are listed for the administrator instead.
FINAL_STATUSES = ("", "F", "C")
NOT_FINAL = "not_final"


@dataclass(frozen=True)
class PatientResults:
    """The results of one patient (a PID group)."""

    mrn: str
    name: str
    results: tuple[ResultLine, ...]


@dataclass(frozen=True)
class LabMessage:
    """One message (or one CSV file) from the laboratory.

    ``source`` is what makes it unique for "the same message twice adds
    nothing": for HL7 the sending application and facility with the message
    control id (MSH-3, MSH-4, MSH-10); for a CSV file ``csv:`` + its sha256.
    """

    source: str
    control_id: str
    charset: str
    patients: tuple[PatientResults, ...]
    sent_at: datetime | None = None

    @property
    def result_count(self) -> int:
        return sum(len(p.results) for p in self.patients)


class MalformedMessage(ValueError):
    """A message that cannot be read; ``where`` names the segment and field (``OBX[2]-5``)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def _name_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in text if ch.isalnum())


def names_match(stored: str, sent: str) -> bool:
    """The laboratory's name is the stored patient's name (issue 17: MRN *and* name).

    Blanks, punctuation, HL7 component separators and letter case are
    ignored; ``SMITH^JOHN`` matches "John Smith" (family and given names
    either way round); ``张^三`` matches "张三". An empty name never matches.
    """
    a = _name_key(stored)
    if not a:
        return False
    parts = [p for p in (sent or "").replace("^", " ").split() if p]
    candidates = {_name_key("".join(parts)), _name_key("".join(reversed(parts)))}
    return a in candidates
