"""The per-fluid-day balance (clinical-rules §6) on a real ward database: the nurse's
fluids page and the handover read the same numbers, at the ward's fluid-day start."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from cart_bedside.logic.models import FluidCategory, FluidEntry
from cart_bedside.reports import gather_handover
from cart_bedside.service import AdminService
from cart_bedside.service.entry import fluid_days
from tests.demo_ward import DEMO_NOW, PINS

from .test_record_service import bed_of, sign_in

H = timedelta(hours=1)


def _set(service, fluid_day_start: str, shifts=None):
    sign_in(service, "admin")
    admin = AdminService(service, service.db_file())
    if shifts:
        admin.set_shifts(shifts, reason="12-hour shifts")
    admin.set_fluid_day_start(fluid_day_start, reason="the ward's fluid day")
    service.sign_out()
    service.refresh_settings()


def _numbers(summary):
    return [
        (d.start, d.totals.intake_ml, d.totals.output_ml, d.totals.net_ml, d.totals.entries)
        for d in summary.days
    ]


@pytest.mark.parametrize("start", ["07:00", "08:00", "20:00"])
def test_the_fluid_day_starts_when_the_ward_says(service, start):
    _set(service, start)
    sign_in(service, "nurse")
    summary = fluid_days(service, bed_of(service, "06"))
    hh, mm = (int(x) for x in start.split(":"))
    assert summary.days[0].start.time() == time(hh, mm)
    assert summary.days[0].start <= DEMO_NOW < summary.days[0].start + 24 * H
    assert summary.days[1].start == summary.days[0].start - 24 * H


def test_fluids_page_and_handover_show_the_same_fluid_days(service):
    """12-hour shifts, a 07:00 fluid day: the entry at 07:00 counts today, 06:59 yesterday."""
    _set(service, "07:00", [("day", "07:00"), ("night", "19:00")])
    sign_in(service, "nurse")
    ep = bed_of(service, "06")
    today = DEMO_NOW.replace(hour=7, minute=0)
    service.save_shift_entry(
        ep,
        PINS["nurse"],
        fluids=[
            FluidEntry(today, FluidCategory.ORAL, 333),
            FluidEntry(today - timedelta(minutes=1), FluidCategory.URINE, 222),
        ],
    )
    page = fluid_days(service, ep)
    (sheet,) = gather_handover(service.repo, now=DEMO_NOW, bed="06").patients
    assert _numbers(page) == _numbers(sheet.fluid)
    assert (
        page.days[0].start == today and page.days[0].totals.category_ml(FluidCategory.ORAL) >= 333
    )
    assert page.days[1].totals.category_ml(FluidCategory.URINE) >= 222
    assert page.since_admission == sheet.fluid.since_admission
    assert page.since_infusion == sheet.fluid.since_infusion == sheet.cumulative
    assert sum(d.totals.net_ml for d in page.days) == pytest.approx(page.since_admission.net_ml)
    assert [d.weight for d in page.days] == [d.weight for d in sheet.fluid.days]
    assert any(d.weight is not None and d.weight.change_kg > 0 for d in page.days)  # leak


def test_a_form_behind_the_lock_wall_still_reads_its_fluid_days(service):
    sign_in(service, "nurse")
    ep = bed_of(service, "06")
    signed_in = _numbers(fluid_days(service, ep))
    service.sign_out()
    assert _numbers(fluid_days(service, ep)) == signed_in
