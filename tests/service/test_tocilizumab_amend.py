"""A nurse cannot dodge the tocilizumab limits by rewriting an earlier dose (issue 15 item 4).

Real SQLite (the demo ward file), the record service as the UI calls it. Two doses
within 8 h put the third behind the interval limit; a nurse then tries to make room
by amending an earlier dose into another drug, moving its time, or withdrawing it.
Each is refused with nothing stored, and the third dose still needs a physician's
override. A physician may correct such a dose (audited, with the reason).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.service import DoseLimitError, PermissionDenied, RecordService
from tests.demo_ward import DEMO_NOW, PINS

from .test_record_service import admit, record_dose, sign_in

H = timedelta(hours=1)


@pytest.fixture
def record(service):
    return RecordService(service)


@pytest.fixture
def two_doses(service, record, clock):
    """Tocilizumab 9 h ago and now (nurse); a third now is within 8 h of the second."""
    episode_id = admit(service, record)
    clock.t = DEMO_NOW - 9 * H + timedelta(minutes=5)
    first = record_dose(record, episode_id, "tocilizumab", 560, DEMO_NOW - 9 * H, "IV", "doctor")
    clock.t = DEMO_NOW
    second = record_dose(record, episode_id, "tocilizumab", 560, DEMO_NOW, "IV", "doctor")
    clock.t = DEMO_NOW + 2 * H
    return episode_id, saved_dose(service, first), saved_dose(service, second)


def saved_dose(service, recorded):
    """The stored version (with its id) of a dose just recorded."""
    return service.repo.charting.get_record(recorded.record_id)


def third_dose(record, episode_id, clock):
    return record_dose(record, episode_id, "tocilizumab", 560, clock.t, "IV", "doctor")


def stored(service, episode_id):
    return [(d.drug, d.time) for d in service.repo.queries.medications(episode_id)]


@pytest.mark.parametrize(
    "rewrite",
    [
        pytest.param(lambda d: replace(d, drug="dexamethasone", dose_mg=10), id="other drug"),
        pytest.param(lambda d: replace(d, time=d.time - 12 * H), id="moved earlier"),
        pytest.param(lambda d: replace(d, drug="siltuximab"), id="anti-cytokine"),
    ],
)
def test_a_nurse_cannot_rewrite_a_tocilizumab_dose_to_give_another(
    service, record, clock, two_doses, rewrite
):
    episode_id, _first, second = two_doses
    before = stored(service, episode_id)
    with pytest.raises(DoseLimitError):
        third_dose(record, episode_id, clock)
    with pytest.raises(PermissionDenied) as denied:
        record.history.amend(episode_id, second.meta.id, rewrite(second), "wrong drug charted")
    assert "physician" in render(denied.value.message, "en")
    assert "医生" in render(denied.value.message, "zh_CN")
    assert stored(service, episode_id) == before  # nothing stored
    assert service.repo.audit_log.audit_entries(record_id=second.meta.id, action="amend") == []
    with pytest.raises(DoseLimitError):  # the limit still holds
        third_dose(record, episode_id, clock)
    assert len(service.repo.queries.medications(episode_id)) == 2


def test_a_nurse_cannot_withdraw_a_tocilizumab_dose_to_give_another(
    service, record, clock, two_doses
):
    episode_id, _first, second = two_doses
    with pytest.raises(PermissionDenied):
        record.history.entered_in_error(episode_id, second.meta.id, "charted twice")
    assert len(service.repo.queries.medications(episode_id)) == 2
    with pytest.raises(DoseLimitError):
        third_dose(record, episode_id, clock)


def test_a_nurse_cannot_turn_another_dose_into_tocilizumab_past_the_limit(
    service, record, clock, two_doses
):
    episode_id, _first, _second = two_doses
    other = saved_dose(
        service, record_dose(record, episode_id, "paracetamol", 1000, clock.t, "PO", "doctor")
    )
    with pytest.raises(DoseLimitError):
        record.history.amend(
            episode_id, other.meta.id, replace(other, drug="tocilizumab", dose_mg=560), "x"
        )
    with pytest.raises(PermissionDenied):  # nor override the limit while doing it
        record.history.amend(
            episode_id,
            other.meta.id,
            replace(other, drug="tocilizumab", dose_mg=560, override_reason="needed"),
            "wrong drug charted",
        )
    assert [d.drug for d in service.repo.queries.medications(episode_id)].count("tocilizumab") == 2


def test_a_nurse_may_correct_the_amount_a_physician_the_drug(service, record, clock, two_doses):
    episode_id, first, second = two_doses
    record.history.amend(episode_id, first.meta.id, replace(first, dose_mg=500), "pump read 500 mg")
    assert sorted(d.dose_mg for d in service.repo.queries.medications(episode_id)) == [500, 560]
    with pytest.raises(DoseLimitError):
        third_dose(record, episode_id, clock)

    sign_in(service, "doctor")
    saved = record.history.amend(
        episode_id,
        second.meta.id,
        replace(second, drug="siltuximab", dose_mg=770),
        "siltuximab was given, charted as tocilizumab",
    )
    (amend,) = service.repo.audit_log.audit_entries(
        record_id=saved.ids["medication"], action="amend"
    )
    assert amend.actor == "doctor" and "siltuximab was given" in amend.reason
    sign_in(service, "nurse")
    assert third_dose(record, episode_id, clock).overridden == ()  # one dose in 8 h now
    assert PINS  # the nurse signed with her own PIN (record_dose)
