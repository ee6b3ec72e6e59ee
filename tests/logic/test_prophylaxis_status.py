"""Prophylaxis as the Medications tab shows it: recorded or not, until when (§4 Infection)."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic import drugs
from cart_bedside.logic.catalogue import CATALOGUE
from cart_bedside.logic.followup_line import Flag, count_flagged
from cart_bedside.logic.immunology_status import NUCLEOSIDE_ANALOGUES
from cart_bedside.logic.infection import ANTIVIRALS, PJP_AGENTS, TRIAZOLES, normalise
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult, MedicationDose, Patient
from cart_bedside.logic.prophylaxis_status import (
    RECORDED_WITHIN,
    neutrophil_status,
    prophylaxis_status,
)

INF = datetime(2026, 11, 1, 10, 0)
PLAIN = Patient(age_years=40)
MG = Patient(age_years=40, conditions=("myasthenia_gravis",))


def day(n: float) -> datetime:
    return INF + timedelta(days=n)


def anc(n: float, value: float) -> LabResult:
    return LabResult(day(n), "anc", value, "10^9/L")


def dose(n: float, drug: str) -> MedicationDose:
    return MedicationDose(day(n), drug, 100)


#: ANC 0.3 on days 1–9, then above 0.5 from day 10: recovery on day 10 once day 12 is in.
NADIR_THEN_RECOVERY = [anc(n + 0.1, 0.3) for n in range(1, 10)] + [
    anc(n + 0.1, 1.2) for n in range(10, 16)
]


def lines(patient=PLAIN, at=None, doses=(), labs=NADIR_THEN_RECOVERY):
    status = prophylaxis_status(patient, INF, at or day(5), doses, labs)
    return status, {line.code: line for line in status.lines}


@pytest.mark.parametrize(
    ("at", "labs", "code", "recovered"),
    [
        (day(-1), NADIR_THEN_RECOVERY, "prophylaxis.neutrophils.before_infusion", None),
        (day(3), [], "prophylaxis.neutrophils.no_anc", None),
        (day(3), [anc(-2, 0.2)], "prophylaxis.neutrophils.no_anc", None),  # before infusion
        (day(5), NADIR_THEN_RECOVERY, "prophylaxis.neutrophils.not_recovered", None),
        # two days above 0.5 are not yet a recovery; the third day is
        (day(11.5), NADIR_THEN_RECOVERY, "prophylaxis.neutrophils.not_recovered", None),
        (day(12.5), NADIR_THEN_RECOVERY, "prophylaxis.neutrophils.recovered", day(10.1)),
        # ANC = 0.5 ×10⁹/L is neutropenic (inclusive), 0.51 is not
        (day(3), [anc(1, 0.5)], "prophylaxis.neutrophils.not_recovered", None),
        (day(3), [anc(1, 0.51)], "prophylaxis.neutrophils.not_neutropenic", None),
    ],
)
def test_neutrophil_status(at, labs, code, recovered):
    status = neutrophil_status(labs, INF, at)
    assert (status.message.code, status.recovered_at) == (code, recovered)
    assert status.source == "source.eha_ebmt2023"


@pytest.mark.parametrize(
    ("doses", "at", "flags"),
    [
        # nothing recorded: every active reminder is due
        ((), day(5), [Flag.DUE, Flag.DUE, Flag.DUE, Flag.DUE]),
        (
            (dose(4, "阿昔洛韦"), dose(4, "norfloxacin"), dose(4, "fluconazole"), dose(2, "SMZ")),
            day(5),
            [Flag.OK, Flag.OK, Flag.OK, Flag.OK],
        ),
        # exactly 7 days ago still counts; a minute more does not
        ((dose(3, "fluconazole"),), day(10), [Flag.DUE, Flag.DUE, Flag.OK, Flag.DUE]),
        (
            (dose(3, "fluconazole"),),
            day(10) + timedelta(minutes=1),
            [Flag.DUE, Flag.DUE, Flag.DUE, Flag.DUE],
        ),
        # a dose after the moment viewed does not count
        ((dose(6, "voriconazole"),), day(5), [Flag.DUE, Flag.DUE, Flag.DUE, Flag.DUE]),
        # after recovery (day 10, known on day 12) antibacterial and antifungal end
        ((dose(12, "acyclovir"),), day(12.5), [Flag.OK, Flag.ENDED, Flag.ENDED, Flag.DUE]),
        # before infusion nothing is active (no lymphodepletion start recorded)
        ((), day(-1), [Flag.ENDED, Flag.ENDED, Flag.ENDED, Flag.ENDED]),
    ],
)
def test_recorded_within_7_days(doses, at, flags):
    _, by_code = lines(doses=doses, at=at)
    assert [line.flag for line in by_code.values()] == flags
    assert RECORDED_WITHIN == timedelta(days=7)


def test_until_when_follows_neutrophil_recovery():
    _, before = lines(at=day(5))
    assert before["prophylaxis.title.antifungal"].details[1].code == (
        "prophylaxis.until.recovery_not_reached"
    )
    pjp = before["prophylaxis.title.pjp"].details[1]
    assert pjp.code == "prophylaxis.until.pjp_recovery_not_reached"
    assert pjp.params["until"] == "2027-02-01"
    _, after = lines(at=day(12.5))
    fungal = after["prophylaxis.title.antifungal"]
    assert fungal.details[0].code == "prophylaxis.state.ended"
    assert fungal.details[1].params["date"] == "2026-11-11"
    assert after["prophylaxis.title.pjp"].details[1].code == "prophylaxis.until.pjp"
    assert after["prophylaxis.title.antiviral"].details[1].code == (
        "prophylaxis.until.immune_recovery"
    )
    # PJP ends 3 months after infusion, once neutrophils have recovered
    _, later = lines(at=datetime(2027, 2, 1, 10, 0))
    assert later["prophylaxis.title.pjp"].flag is Flag.ENDED


@pytest.mark.parametrize(
    ("drug", "code", "flag", "state"),
    [
        (None, "prophylaxis.title.antibacterial_mg", Flag.INFO, "check_alternative"),
        ("诺氟沙星", "prophylaxis.title.antibacterial_mg", Flag.WARNING, "avoid_recorded"),
        ("levofloxacin", "prophylaxis.title.antibacterial_mg", Flag.WARNING, "avoid_recorded"),
        (None, "prophylaxis.title.pjp_mg", Flag.DUE, "not_recorded"),
        ("pentamidine", "prophylaxis.title.pjp_mg", Flag.OK, "recorded"),
        ("co-trimoxazole", "prophylaxis.title.pjp_mg", Flag.WARNING, "avoid_recorded"),
    ],
)
def test_myasthenia_variants(drug, code, flag, state):
    _, by_code = lines(MG, doses=(dose(4, drug),) if drug else ())
    line = by_code[code]
    assert (line.flag, line.details[0].code) == (flag, f"prophylaxis.state.{state}")
    assert line.source == "source.seed002.infection"


def test_words_in_both_languages():
    _, by_code = lines(MG, doses=(dose(4, "norfloxacin"),))
    state = by_code["prophylaxis.title.antibacterial_mg"].details[0]
    assert "诺氟沙星" in render(state, "zh_CN") and "norfloxacin" in render(state, "en")
    status, _ = lines(at=day(12.5))
    assert "2026-11-11" in render(status.neutrophils.message, "en")
    assert "粒细胞已恢复" in render(status.neutrophils.message, "zh_CN")


def test_count_flagged():
    status, _ = lines()
    assert count_flagged(status.lines, Flag.DUE, Flag.WARNING) == 4


def test_every_drug_recognised_has_a_name_in_both_languages():
    names = {normalise(n) for n in ANTIVIRALS | TRIAZOLES | PJP_AGENTS | drugs.QUINOLONES}
    for name in names | NUCLEOSIDE_ANALOGUES:
        assert set(CATALOGUE[f"infection.drug.{name}"]) == {"zh_CN", "en"}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(0, 200, allow_nan=False), min_size=1, max_size=20),
    st.floats(0, 40),
)
def test_active_until_recovery_is_exactly_while_not_recovered(values, at_day):
    labs = [anc(i * 0.9 + 0.1, v) for i, v in enumerate(values)]
    status = prophylaxis_status(PLAIN, INF, day(at_day), (), labs)
    fungal = next(x for x in status.lines if x.code == "prophylaxis.title.antifungal")
    assert (fungal.flag is Flag.ENDED) == (status.neutrophils.recovered_at is not None)
