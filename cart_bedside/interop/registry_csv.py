"""The toxicity registry export (issue 17): one CSV row per CRS and ICANS episode.

Columns are named and explained in docs/registry.md, next to the fields
the CIBMTR and EBMT cellular-therapy forms ask for. Every value comes from
:class:`~cart_bedside.logic.toxicity_episodes.ToxicityEpisode`, cut from the
assessment the app shows. UTF-8 with a BOM (so spreadsheet programs on a
Chinese Windows open it right), written 0600 and audited.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ..logic.timeutil import study_day
from ..service.exports import EpisodeExport, ExportService
from .output import write_private

COLUMNS: tuple[str, ...] = (
    "mrn",
    "episode_id",
    "product",
    "target",
    "infusion_datetime",
    "toxicity",
    "episode_number",
    "onset_datetime",
    "onset_study_day",
    "max_grade",
    "max_grade_datetime",
    "max_grade_study_day",
    "resolved",
    "resolution_datetime",
    "duration_hours",
    "tocilizumab_doses",
    "steroid_dex_equivalent_mg",
    "steroid_days",
    "steroid_doses_without_amount",
    "icu_transfer_suggested",
    "icu_transfer_recorded",
    "hlh_mas_suspected",
    "icd10cm",
    "grading",
)


def _t(value: datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="minutes") if value else ""


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def registry_rows(exports: Sequence[EpisodeExport]) -> list[dict[str, str]]:
    """The rows (column → text) of these admissions' episodes, in episode order."""
    rows = []
    for e in exports:
        infusion = e.patient.infusion_time
        for t in e.toxicity:
            end = t.resolved_at or e.assessment.at
            icu = (
                e.icu_transfer_at is not None
                and t.onset <= e.icu_transfer_at
                and (t.resolved_at is None or e.icu_transfer_at <= end)
            )
            rows.append(
                {
                    "mrn": e.patient.mrn,
                    "episode_id": e.episode_id,
                    "product": e.patient.product,
                    "target": e.patient.target,
                    "infusion_datetime": _t(infusion),
                    "toxicity": t.kind.upper(),
                    "episode_number": str(t.number),
                    "onset_datetime": _t(t.onset),
                    "onset_study_day": str(t.onset_day),
                    "max_grade": str(t.max_grade),
                    "max_grade_datetime": _t(t.max_grade_at),
                    "max_grade_study_day": str(study_day(t.max_grade_at, infusion))
                    if infusion
                    else "",
                    "resolved": _yes(t.resolved_at is not None),
                    "resolution_datetime": _t(t.resolved_at),
                    "duration_hours": "" if t.duration_hours is None else f"{t.duration_hours:g}",
                    "tocilizumab_doses": str(t.tocilizumab_doses),
                    "steroid_dex_equivalent_mg": f"{t.steroid_dex_mg:g}",
                    "steroid_days": str(t.steroid_days),
                    "steroid_doses_without_amount": str(t.steroid_doses_without_amount),
                    "icu_transfer_suggested": _yes(t.icu_transfer_suggested),
                    "icu_transfer_recorded": _yes(icu),
                    "hlh_mas_suspected": _yes(t.hlh_mas_suspected),
                    "icd10cm": t.icd10[0],
                    "grading": "ASTCT 2019",
                }
            )
    return rows


def registry_csv(rows: Sequence[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_registry(
    service: ExportService, out: Path | str, episode_ids: Sequence[str], actor: str | None = None
) -> tuple[Path, str, int]:
    """Write the registry CSV of ``episode_ids`` (0600), audit it; (path, sha256, rows)."""
    rows = registry_rows(service.collect_many(episode_ids))
    digest = write_private(out, registry_csv(rows))
    service.record_export("registry", str(out), digest, len(episode_ids), actor)
    return Path(out), digest, len(rows)
