"""What the screens read through the services instead of the repository (issue 13 item 3):
each read asks for the view role, as the rest of the service does."""

from __future__ import annotations

import pytest

from cart_bedside.logic.models import FluidCategory, FluidEntry
from cart_bedside.plots import trend_data_for
from cart_bedside.reports import gather_handover_for, record_print_for
from cart_bedside.service import PermissionDenied
from cart_bedside.service.entry import baseline_handwriting, shift_fluid_balance
from cart_bedside.service.wiring import worker_ward
from tests.demo_ward import DEMO_NOW, PINS


def test_reads_for_the_screens_need_a_signed_in_user(service):
    episode = service.repo.patients.occupied(DEMO_NOW)[0][1].episode_id
    for read in (
        service.display_names,
        service.physicians,
        lambda: trend_data_for(service, episode, DEMO_NOW),
        lambda: gather_handover_for(service, now=DEMO_NOW),
    ):
        with pytest.raises(PermissionDenied):
            read()
    # Before sign-in: the accounts to choose from and the ward's name only.
    assert {u.username for u in service.sign_in_accounts()} >= {"nurse", "doctor", "admin"}
    assert isinstance(service.ward_name(), str)


def test_signed_in_the_screens_read_what_the_repository_holds(service):
    service.sign_in("nurse", PINS["nurse"])
    (patient, info), *_ = service.repo.patients.occupied(DEMO_NOW)
    episode = info.episode_id
    assert service.patient(episode) == service.repo.patients.get_patient(episode)
    names = service.display_names()
    assert names["nurse"] == service.repo.people.get_user("nurse").display_name
    assert [u.username for u in service.physicians()] == ["doctor"]
    data = trend_data_for(service, episode, DEMO_NOW)
    assert data.patient.name == patient.name
    sheet = gather_handover_for(service, now=DEMO_NOW)
    assert info.bed in sheet.beds
    seq = record_print_for(service, sheet, "nurse", lang="en", destination="test")
    assert seq > 0
    before = shift_fluid_balance(service, episode, _shift(service))
    drink = FluidEntry(DEMO_NOW, FluidCategory.ORAL, 250.0)
    service.repo.charting.save_record(episode, drink, "nurse")
    after = shift_fluid_balance(service, episode, _shift(service))
    assert (after.intake_ml, after.output_ml) == (before.intake_ml + 250.0, before.output_ml)
    baseline = baseline_handwriting(service, episode)
    assert baseline is None or isinstance(baseline[0], bytes)


def test_a_locked_tablet_still_builds_a_form_but_reads_nothing_else(service):
    """The shift entry is built behind the lock wall (nothing typed is lost)."""
    episode = service.repo.patients.occupied(DEMO_NOW)[0][1].episode_id
    assert service.patient(episode).name  # nobody signed in: the form's patient
    with pytest.raises(PermissionDenied):
        service.display_names()


def test_a_worker_acts_for_the_signed_in_user_on_its_own_connection(service):
    service.sign_in("nurse", PINS["nurse"])
    with worker_ward(service.db_file(), clock=service.clock, username="nurse") as ward:
        assert ward.repo.conn is not service.repo.conn
        assert gather_handover_for(ward, now=DEMO_NOW).beds
    with worker_ward(service.db_file(), clock=service.clock) as ward:
        with pytest.raises(PermissionDenied):
            gather_handover_for(ward, now=DEMO_NOW)


def _shift(service):
    from cart_bedside.logic.shifts import shift_of

    return shift_of(DEMO_NOW, service.shift_settings())
