"""The carry-forward service (issue 11 item 1) on the real demo ward database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import Consciousness, NeuroAssessment, O2Device, VitalSigns
from cart_bedside.service.entry import last_charted, review_entry
from cart_bedside.service.ward import PermissionDenied
from tests.demo_ward import PINS


@pytest.fixture
def nurse(service):
    service.sign_in("nurse", PINS["nurse"])
    return service


def bed(service, number):
    return next(e.episode_id for _p, e in service.occupied() if e.bed == number)


def test_last_charted_gives_display_names_not_logins(nurse):
    last = last_charted(nurse, bed(nurse, "01"))
    assert last.support.o2_device is O2Device.NASAL_CANNULA and last.support.o2_flow_l_min == 4
    assert last.support_by == nurse.repo.people.get_user("nurse").display_name != "nurse"
    assert last.consciousness is not None and last.consciousness_by == last.support_by


def test_last_charted_needs_a_signed_in_user(service):
    with pytest.raises(PermissionDenied):
        last_charted(service, "any episode")


def test_review_of_a_recheck_without_oxygen_says_so_and_flags_the_drop(nurse, clock):
    ep = bed(nurse, "01")
    vitals = VitalSigns(clock.t, temp_c=38.6, hr=100, sbp=118, dbp=70, rr=18, spo2=96)
    review = review_entry(
        nurse, ep, vitals=vitals, neuro=NeuroAssessment(clock.t, consciousness=Consciousness.ALERT)
    )
    assert [render(c, "en") for c in review.changes] == [
        "oxygen stopped: nasal cannula 4 L/min → room air"
    ]
    assert [(d.kind, d.before, d.after) for d in review.drops] == [("CRS", 2, 1)]
    # Nothing was saved by the review.
    assert nurse.assessment(ep).crs.grade == 2


def test_review_of_an_unchanged_support_keeps_the_grade(nurse, clock):
    ep = bed(nurse, "01")
    vitals = VitalSigns(
        clock.t + timedelta(minutes=1),
        temp_c=38.6,
        sbp=118,
        o2_device=O2Device.NASAL_CANNULA,
        o2_flow_l_min=4.0,
    )
    review = review_entry(nurse, ep, vitals=vitals)
    assert review.drops == [] and review.changes[0].code == "entry.change.none"
