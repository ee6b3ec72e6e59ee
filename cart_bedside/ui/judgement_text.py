"""Short texts for a board card: NEWS2 beside the ICE score, a physician's corrected grade."""

from __future__ import annotations

from ..service import BedCard


def news2_text(card: BedCard) -> str:
    """ "NEWS2 7‼" (‼ emergency, ! urgent review): beside the grades, never instead (§12)."""
    score = card.news2
    if score is None or score.total is None or score.band is None:
        return ""
    mark = {"urgent_review": "!", "emergency": "‼"}.get(score.band.value, "")
    return f"NEWS2 {score.total}{mark}"


def corrected_text(card: BedCard, template: str) -> str:
    """ "✔ CRS computed 2" when a physician's different grade stands (§11), else ""."""
    corrected = [s for s in (card.crs_shown, card.icans_shown) if s is not None and s.differs]
    if not corrected:
        return ""
    return "✔ " + ", ".join(
        template.format(kind=s.syndrome.upper(), grade=s.computed) for s in corrected
    )
