"""The bed card asks the patient (``uses_capd``), not the age, whether it shows ICE or CAPD."""

from __future__ import annotations

import dataclasses

from .test_board import board, card_by_bed, signed_in, zh

_FIXTURES = (board, signed_in, zh)


def test_a_developmentally_delayed_teenager_shows_capd_and_an_adult_ice(board):
    widget = card_by_bed(board, "03")
    card = dataclasses.replace(widget.card(), last_ice=8, last_capd=10)
    delayed = dataclasses.replace(card, age_years=14, uses_capd=True)
    assert widget.neuro_text(delayed) == widget.tr("CAPD {score}").format(score=10)
    adult = dataclasses.replace(card, age_years=40, uses_capd=False)
    assert widget.neuro_text(adult) == widget.tr("ICE {score}/10").format(score=8)
    child_without_capd = dataclasses.replace(card, age_years=8, uses_capd=True, last_capd=None)
    assert widget.neuro_text(child_without_capd) == widget.tr("ICE {score}/10").format(score=8)
