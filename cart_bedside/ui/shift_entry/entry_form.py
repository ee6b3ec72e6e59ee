"""Between the pages and :class:`ShiftEntryState`: read the form, fill it, tick the steps."""

from __future__ import annotations

from .carry_forward import CarryForward
from .entry_pages import EntryPages
from .state import FLUIDS, NEURO, OXYGEN, VITAL_KEYS, VITALS, ShiftEntryState
from .step_bar import StepBarWidget


def collect(
    pages: EntryPages, carry: CarryForward, step: int, confirmations: dict[str, str]
) -> ShiftEntryState:
    """The whole form as it is on screen."""
    vitals, oxygen = pages.vitals, pages.oxygen
    state = ShiftEntryState(observed_at=vitals.observed_at(), step=step)
    state.vitals = vitals.values()
    state.weight_kg = vitals.weight_kg()
    state.o2_device = oxygen.device().value
    state.o2_flow_l_min = oxygen.flow()
    state.vasopressors = list(oxygen.pressors())
    state.fluid_bolus_for_hypotension = oxygen.bolus_given()
    state.neuro = pages.neuro.state()
    state.fluids = pages.fluids.values()
    state.confirmations = dict(confirmations)
    state.support_answered = oxygen.answered()
    state.last_support = carry.last_support()
    return state


def fill(pages: EntryPages, carry: CarryForward, state: ShiftEntryState) -> None:
    """Put ``state`` on the pages (the last support first when it was not answered)."""
    carry.prefill(state)
    vitals, oxygen = pages.vitals, pages.oxygen
    oxygen.set_answered(state.support_answered)
    vitals.set_values(state.vitals)
    vitals.set_weight_kg(state.weight_kg)
    vitals.set_observed_at(state.observed_at)
    oxygen.set_oxygen(state.o2_device, state.o2_flow_l_min)
    oxygen.set_pressors(state.vasopressors)
    oxygen.set_bolus_given(state.fluid_bolus_for_hypotension)
    pages.neuro.set_state(state.neuro)
    pages.fluids.set_values(state.fluids)


def tick(steps: StepBarWidget, state: ShiftEntryState) -> None:
    """A tick on each step that has something in it."""
    steps.set_done(VITALS, any(state.vitals.get(k) is not None for k in VITAL_KEYS))
    steps.set_done(OXYGEN, state.support_answered)
    steps.set_done(NEURO, state.neuro.has_content())
    steps.set_done(FLUIDS, bool(state.fluids))
