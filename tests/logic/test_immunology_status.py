"""IgG/IVIG and HBV follow-up as the Labs tab shows it (clinical-rules §7)."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.followup_line import Flag
from cart_bedside.logic.immunology_status import (
    hbv_at_risk,
    hbv_followup,
    ivig_followup,
    monthly_igg_tasks,
    next_igg_check,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult, MedicationDose, Patient
from cart_bedside.logic.schedule import monitoring_tasks

INF = datetime(2026, 11, 1, 10, 0)
PLAIN = Patient(age_years=40, sex="F")


def day(n: float) -> datetime:
    return INF + timedelta(days=n)


def lab(n: float, name: str, value: float) -> LabResult:
    return LabResult(day(n), name, value)


def igg_tasks(labs, at):
    records = {"igg": [x for x in labs if x.name == "igg"]}
    tasks = monitoring_tasks(INF, None, [], records, INF, day(130), at)
    return [t for t in tasks if t.kind == "igg"]


def ivig(igg=None, at=None, patient=PLAIN, protocol="tci-1203-2025", extra=()):
    at = at or day(20)
    labs = ([lab(10, "igg", igg)] if igg is not None else []) + list(extra)
    return ivig_followup(patient, INF, at, labs, protocol)


@pytest.mark.parametrize(
    ("igg", "protocol", "infection", "flag", "code"),
    [
        (None, "tci-1203-2025", False, Flag.INFO, "ivig.no_igg"),
        (3.9, "tci-1203-2025", False, Flag.WARNING, "alert.ivig_suggested"),
        # 4.0 g/L: IVIG under tci-1203-2025 (seed 000 ≤ 4), not under the others (< 4)
        (4.0, "tci-1203-2025", False, Flag.WARNING, "alert.ivig_suggested"),
        (4.0, "mm-2022", False, Flag.OK, "ivig.reason.no_action"),
        (6.0, "tci-1203-2025", True, Flag.WARNING, "alert.ivig_suggested"),
        (6.1, "tci-1203-2025", True, Flag.WARNING, "alert.immunoglobulin_workup_suggested"),
        (6.0, "tci-1203-2025", False, Flag.OK, "ivig.reason.no_action"),
    ],
)
def test_igg_line(igg, protocol, infection, flag, code):
    patient = Patient(age_years=40, conditions=("active_infection",) if infection else ())
    line = ivig(igg, patient=patient, protocol=protocol)[0]
    assert (line.flag, line.title.code) == (flag, code)
    expected = "source.seed000.s7_1" if (igg, protocol) == (4.0, "tci-1203-2025") else None
    assert line.source == (expected or "source.seed001.igg")


@pytest.mark.parametrize(
    ("at", "igg", "flag", "code"),
    [
        (day(-2), None, Flag.ENDED, "ivig.not_started"),
        (day(20), 7.0, Flag.INFO, "ivig.routine_monthly"),
        (datetime(2027, 5, 1, 9, 59), 7.0, Flag.INFO, "ivig.routine_monthly"),
        (datetime(2027, 5, 1, 10, 0), 7.0, Flag.ENDED, "ivig.routine_ended"),
        # after 6 months IgG ≤ 4 g/L continues monthly IVIG (seed 000 7.1.3)
        (datetime(2027, 5, 1, 10, 0), 4.0, Flag.INFO, "ivig.continue_high_risk"),
    ],
)
def test_plan_line(at, igg, flag, code):
    labs = [LabResult(at - timedelta(days=1), "igg", igg)] if igg is not None else []
    line = ivig_followup(PLAIN, INF, at, labs, "tci-1203-2025")[1]
    assert (line.flag, line.title.code, line.source) == (flag, code, "source.seed000.s7_1")
    assert bool(line.details) == (code == "ivig.routine_monthly")  # B cells not recorded


@pytest.mark.parametrize(
    ("labs", "at", "flag", "code", "month"),
    [
        ([], day(20), Flag.INFO, "ivig.check.next", 1),
        # the window opens 7 days before the due date (2026-12-01 10:00)
        ([], datetime(2026, 11, 24, 10, 0), Flag.DUE, "ivig.check.due_now", 1),
        ([], datetime(2026, 11, 24, 9, 59), Flag.INFO, "ivig.check.next", 1),
        ([], day(40), Flag.DUE, "ivig.check.overdue", 1),
        ([lab(29, "igg", 7.0)], day(40), Flag.INFO, "ivig.check.next", 2),
        (
            [lab(29, "igg", 7), lab(61, "igg", 7), lab(92, "igg", 7)],
            day(100),
            Flag.OK,
            "ivig.check.all_done",
            None,
        ),
    ],
)
def test_next_igg_check(labs, at, flag, code, month):
    line = next_igg_check(igg_tasks(labs, at), at)
    assert (line.flag, line.title.code, line.title.params.get("month")) == (flag, code, month)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.floats(-10, 120), max_size=6),
    st.floats(-5, 130),
)
def test_monthly_igg_tasks_are_the_schedules(days, now_day):
    """The follow-up's IgG tasks are exactly the monitoring schedule's (one rule, two readers)."""
    labs = [lab(d, "igg", 5.0) for d in days]
    at = day(now_day)
    ours = monthly_igg_tasks(INF, labs, at)
    assert [(t.due_at, t.status, t.done_by) for t in ours] == [
        (t.due_at, t.status, t.done_by) for t in igg_tasks(labs, at)
    ]


def test_no_igg_tasks():
    assert next_igg_check((), day(3)).title.code == "ivig.check.none"


MALE_60 = Patient(age_years=60, sex="M", hbv_status="hbsag_negative_anti_hbc_positive")


@pytest.mark.parametrize(
    ("patient", "labs", "codes", "flag"),
    [
        (Patient(age_years=60, sex="M", hbv_status="negative"), [], ["hbv_status"], Flag.OK),
        (Patient(age_years=60, sex="M"), [], ["hbv_status", "hbv_risk"], Flag.DUE),
        (MALE_60, [], ["hbv_status", "hbv_risk", "hbv_monitoring", "hbv_antiviral"], Flag.WARNING),
        (
            Patient(age_years=30, hbv_status="negative"),
            [lab(5, "hbv_dna", 20.0)],  # at the detection limit: positive
            ["hbv_status", "hbv_risk", "hbv_monitoring", "hbv_antiviral"],
            Flag.WARNING,
        ),
        (
            Patient(age_years=30, hbv_status="negative"),
            [lab(5, "hbv_dna", 19.9)],
            ["hbv_status"],
            Flag.OK,
        ),
        (
            Patient(age_years=30, hbv_status="negative"),
            [lab(5, "hbsag", 1)],
            ["hbv_status", "hbv_risk", "hbv_monitoring", "hbv_antiviral"],
            Flag.WARNING,
        ),
    ],
)
def test_hbv_lines(patient, labs, codes, flag):
    lines = hbv_followup(patient, INF, day(10), labs)
    assert [x.code for x in lines] == codes
    assert lines[0].flag is flag


def test_hbv_at_risk_lines_say_what_to_monitor_and_whether_an_analogue_is_given():
    labs = [lab(-3, "hbv_dna", 10.0)]
    lines = {x.code: x for x in hbv_followup(MALE_60, INF, day(10), labs)}
    assert lines["hbv_status"].title.code == "hbv.status.past_infection"
    assert [m.code for m in lines["hbv_risk"].title.params["factors"]] == [
        "hbv.risk.male",
        "hbv.risk.age_50",
    ]
    monitoring = lines["hbv_monitoring"]
    assert monitoring.title.params["until"] == "2027-05-01"
    assert monitoring.details[0].code == "hbv.latest_dna" and monitoring.flag is Flag.INFO
    assert lines["hbv_antiviral"].flag is Flag.DUE
    assert lines["hbv_antiviral"].source == "source.seed000.table4"
    given_na = [MedicationDose(day(9), "恩替卡韦", 0.5, "PO")]
    antiviral = hbv_followup(MALE_60, INF, day(10), labs, given_na)[3]
    assert antiviral.flag is Flag.OK
    assert "恩替卡韦" in render(antiviral.details[0], "zh_CN")
    assert "entecavir" in render(antiviral.details[0], "en")
    # eight days later the dose is no longer "recorded"
    assert hbv_followup(MALE_60, INF, day(17.1), labs, given_na)[3].flag is Flag.DUE
    no_dna = {x.code: x for x in hbv_followup(MALE_60, INF, day(10), [])}
    assert no_dna["hbv_monitoring"].flag is Flag.DUE


def test_unknown_status_asks_for_serology_with_its_source():
    status = hbv_followup(Patient(age_years=20), INF, day(1), [])[0]
    assert status.source == "source.seed000.s5_1_3_1"
    assert "HBV DNA" in render(status.title, "zh_CN")


@settings(max_examples=80, deadline=None)
@given(st.floats(0, 1e6, allow_nan=False), st.floats(0, 1))
def test_at_risk_exactly_when_a_result_is_positive(dna, sag):
    labs = [lab(1, "hbv_dna", dna), lab(1, "hbsag", sag)]
    patient = Patient(age_years=30, hbv_status="negative")
    assert hbv_at_risk(patient, labs, day(2)) == (dna >= 20.0 or sag >= 0.5)
