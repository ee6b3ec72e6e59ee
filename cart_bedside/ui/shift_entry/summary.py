"""The "this entry" lines of the review page, in the nurse's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...logic.icans import capd_scores_from_answers
from ...logic.models import KNOWN_VASOPRESSORS, O2Device
from ..widgets.numeric_keypad import format_number
from .state import VITAL_KEYS, ShiftEntryState

if TYPE_CHECKING:
    from .neuro_page import NeuroPage
    from .oxygen_page import OxygenPage
    from .vitals_page import VitalsPage


def _one_line(text: str) -> str:
    return " ".join(text.replace("✔", "").replace("□", "").split())


def entry_summary(
    state: ShiftEntryState, vitals: VitalsPage, oxygen: OxygenPage, neuro: NeuroPage
) -> list[str]:
    """One line per part of the entry, labels taken from the pages (already translated)."""
    lines = []
    when = state.observed_at.strftime("%m-%d %H:%M")
    observed = QCoreApplication.translate("EntrySummary", "Observed {time}").format(time=when)
    if vitals.is_late():
        observed += " · " + QCoreApplication.translate("EntrySummary", "late entry")
    lines.append(observed)

    parts = []
    for key in VITAL_KEYS:
        value = state.vitals.get(key)
        if value is not None:
            field = vitals.fields[key]
            parts.append(
                f"{field.label()} {format_number(value, field.decimals())} {field.unit()}".strip()
            )
    if state.weight_kg is not None:
        parts.append(f"{vitals.field_label('weight_kg')} {state.weight_kg:.1f} kg")
    lines.append(
        " · ".join(parts)
        if parts
        else QCoreApplication.translate("EntrySummary", "No vital signs entered.")
    )

    device = O2Device(state.o2_device)
    o2 = _one_line(oxygen.o2.button(device).text())
    if state.o2_flow_l_min is not None:
        o2 += f" {state.o2_flow_l_min:g} L/min"
    pressors = [
        _one_line(oxygen.vasopressors.button(n).text()) if n in KNOWN_VASOPRESSORS else n
        for n in state.vasopressors
    ]
    o2 += " · " + (
        QCoreApplication.translate("EntrySummary", "vasopressors: {names}").format(
            names=", ".join(pressors)
        )
        if pressors
        else QCoreApplication.translate("EntrySummary", "no vasopressors")
    )
    if state.fluid_bolus_for_hypotension:
        o2 += " · " + QCoreApplication.translate("EntrySummary", "fluid bolus for hypotension")
    lines.append(o2)

    lines.append(_neuro_line(state, neuro))
    intake, output, net = state.fluid_totals()
    lines.append(
        QCoreApplication.translate(
            "EntrySummary", "Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL"
        ).format(intake=f"{intake:g}", output=f"{output:g}", net=f"{net:+g}")
    )
    return lines


def _neuro_line(state: ShiftEntryState, neuro: NeuroPage) -> str:
    n = state.neuro
    if not n.has_content():
        return QCoreApplication.translate("EntrySummary", "No neuro assessment in this entry.")
    if neuro.uses_capd():
        if n.capd_unable:
            score = QCoreApplication.translate("EntrySummary", "CAPD: unable to perform")
        elif n.capd_answers and all(a is not None for a in n.capd_answers):
            total = sum(capd_scores_from_answers([a for a in n.capd_answers if a is not None]))
            score = f"CAPD {total}/32"
        else:
            score = QCoreApplication.translate("EntrySummary", "CAPD not done")
    elif n.ice_unable:
        score = QCoreApplication.translate("EntrySummary", "ICE: unable to perform")
    elif n.ice_items is not None:
        score = f"ICE {sum(n.ice_items)}/10"
    else:
        score = QCoreApplication.translate("EntrySummary", "ICE not done")
    if n.consciousness:
        score += " · " + _one_line(neuro.consciousness.button(n.consciousness).text())
    if n.handwriting_png:
        score += " · " + QCoreApplication.translate("EntrySummary", "handwriting sample")
    return score
