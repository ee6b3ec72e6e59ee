"""Revised rules of wave 2: §2.2 episode edges at the same minute and SpO2 on room air,
§4 HLH "no improvement in 12 h" and ICU wording, §7 IgG per protocol, sources by population."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.alerts import hlh_mas, icu_transfer
from cart_bedside.logic.assessment import assess
from cart_bedside.logic.crs import crs_timeline
from cart_bedside.logic.immunology import ivig_alerts
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult, MedicationDose, O2Device, Patient, VitalSigns

INFUSION = datetime(2026, 11, 1, 10, 0)
T = datetime(2026, 11, 3, 8, 0)


def at(hours=0.0, seconds=0):
    return T + timedelta(hours=hours, seconds=seconds)


def vs(time, temp=37.0, sbp=120, device=O2Device.ROOM_AIR, flow=None, spo2=97.0, pressors=()):
    return VitalSigns(
        time=time,
        temp_c=temp,
        hr=100,
        sbp=sbp,
        dbp=55,
        rr=18,
        spo2=spo2,
        o2_device=device,
        o2_flow_l_min=flow,
        vasopressors=tuple(pressors),
    )


def dose(time, drug="acetaminophen", mg=1000):
    return MedicationDose(time, drug, mg)


def grades(vitals, doses):
    return [p.grade for p in crs_timeline(vitals, doses, INFUSION, 54).points]


# --- §2.2 same-minute edges ------------------------------------------------------------------

LATER_AFEBRILE_HYPOTENSION_ON_O2 = vs(at(3), sbp=84, device=O2Device.NASAL_CANNULA, flow=2)


@pytest.mark.parametrize(
    ("dose_time", "drug", "later_grade"),
    [
        (at(0), "tocilizumab", 2),  # same minute as the opening fever: in the episode
        (at(0, seconds=40), "tocilizumab", 2),  # same charted minute, seconds later
        (at(0) - timedelta(seconds=1), "acetaminophen", 0),  # the minute before: outside
        (at(0) - timedelta(minutes=1), "acetaminophen", 0),  # premedication-like: outside
        (at(1 / 60), "acetaminophen", 2),  # one minute later: in the episode
    ],
)
def test_dose_at_the_minute_of_the_opening_fever(dose_time, drug, later_grade):
    fever = vs(at(0, seconds=30), temp=38.7)
    assert (
        grades([fever, LATER_AFEBRILE_HYPOTENSION_ON_O2], [dose(dose_time, drug)])[-1]
        == later_grade
    )


def test_dose_at_the_minute_of_the_closing_record_does_not_reopen():
    fever = vs(at(0), temp=38.7)
    closing = vs(at(2))  # no fever, no hypotension, no hypoxia
    assert grades(
        [fever, closing, LATER_AFEBRILE_HYPOTENSION_ON_O2], [dose(at(2), "tocilizumab")]
    ) == [1, 0, 0]


def test_dose_after_the_closing_minute_is_outside_any_episode():
    fever = vs(at(0), temp=38.7)
    closing = vs(at(2))
    assert grades(
        [fever, closing, LATER_AFEBRILE_HYPOTENSION_ON_O2], [dose(at(2) + timedelta(minutes=1))]
    ) == [1, 0, 0]


@pytest.mark.parametrize(
    ("spo2", "device", "flow", "episode_open"),
    [
        (86.0, O2Device.ROOM_AIR, None, True),  # desaturated on room air: not recovered
        (89.9, O2Device.ROOM_AIR, None, True),
        (90.0, O2Device.ROOM_AIR, None, False),  # 90 % is not < 90 %
        (97.0, O2Device.ROOM_AIR, None, False),
        (None, O2Device.ROOM_AIR, None, False),  # no SpO2 measured: not shown to be hypoxic
        (86.0, O2Device.NASAL_CANNULA, 2, True),  # on oxygen: hypoxia grade itself keeps it open
    ],
)
def test_spo2_below_90_on_room_air_keeps_the_episode_open(spo2, device, flow, episode_open):
    fever = vs(at(0), temp=38.7)
    afebrile = vs(at(1), spo2=spo2, device=device, flow=flow)
    tl = crs_timeline(
        [fever, afebrile, LATER_AFEBRILE_HYPOTENSION_ON_O2], [dose(at(0.5))], INFUSION, 54
    )
    assert tl.points[1].in_episode is episode_open
    assert (tl.grade == 2) is episode_open


def test_issue_12_cases_through_assess():
    """The validation team's two cases: graded 0 before, 2 now."""
    patient = Patient(age_years=54, weight_kg=70)
    fever = vs(at(0), temp=38.6)
    a = assess(
        patient,
        INFUSION,
        [fever, LATER_AFEBRILE_HYPOTENSION_ON_O2],
        medications=[dose(at(0), "tocilizumab", 560)],
    )
    assert a.crs_grade == 2
    b = assess(
        patient,
        INFUSION,
        [fever, vs(at(1), spo2=86.0), LATER_AFEBRILE_HYPOTENSION_ON_O2],
        medications=[dose(at(0.5))],
    )
    assert b.crs_grade == 2
    assert "hypotension_or_hypoxia_without_fever" not in b.alert_codes()


