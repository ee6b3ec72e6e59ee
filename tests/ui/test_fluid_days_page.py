"""The fluids page shows the per-fluid-day balance (clinical-rules §6): the current fluid
day with this entry and the days before, the numbers of the handover."""

from __future__ import annotations

from cart_bedside.logic.models import FluidCategory
from cart_bedside.reports import gather_handover
from cart_bedside.service.entry import fluid_days
from cart_bedside.ui.shift_entry.state import FLUIDS
from cart_bedside.ui.widgets.fluid_lines import format_ml, format_signed_ml
from tests.demo_ward import DEMO_NOW

from . import test_shift_entry_support as support

nurse, beds, open_entry, tapper = support.nurse, support.beds, support.open_entry, support.tapper


def test_the_fluids_page_shows_today_with_this_entry_and_the_days_before(
    qtbot, nurse, beds, open_entry, tapper
):
    ep = beds["06"]  # capillary leak: fluids and weights on several days
    entry = open_entry(ep)
    entry.go_to(FLUIDS)
    page = entry.fluids
    summary = fluid_days(nurse.service, ep)
    (sheet,) = gather_handover(nurse.service.repo, now=DEMO_NOW, bed="06").patients
    today, yesterday = summary.days[0].totals, summary.days[1].totals
    assert (today.net_ml, yesterday.net_ml) == (
        sheet.fluid.current_fluid_day.net_ml,
        sheet.fluid.previous_fluid_day.net_ml,
    )
    day_line, before = page.day_texts()
    assert page.fluid_day_totals() == (today.intake_ml, today.output_ml, today.net_ml)
    assert summary.days[0].start.strftime("%m-%d %H:%M") in day_line
    assert f"{format_signed_ml(today.net_ml)} mL" in day_line
    assert summary.days[1].start.strftime("%m-%d %H:%M") in before
    assert f"{format_ml(yesterday.intake_ml)} mL" in before
    weighed = [d for d in summary.days[1:3] if d.weight is not None]
    assert weighed and f"{weighed[0].weight.latest_kg:.1f} kg" in before

    assert f"{format_signed_ml(sheet.fluid.since_admission.net_ml)} mL" in before
    assert f"{format_signed_ml(sheet.cumulative.net_ml)} mL" in before  # since infusion

    tapper.tap(page.lines.category_button(FluidCategory.ORAL))
    tapper.tap(page.lines.quick_button(250))
    assert page.fluid_day_totals()[0] == today.intake_ml + 250
    assert f"{format_signed_ml(today.net_ml + 250)} mL" in page.day_texts()[0]
