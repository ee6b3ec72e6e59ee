"""Which guideline an alert cites for this patient (issue 11, item 11; clinical-rules §10).

Seed 001 is the myeloma consensus. A patient without myeloma (a child with
B-ALL, say) never sees it cited on an alert that another seed also supports;
the alert cites that other seed instead. Alerts only seed 001 supports keep
it (e.g. the G-CSF line for grade 3–4 neutropenia).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .findings import Alert

#: seed 001 section → the other seed's section that says the same thing.
NON_MYELOMA_SOURCE: dict[str, str] = {
    # the four CRS suspicion signs: seed 002 §早期不良反应 1 lists the same
    "source.seed001.table3": "source.seed002.crs",
    "source.seed001.crs": "source.seed002.crs",
    # routine anti-infective prophylaxis: seed 002 gives the same drugs
    "source.seed001.infection": "source.seed002.infection",
    # IgG < 4 g/L, or 4–6 g/L with infection: seed 002 gives the same thresholds
    "source.seed001.igg": "source.seed002.igg",
    # prior neurological disease → antiepileptic prophylaxis: seed 004 §2.4
    "source.seed001.levetiracetam": "source.seed004.s2_4",
}

#: Alert codes whose seed-001 section is replaced per alert, not by the table above.
LATE_CRS_SOURCE = "source.seed002.month3"  # "CRS 可迟至 3 周后" (seed 002)


def is_myeloma(protocol_id: str, diagnosis: str | None = None) -> bool:
    """Myeloma sources are fitting under ``mm-2022`` or for a myeloma diagnosis."""
    return protocol_id == "mm-2022" or diagnosis == "mm"


def for_population(alerts: Iterable[Alert], myeloma: bool) -> list[Alert]:
    """The alerts with seed-001 sources swapped for the other seed's, unless myeloma."""
    if myeloma:
        return list(alerts)
    out = []
    for a in alerts:
        if a.code == "late_crs_possible" and a.source == "source.seed001.table3":
            out.append(replace(a, source=LATE_CRS_SOURCE))
        elif a.source in NON_MYELOMA_SOURCE:
            out.append(replace(a, source=NON_MYELOMA_SOURCE[a.source]))
        else:
            out.append(a)
    return out
