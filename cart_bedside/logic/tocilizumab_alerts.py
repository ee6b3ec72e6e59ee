"""Alerts of the tocilizumab limits and of tocilizumab with ICANS (clinical-rules §2.4)."""

from __future__ import annotations

from collections.abc import Sequence

from .findings import Alert, Level, Severity, Worsening
from .messages import Message, msg
from .models import MedicationDose
from .tocilizumab import Ledger, TocilizumabLimits, past_limit_breaches


def limit_message(limit: str, limits: TocilizumabLimits) -> Message:
    """One broken tocilizumab limit in words, with the ward's values."""
    if limit == "interval":
        return msg("tocilizumab.limit.interval", hours=limits.min_interval.total_seconds() / 3600)
    count = limits.max_per_24h if limit == "per_24h" else limits.max_total
    return msg(f"tocilizumab.limit.{limit}", count=count)


def tocilizumab_alerts(ledger: Ledger, doses: Sequence[MedicationDose]) -> list[Alert]:
    """§2.4: a limit used up (total, or 3 in 24 h), or doses already given past a limit.

    Doses given past a limit make one alert (the latest, and how many), not
    one per dose: a nurse reads one line, and the time stays linear.
    """
    out = []
    worse = Worsening((Level("tocilizumab_doses", ledger.doses_total),))
    blocking = [b for b in ledger.blocked_by if b in ("per_24h", "total")]
    if blocking:
        out.append(
            Alert(
                "tocilizumab_limit",
                msg(
                    "alert.tocilizumab_limit",
                    limits=tuple(limit_message(b, ledger.limits) for b in blocking),
                    total=ledger.doses_total,
                    last_24h=ledger.doses_last_24h,
                ),
                Severity.WARNING,
                "source.seed001.table4",
                worse,
            )
        )
    breaches = past_limit_breaches(doses, ledger.at, ledger.limits)
    if breaches:  # one line for all of them: the latest, and how many
        when, broken = breaches[-1]
        limits = tuple(limit_message(b, ledger.limits) for b in broken)
        time = when.strftime("%m-%d %H:%M")
        message = (
            msg("alert.tocilizumab_limit_broken", time=time, limits=limits)
            if len(breaches) == 1
            else msg(
                "alert.tocilizumab_limit_broken_many", count=len(breaches), time=time, limits=limits
            )
        )
        out.append(
            Alert("tocilizumab_limit", message, Severity.WARNING, "source.seed001.table4", worse)
        )
    return out


def tocilizumab_icans(icans_grade: int, suggests_tocilizumab: bool) -> list[Alert]:
    """§2.4: tocilizumab may raise CSF IL-6 and worsen ICANS; siltuximab is the alternative."""
    if icans_grade >= 1 and suggests_tocilizumab:
        return [
            Alert(
                "tocilizumab_may_worsen_icans",
                msg("alert.tocilizumab_may_worsen_icans", icans=icans_grade),
                Severity.WARNING,
                "source.seed004.s2_4",
                Worsening((Level("icans_grade", icans_grade),)),
            )
        ]
    return []