# --- §4 HLH/MAS: no improvement within 12 h ---------------------------------------------------


def hlh(vitals, doses, now):
    tl = crs_timeline(vitals, doses, INFUSION, 54)
    return [a.code for a in hlh_mas(tl, doses, [], now)]


G2 = dict(sbp=84)  # hypotension without vasopressor, fever masked by the dose


@pytest.mark.parametrize(
    ("records", "now", "suspected"),
    [
        # grade 2 before the dose; stays 2 through 12 h → suspected once 12 h have passed
        ([(0, 38.8, G2), (6, 37.2, G2), (12, 37.2, G2)], 13, True),
        ([(0, 38.8, G2), (6, 37.2, G2)], 11.9, False),  # 12 h not yet passed
        ([(0, 38.8, G2), (6, 37.2, G2)], 13, True),  # no record after 12 h needed
        # improved to 1 at 6 h, back to 2 at 10 h: improvement counts (revised)
        ([(0, 38.8, G2), (6, 38.2, {}), (10, 37.2, G2), (14, 37.2, G2)], 14, False),
        # improved only after the 12 h: no improvement within 12 h → suspected
        ([(0, 38.8, G2), (6, 37.2, G2), (13, 38.2, {})], 13, True),
        # worse (grade 3) throughout: suspected
        ([(0, 38.8, G2), (6, 37.2, dict(pressors=("norepinephrine",)))], 13, True),
    ],
)
def test_hlh_no_improvement_in_12_h(records, now, suspected):
    vitals = [vs(at(h), temp=temp, **kw) for h, temp, kw in records]
    doses = [dose(at(0), "tocilizumab", 560)]  # same minute as the opening fever
    assert (hlh(vitals, doses, at(now)) == ["hlh_mas_suspected"]) is suspected


def test_hlh_not_after_the_episode_ended():
    vitals = [vs(at(0), temp=38.8, **G2), vs(at(6)), vs(at(13))]
    assert hlh(vitals, [dose(at(0), "tocilizumab", 560)], at(13)) == []


# --- §4 ICU wording at the source's strength -------------------------------------------------


@pytest.mark.parametrize(
    ("crs", "icans", "myeloma", "protocol", "zh", "en", "source"),
    [
        (
            3,
            0,
            False,
            "tci-1203-2025",
            "必要时入住 ICU",
            "ICU admission if needed",
            "source.seed000.table1",
        ),
        (
            4,
            0,
            False,
            "tci-1203-2025",
            "入住 ICU 并予高级生命支持",
            "advanced life support",
            "source.seed000.table1",
        ),
        (0, 3, True, "mm-2022", "建议转入 ICU", "transfer to ICU advised", "source.seed001.table5"),
        (
            0,
            4,
            True,
            "mm-2022",
            "建议机械通气",
            "mechanical ventilation advised",
            "source.seed001.table5",
        ),
        (
            2,
            2,
            True,
            "mm-2022",
            "考虑转入 ICU",
            "consider transfer to ICU",
            "source.seed001.table5",
        ),
        (
            2,
            2,
            False,
            "tci-1203-2025",
            "评估是否需要入住 ICU",
            "assess whether ICU care is needed",
            "source.seed000.table2",
        ),
        (
            0,
            3,
            False,
            "tci-1203-2025",
            "必要时转入 ICU",
            "transfer to ICU if needed",
            "source.seed000.table2",
        ),
        (
            1,
            3,
            False,
            "review-astct",
            "应在 ICU 管理",
            "should be managed in ICU",
            "source.seed004.s2_4",
        ),
    ],
)
def test_icu_alert_keeps_the_source_strength(crs, icans, myeloma, protocol, zh, en, source):
    (alert,) = icu_transfer(crs, icans, myeloma, protocol)
    assert alert.code == "icu_transfer_suggested"
    assert zh in render(alert.message, "zh_CN") and en in render(alert.message, "en")
    assert alert.source == source
    assert "suggests ICU transfer" not in render(alert.message, "en")


