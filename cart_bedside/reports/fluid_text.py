"""The handover's fluid-balance cell (clinical-rules §6): the handed-over shift, the
current fluid day so far and the one before (the ward's fluid-day start), and the
cumulative nets since infusion and since admission — the numbers of
:meth:`~cart_bedside.service.episode_view.EpisodeView.fluid_summary`, as the
nurse's fluids page shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..logic.messages import Message
from .page import Words, balance_text

if TYPE_CHECKING:
    from .data import PatientSheet


def balance_lines(w: Words, shift_words: Message, ps: PatientSheet) -> str:
    """The lines of the handover's "balance" row, one per interval."""
    fl = ps.fluid
    lines = [
        w.t("handover.balance.shift", shift=shift_words, text=balance_text(w, ps.shift_balance)),
        w.t(
            "handover.balance.fluid_day",
            start=w.when(fl.current_fluid_day.start),
            text=balance_text(w, fl.current_fluid_day),
        ),
        w.t(
            "handover.balance.previous_day",
            start=w.when(fl.previous_fluid_day.start),
            text=balance_text(w, fl.previous_fluid_day),
        ),
    ]
    infused = ps.infusion_time is not None and ps.infusion_time <= fl.at
    if infused:
        lines.append(w.t("handover.balance.cumulative", text=balance_text(w, fl.since_infusion)))
    lines.append(w.t("handover.balance.since_admission", text=balance_text(w, fl.since_admission)))
    return "\n".join(lines)
