"""The review page's dose and tocilizumab-count texts (in the ReviewPage translation context)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...logic.assessment import Assessment
from ...logic.messages import Message


def dose_text(a: Assessment, render: Callable[[Message], str]) -> str:
    """What the rules make of the tocilizumab dose for this patient."""
    dose = a.dose
    parts = []
    if dose.dose_mg is None:
        parts.append(
            QCoreApplication.translate("ReviewPage", "No dose: the patient's weight is missing.")
        )
    else:
        weighed = dose.weight_time.strftime("%m-%d %H:%M") if dose.weight_time else "–"
        parts.append(
            QCoreApplication.translate(
                "ReviewPage",
                "Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})",
            ).format(
                dose=f"{dose.dose_mg:g}",
                per_kg=f"{dose.mg_per_kg:g}",
                weight=f"{dose.weight_kg:.1f}",
                when=weighed,
            )
        )
        if dose.capped:
            parts.append(
                QCoreApplication.translate("ReviewPage", "Capped at the maximum single dose.")
            )
    parts += [render(m) for m in dose.warnings]
    if a.plan.suggests_tocilizumab:
        parts.append(
            QCoreApplication.translate(
                "ReviewPage", "The protocol step for these grades includes tocilizumab."
            )
        )
    return "\n".join(parts)


def ledger_text(a: Assessment) -> str:
    """Doses given and remaining, and when the next one is allowed."""
    ledger = a.ledger
    given = QCoreApplication.translate(
        "ReviewPage", "Doses given: {given}; remaining: {remaining} of {total}."
    ).format(
        given=ledger.doses_total,
        remaining=ledger.doses_remaining,
        total=ledger.limits.max_total,
    )
    if ledger.limit_reached and ledger.doses_remaining == 0:
        nxt = QCoreApplication.translate(
            "ReviewPage", "No further dose allowed (maximum number of doses reached)."
        )
    elif ledger.allowed_now:
        nxt = QCoreApplication.translate("ReviewPage", "Next dose allowed: now.")
    elif ledger.next_allowed_at is not None:
        nxt = QCoreApplication.translate(
            "ReviewPage", "Next dose allowed: not before {time}."
        ).format(time=ledger.next_allowed_at.strftime("%m-%d %H:%M"))
    else:
        nxt = QCoreApplication.translate("ReviewPage", "No further dose allowed now.")
    return f"{given}\n{nxt}"
