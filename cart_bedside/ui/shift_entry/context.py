"""What the entry shows from earlier records: the baseline handwriting, this shift's fluids."""

from __future__ import annotations

from datetime import datetime

from ...logic.models import FluidDirection
from ...logic.shifts import Shift


def baseline_handwriting(repo, episode_id: str) -> tuple[bytes, datetime] | None:
    """The patient's first handwriting sample and when it was written, or None.

    Neuro checks are read without their images; images are fetched one by one,
    oldest check first, until one has a sample.
    """
    for record in sorted(repo.neuro(episode_id), key=lambda n: n.time):
        png = repo.handwriting(record.meta.id) if record.meta.id else None
        if png:
            return png, record.time
    return None


def shift_fluid_totals(repo, episode_id: str, shift: Shift) -> tuple[float, float]:
    """(intake, output) in mL charted so far in ``shift``."""
    lines = repo.fluids(episode_id, shift.start, shift.end)
    intake = sum(f.volume_ml for f in lines if f.direction is FluidDirection.INTAKE)
    output = sum(f.volume_ml for f in lines if f.direction is FluidDirection.OUTPUT)
    return intake, output
