"""The handover's HLH/MAS row (clinical-rules §4), shown while ``hlh_mas_suspected`` is
raised: the checklist's summary, then each item with what the app compared — the
numbers of the panel the alert opens (``logic.hlh`` via the episode view), and the upper
limits of normal compared, saying whether they are the ward laboratory's or the app's."""

from __future__ import annotations

from ..logic.hlh import HlhChecklist
from .page import Words


def hlh_lines(w: Words, check: HlhChecklist) -> list[str]:
    """One line for the summary, one per checklist item, one for the limits used."""
    lines = [w.t(check.summary)]
    lines += [
        w.t("handover.hlh_item", label=item.label, status=item.status_label, detail=item.detail)
        for item in check.items
    ]
    lines.append(w.t(check.limits_line))
    return lines