@pytest.mark.parametrize(("crs", "icans"), [(2, 1), (1, 2), (0, 2), (2, 0), (0, 0)])
def test_no_icu_alert_below_the_thresholds(crs, icans):
    assert icu_transfer(crs, icans) == []


def test_crs_and_icans_both_named():
    (alert,) = icu_transfer(3, 3, False)
    text = render(alert.message, "zh_CN")
    assert "CRS 3 级" in text and "ICANS 3 级" in text


# --- §7 IgG threshold per protocol ------------------------------------------------------------


@pytest.mark.parametrize(
    ("igg", "protocol", "infection", "ivig"),
    [
        (3.9, "mm-2022", False, True),
        (4.0, "mm-2022", False, False),
        (4.0, "tci-1203-2025", False, True),
        (4.1, "tci-1203-2025", False, False),
        (4.0, "review-astct", False, False),
        (4.0, "nad-2025", False, False),
        (4.0, "mm-2022", True, True),
        (6.0, "tci-1203-2025", True, True),
        (6.1, "tci-1203-2025", True, False),
    ],
)
def test_ivig_threshold_per_protocol(igg, protocol, infection, ivig):
    labs = [LabResult(T, "igg", igg)]
    codes = [a.code for a in ivig_alerts(labs, T, infection, protocol)]
    assert ("ivig_suggested" in codes) is ivig


# --- sources by population (issue 11, item 11) ------------------------------------------------


def test_b_all_child_never_sees_the_myeloma_consensus_where_other_seeds_agree():
    child = Patient(
        age_years=7,
        weight_kg=22,
        prior_cns_disease=True,
        diagnosis="b_all",
        conditions=("active_infection",),
    )
    vitals = [
        vs(at(0), temp=38.8, sbp=70),
        vs(at(1), temp=38.5, sbp=70, device=O2Device.NON_REBREATHER),
    ]
    a = assess(child, INFUSION, vitals, labs=[LabResult(at(0), "igg", 3.0)], at=at(1))
    myeloma = [al.code for al in a.alerts if (al.source or "").startswith("source.seed001")]
    assert myeloma == [], myeloma
    mm = assess(
        Patient(age_years=60, weight_kg=70, prior_cns_disease=True, diagnosis="mm"),
        INFUSION,
        vitals,
        labs=[LabResult(at(0), "igg", 3.0)],
        at=at(1),
        protocol_id="mm-2022",
    )
    assert any((al.source or "").startswith("source.seed001") for al in mm.alerts)


def test_doses_past_a_limit_make_one_alert_with_the_latest_and_the_count():
    doses = [dose(at(h), "tocilizumab", 560) for h in (0, 2, 4, 6, 30)]
    from cart_bedside.logic.tocilizumab import tocilizumab_ledger
    from cart_bedside.logic.tocilizumab_alerts import tocilizumab_alerts

    alerts = tocilizumab_alerts(tocilizumab_ledger(doses, at(31)), doses)
    broken = [a for a in alerts if a.message.code.startswith("alert.tocilizumab_limit_broken")]
    assert len(broken) == 1
    text = render(broken[0].message, "en")
    assert text.startswith("4 recorded tocilizumab doses broke a limit; the latest, 11-04 14:00")
    one = tocilizumab_alerts(tocilizumab_ledger(doses[:2], at(3)), doses[:2])
    assert render(one[-1].message, "en").startswith("the tocilizumab dose of 11-03 10:00")
