"""Dose markers: every tocilizumab, other anti-cytokine and corticosteroid dose as a vertical
line across every panel (one Line2D per drug and panel, gid ``dose:<drug>``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..logic import drugs
from ..logic.messages import Message, render
from .bands import drug_term
from .points import PointInfo
from .series import vlines
from .style import DOSE_STYLE

if TYPE_CHECKING:
    from .panels import PanelBuilder


def dose_markers(b: PanelBuilder, axes: Sequence[Axes]) -> None:
    """One vertical line per dose, every panel; per drug one Line2D with NaN breaks."""
    by_drug: dict[str, list] = {}
    for dose in b.data.marked_doses:
        if b.start <= dose.time <= b.end:
            by_drug.setdefault(drugs.normalise(dose.drug), []).append(dose)
    keys: dict[str, list[Message]] = {}
    for drug, doses in sorted(by_drug.items(), key=lambda kv: kv[0] != "tocilizumab"):
        kind = (
            "tocilizumab"
            if drug == "tocilizumab"
            else "steroid"
            if drug in drugs.STEROIDS
            else "other"
        )
        name = drug_term(drug)
        infos: list[PointInfo | None] = []
        for dose in doses:
            amount = f"{dose.dose_mg:g} mg" if dose.dose_mg is not None else "—"
            info = PointInfo(f"dose:{drug}", name, dose.time, amount, dose.dose_mg, dose)
            infos += [info, info, None]
        xs, ys = vlines(b.data.x(dose.time) for dose in doses)
        for ax in axes:
            ax.plot(
                xs,
                ys,
                transform=ax.get_xaxis_transform(),
                gid=f"dose:{drug}",
                zorder=3,
                alpha=0.9,
                picker=True,
                pickradius=5,
                **(DOSE_STYLE[kind] | {"linewidth": DOSE_STYLE[kind]["linewidth"] * b.scale}),
            )
        b.register(f"dose:{drug}", infos)
        keys.setdefault(kind, []).append(name)
    for kind, names in keys.items():
        label = (
            render(names[0], b.lang)
            if kind == "tocilizumab"
            else b.t(f"trend.dose.{kind}", drugs=names)
        )
        b.legend[label] = Line2D([], [], **DOSE_STYLE[kind])
