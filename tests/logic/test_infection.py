"""Infection prophylaxis reminders and myasthenia-gravis cautions (clinical-rules §4)."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic import drugs
from cart_bedside.logic.findings import Severity
from cart_bedside.logic.infection import (
    infection_alerts,
    is_contraindicated,
    myasthenia_alerts,
    normalise,
    prophylaxis_reminders,
)
from cart_bedside.logic.messages import msg, render
from cart_bedside.logic.models import MedicationDose, Patient

INF = datetime(2026, 11, 1, 10, 0)
LD = INF - timedelta(days=5)
MG = Patient(age_years=35, conditions=("myasthenia_gravis",))
PLAIN = Patient(age_years=35)


def day(n: float) -> datetime:
    return INF + timedelta(days=n)


def given(n: float, drug: str) -> MedicationDose:
    return MedicationDose(day(n), drug, 100)


def reminders(patient=PLAIN, at=None, **kw):
    out = prophylaxis_reminders(patient, INF, at or day(3), **kw)
    return {r.code: r for r in out}


def shown(reminder):
    """The title the Medications tab shows for a reminder (logic.prophylaxis_status)."""
    return msg(reminder.code)


def test_four_reminders_for_a_routine_patient():
    rs = reminders(lymphodepletion_start=LD)
    assert list(rs) == [
        "prophylaxis.title.antiviral",
        "prophylaxis.title.antibacterial",
        "prophylaxis.title.antifungal",
        "prophylaxis.title.pjp",
    ]
    assert all(r.active for r in rs.values())
    assert "norfloxacin" in render(shown(rs["prophylaxis.title.antibacterial"]), "en")
    assert "复方磺胺甲噁唑" in render(shown(rs["prophylaxis.title.pjp"]), "zh_CN")


@pytest.mark.parametrize(
    ("at", "ld", "active"),
    [
        (LD - timedelta(minutes=1), LD, False),
        (LD, LD, True),
        (day(-2), None, False),
        (INF, None, True),
        (day(200), LD, True),
    ],
)
def test_antiviral_from_lymphodepletion(at, ld, active):
    r = reminders(at=at, lymphodepletion_start=ld)["prophylaxis.title.antiviral"]
    assert r.active is active
    assert r.start == (ld or INF)


@pytest.mark.parametrize(
    ("at", "recovered", "active"),
    [
        (day(-1), None, False),
        (INF, None, True),
        (day(20), None, True),
        (day(20), day(15), False),
        (day(14), day(15), True),
    ],
)
def test_antibacterial_and_antifungal_until_neutrophil_recovery(at, recovered, active):
    rs = reminders(at=at, neutrophil_recovered_at=recovered)
    assert rs["prophylaxis.title.antibacterial"].active is active
    assert rs["prophylaxis.title.antifungal"].active is active


@pytest.mark.parametrize(
    ("at", "recovered", "active"),
    [
        (day(20), day(15), True),  # recovered but < 3 months
        (datetime(2027, 2, 1, 9, 59), day(15), True),
        (datetime(2027, 2, 1, 10, 0), day(15), False),  # 3 months reached
        (datetime(2027, 3, 1), None, True),  # not recovered yet: keeps going
        (datetime(2027, 3, 1), datetime(2027, 2, 20), False),
        (datetime(2027, 2, 10), datetime(2027, 2, 5), False),
    ],
)
def test_pjp_at_least_three_months(at, recovered, active):
    r = reminders(at=at, neutrophil_recovered_at=recovered)["prophylaxis.title.pjp"]
    assert r.active is active


def test_last_dose_is_shown():
    doses = [
        given(1, "valacyclovir"),
        given(2, "阿昔洛韦"),
        given(2.5, "posaconazole"),
        given(10, "fluconazole"),
    ]
    rs = reminders(at=day(3), doses=doses, lymphodepletion_start=LD)
    assert rs["prophylaxis.title.antiviral"].last_dose.time == day(2)
    assert rs["prophylaxis.title.antifungal"].last_dose.time == day(2.5)
    assert rs["prophylaxis.title.pjp"].last_dose is None


def test_myasthenia_reminders_never_suggest_the_quinolone_or_sulfonamide_plainly():
    rs = reminders(MG, lymphodepletion_start=LD)
    assert "prophylaxis.title.antibacterial" not in rs
    assert "prophylaxis.title.pjp" not in rs
    bact = rs["prophylaxis.title.antibacterial_mg"]
    pjp = rs["prophylaxis.title.pjp_mg"]
    assert bact.source == pjp.source == "source.seed002.infection"
    en = render(shown(bact), "en")
    assert "no norfloxacin" in en and "penicillin" in en
    assert "不用诺氟沙星" in render(shown(bact), "zh_CN")
    assert "no co-trimoxazole" in render(shown(pjp), "en")
    assert "非磺胺类" in render(shown(pjp), "zh_CN")


def test_standing_myasthenia_alert():
    alerts = myasthenia_alerts(MG, [], day(3))
    assert [a.code for a in alerts] == ["avoid_quinolones_sulfonamides"]
    assert alerts[0].severity is Severity.INFO
    assert "喹诺酮" in render(alerts[0].message, "zh_CN")
    assert myasthenia_alerts(PLAIN, [given(1, "levofloxacin")], day(3)) == []


@pytest.mark.parametrize(
    "drug",
    [
        "norfloxacin",
        "levofloxacin",
        "Ciprofloxacin",
        "co-trimoxazole",
        "TMP-SMX",
        "SMZ",
        "诺氟沙星",
        "复方磺胺甲噁唑",
        "sulfadiazine",
    ],
)
def test_contraindicated_antibiotic_recorded(drug):
    alerts = myasthenia_alerts(MG, [given(2, drug)], day(3))
    assert [a.code for a in alerts] == [
        "avoid_quinolones_sulfonamides",
        "contraindicated_antibiotic_recorded",
    ]
    assert alerts[1].severity is Severity.WARNING
    assert is_contraindicated(MG, drug)
    assert not is_contraindicated(PLAIN, drug)


@pytest.mark.parametrize("drug", ["ceftriaxone", "azithromycin", "amoxicillin", "pentamidine"])
def test_alternatives_are_not_flagged(drug):
    assert len(myasthenia_alerts(MG, [given(2, drug)], day(3))) == 1
    assert not is_contraindicated(MG, drug)


@pytest.mark.parametrize(
    ("dose_day", "fires"),
    [(3.5, False), (3, True), (-4, True), (-4.01, False)],  # lookback 7 days up to `at`
)
def test_contraindicated_lookback(dose_day, fires):
    alerts = myasthenia_alerts(MG, [given(dose_day, "levofloxacin")], day(3))
    assert ("contraindicated_antibiotic_recorded" in [a.code for a in alerts]) is fires


def test_contraindicated_message_names_the_drugs():
    doses = [given(1, "levofloxacin"), given(2, "co-trimoxazole"), given(2.5, "levofloxacin")]
    alert = myasthenia_alerts(MG, doses, day(3), lookback=None)[1]
    zh = render(alert.message, "zh_CN")
    assert zh.startswith("重症肌无力患者已记录 3 次 左氧氟沙星、复方磺胺甲噁唑")
    assert "levofloxacin, co-trimoxazole recorded 3 time(s)" in render(alert.message, "en")
    assert infection_alerts(MG, doses, day(3))[1].code == "contraindicated_antibiotic_recorded"


def test_every_avoided_drug_has_a_term():
    for name in drugs.AVOID_IN_MYASTHENIA:
        assert render(f"infection.drug.{name}", "zh_CN")
    assert normalise("伐昔洛韦") == "valacyclovir"
