"""ASTCT CRS grading: every boundary of clinical-rules §2.2, table-driven."""

from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.crs import (
    crs_timeline,
    has_fever,
    hypotension_grade,
    hypoxia_grade,
    sbp_threshold,
    vasopressor_count,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import MedicationDose, O2Device, VitalSigns

INFUSION = datetime(2026, 11, 1, 10, 0)
T = datetime(2026, 11, 3, 8, 0)


def vs(
    time=T,
    temp=38.5,
    sbp=120,
    device=O2Device.ROOM_AIR,
    flow=None,
    pressors=(),
    bolus=False,
    spo2=97.0,
):
    return VitalSigns(
        time=time,
        temp_c=temp,
        hr=100,
        sbp=sbp,
        dbp=min(60, sbp - 10),
        rr=18,
        spo2=spo2,
        o2_device=device,
        o2_flow_l_min=flow,
        vasopressors=tuple(pressors),
        fluid_bolus_for_hypotension=bolus,
    )


def grade_one(v, age=54.0, doses=()):
    return crs_timeline([v], list(doses), INFUSION, age).grade


@pytest.mark.parametrize(
    ("temp", "fever"),
    [(37.9, False), (37.99, False), (38.0, True), (38.05, True), (41.0, True), (None, False)],
)
def test_fever_threshold_is_inclusive_38_0(temp, fever):
    assert has_fever(temp) is fever


@pytest.mark.parametrize(
    ("temp", "expected"),
    [(37.9, 0), (38.0, 1), (38.1, 1), (40.5, 1)],
)
def test_fever_alone_is_grade_1(temp, expected):
    assert grade_one(vs(temp=temp)) == expected


@pytest.mark.parametrize(
    ("device", "flow", "expected"),
    [
        (O2Device.ROOM_AIR, None, 1),
        (O2Device.BLOW_BY, None, 2),
        (O2Device.NASAL_CANNULA, 0.5, 2),
        (O2Device.NASAL_CANNULA, 1, 2),
        (O2Device.NASAL_CANNULA, 6, 2),
        (O2Device.NASAL_CANNULA, 6.0, 2),
        (O2Device.NASAL_CANNULA, 6.1, 3),
        (O2Device.NASAL_CANNULA, 7, 3),
        (O2Device.NASAL_CANNULA, 15, 3),
        (O2Device.HIGH_FLOW_NASAL_CANNULA, 4, 3),
        (O2Device.HIGH_FLOW_NASAL_CANNULA, 40, 3),
        (O2Device.HIGH_FLOW_NASAL_CANNULA, None, 3),
        (O2Device.SIMPLE_FACE_MASK, 5, 3),
        (O2Device.NON_REBREATHER, 15, 3),
        (O2Device.VENTURI_MASK, 8, 3),
        (O2Device.CPAP, None, 4),
        (O2Device.BIPAP, None, 4),
        (O2Device.MECHANICAL_VENTILATION, None, 4),
    ],
)
def test_hypoxia_grade_by_device_and_flow(device, flow, expected):
    assert grade_one(vs(device=device, flow=flow)) == expected


@pytest.mark.parametrize(
    ("pressors", "expected"),
    [
        ((), 1),
        (("norepinephrine",), 3),
        (("vasopressin",), 3),  # vasopressin alone: our reading, one vasopressor
        (("norepinephrine", "vasopressin"), 3),  # with or without vasopressin
        (("norepinephrine", "epinephrine"), 4),
        (("norepinephrine", "epinephrine", "vasopressin"), 4),
        (("dopamine", "phenylephrine"), 4),
        (("milrinone",), 3),  # any other name counts as a non-vasopressin vasopressor
        (("Norepinephrine", "noradrenaline"), 3),  # synonyms are one drug
        (("phenylephrine", "some other pressor"), 4),
    ],
)
def test_vasopressor_count_sets_grade(pressors, expected):
    assert grade_one(vs(sbp=100, pressors=pressors)) == expected


@pytest.mark.parametrize(
    ("pressors", "count"),
    [
        ((), 0),
        (("vasopressin",), 0),
        (("norepinephrine", "vasopressin"), 1),
        (("norepinephrine", "epinephrine", "dopamine"), 3),
    ],
)
def test_vasopressor_count_excludes_vasopressin(pressors, count):
    assert vasopressor_count(pressors) == count


def test_vasopressor_running_counts_even_with_normal_sbp():
    assert grade_one(vs(sbp=128, pressors=("norepinephrine",))) == 3


@pytest.mark.parametrize(
    ("age", "threshold"),
    [
        (0.0, 70),
        (0.5, 70),
        (0.99, 70),
        (1.0, 72),
        (1.5, 72),
        (5, 80),
        (9, 88),
        (9.9, 88),
        (10, 90),
        (11, 90),
        (54, 90),
        (90, 90),
    ],
)
def test_age_dependent_sbp_threshold(age, threshold):
    assert sbp_threshold(age) == threshold


@pytest.mark.parametrize(
    ("age", "sbp", "expected"),
    [
        (54, 89, 2),
        (54, 90, 1),
        (54, 91, 1),
        (54, 60, 2),
        (10, 89, 2),
        (10, 90, 1),
        (9, 87, 2),
        (9, 88, 1),
        (9, 89, 1),  # 70 + 2 × 9 = 88
        (5, 79, 2),
        (5, 80, 1),  # 70 + 2 × 5 = 80
        (1, 71, 2),
        (1, 72, 1),
        (0.5, 69, 2),
        (0.5, 70, 1),
    ],
)
def test_hypotension_by_age(age, sbp, expected):
    assert grade_one(vs(sbp=sbp), age=age) == expected


def test_fluid_bolus_counts_as_grade_2_hypotension():
    assert grade_one(vs(sbp=110, bolus=True)) == 2


@pytest.mark.parametrize(
    ("sbp", "pressors", "device", "flow", "expected"),
    [
        (85, (), O2Device.NASAL_CANNULA, 3, 2),  # both grade-2 signs
        (85, (), O2Device.HIGH_FLOW_NASAL_CANNULA, 30, 3),  # hypoxia worse
        (100, ("norepinephrine",), O2Device.NASAL_CANNULA, 3, 3),  # hypotension worse
        (100, ("norepinephrine",), O2Device.BIPAP, None, 4),
        (100, ("norepinephrine", "epinephrine"), O2Device.BLOW_BY, None, 4),
        (85, (), O2Device.CPAP, None, 4),
    ],
)
def test_grade_is_the_worse_of_hypotension_and_hypoxia(sbp, pressors, device, flow, expected):
    assert grade_one(vs(sbp=sbp, pressors=pressors, device=device, flow=flow)) == expected


@pytest.mark.parametrize(
    ("sbp", "pressors", "device", "flow"),
    [
        (80, (), O2Device.ROOM_AIR, None),
        (100, ("norepinephrine",), O2Device.ROOM_AIR, None),
        (120, (), O2Device.NASAL_CANNULA, 2),
        (120, (), O2Device.CPAP, None),
    ],
)
def test_no_fever_no_crs_grade(sbp, pressors, device, flow):
    timeline = crs_timeline(
        [vs(temp=37.2, sbp=sbp, pressors=pressors, device=device, flow=flow)], [], INFUSION, 54
    )
    assert timeline.grade == 0
    assert timeline.current.unexplained_hypotension_or_hypoxia


def test_spo2_alone_never_sets_a_grade():
    assert grade_one(vs(spo2=84)) == 1


def test_records_before_infusion_are_never_graded():
    before = vs(time=INFUSION - timedelta(hours=2), temp=39.0, sbp=80)
    timeline = crs_timeline([before], [], INFUSION, 54)
    assert timeline.grade == 0
    assert timeline.onset is None
    assert timeline.current.before_infusion
    assert not timeline.current.unexplained_hypotension_or_hypoxia


def test_record_at_the_infusion_minute_is_graded():
    assert grade_one(vs(time=INFUSION, temp=38.2)) == 1


# --- masked fever (antipyretic / anti-cytokine therapy in an episode) -----------------


def _episode(dose_drug, dose_time, later_temp=37.0, later_sbp=85):
    fever = vs(time=T, temp=38.8, sbp=85)
    later = vs(time=T + timedelta(hours=4), temp=later_temp, sbp=later_sbp)
    doses = [MedicationDose(dose_time, dose_drug, 100)] if dose_drug else []
    return crs_timeline([fever, later], doses, INFUSION, 54)


@pytest.mark.parametrize(
    "drug",
    [
        "tocilizumab",
        "siltuximab",
        "anakinra",
        "dexamethasone",
        "methylprednisolone",
        "prednisone",
        "hydrocortisone",
        "acetaminophen",
        "paracetamol",
        "ibuprofen",
        "metamizole",
    ],
)
def test_fever_masking_drug_in_episode_keeps_grading(drug):
    timeline = _episode(drug, T + timedelta(hours=1))
    assert timeline.grade == 2
    assert timeline.current.fever_masked


def test_without_masking_drug_afebrile_hypotension_is_not_crs():
    timeline = _episode(None, None)
    assert timeline.grade == 0


@pytest.mark.parametrize("drug", ["levetiracetam", "cefepime", "ondansetron"])
def test_other_drugs_do_not_mask_fever(drug):
    assert _episode(drug, T + timedelta(hours=1)).grade == 0


def test_premedication_before_episode_does_not_count():
    # Paracetamol premedication before infusion, then a fever, then afebrile hypotension.
    timeline = _episode("acetaminophen", INFUSION - timedelta(minutes=30))
    assert timeline.grade == 0


def test_dose_between_episodes_does_not_count():
    fever = vs(time=T, temp=38.8, sbp=120)
    resolved = vs(time=T + timedelta(hours=2), temp=37.0, sbp=120)
    dose = MedicationDose(T + timedelta(hours=3), "acetaminophen", 1000)
    hypotensive = vs(time=T + timedelta(hours=4), temp=37.0, sbp=82)
    timeline = crs_timeline([fever, resolved, hypotensive], [dose], INFUSION, 54)
    assert [p.grade for p in timeline.points] == [1, 0, 0]


def test_dose_at_the_minute_of_a_record_inside_an_episode_counts_from_that_minute():
    fever = vs(time=T, temp=38.8, sbp=85)
    same_minute = vs(time=T + timedelta(hours=2), temp=37.1, sbp=84)
    dose = MedicationDose(T + timedelta(hours=2), "tocilizumab", 512)
    timeline = crs_timeline([fever, same_minute], [dose], INFUSION, 54)
    assert timeline.grade == 2


def test_dose_at_the_fever_minute_counts_for_that_episode():
    fever = vs(time=T, temp=38.8, sbp=120)
    dose = MedicationDose(T, "acetaminophen", 1000)
    later = vs(time=T + timedelta(hours=3), temp=37.0, sbp=84)
    # Revised §2.2: a dose charted at the minute of the record that opens the episode
    # belongs to that episode (the first version left it outside and graded this 0).
    assert crs_timeline([fever, later], [dose], INFUSION, 54).grade == 2


def test_episode_ends_at_record_with_no_fever_no_hypotension_no_hypoxia():
    fever = vs(time=T, temp=38.8, sbp=85)
    dose = MedicationDose(T + timedelta(hours=1), "tocilizumab", 512)
    well = vs(time=T + timedelta(hours=6), temp=36.8, sbp=118)
    relapse = vs(time=T + timedelta(hours=10), temp=37.0, sbp=84)
    timeline = crs_timeline([fever, well, relapse], [dose], INFUSION, 54)
    assert [p.grade for p in timeline.points] == [2, 0, 0]
    assert timeline.current.unexplained_hypotension_or_hypoxia


def test_afebrile_hypoxia_keeps_the_episode_open():
    fever = vs(time=T, temp=38.8, sbp=120)
    hypoxic = vs(time=T + timedelta(hours=2), temp=37.0, device=O2Device.NASAL_CANNULA, flow=4)
    dose = MedicationDose(T + timedelta(hours=3), "dexamethasone", 10)
    still = vs(time=T + timedelta(hours=5), temp=36.9, device=O2Device.NASAL_CANNULA, flow=8)
    timeline = crs_timeline([fever, hypoxic, still], [dose], INFUSION, 54)
    assert [p.grade for p in timeline.points] == [1, 0, 3]


def test_record_without_temperature_does_not_end_the_episode():
    fever = vs(time=T, temp=38.8, sbp=85)
    dose = MedicationDose(T + timedelta(hours=1), "tocilizumab", 512)
    no_temp = vs(time=T + timedelta(hours=2), temp=None, sbp=120)
    later = vs(time=T + timedelta(hours=3), temp=37.0, sbp=84)
    timeline = crs_timeline([fever, no_temp, later], [dose], INFUSION, 54)
    assert [p.grade for p in timeline.points] == [2, 1, 2]


def test_new_fever_starts_a_new_episode_without_old_therapy():
    fever = vs(time=T, temp=38.8, sbp=85)
    dose = MedicationDose(T + timedelta(hours=1), "tocilizumab", 512)
    well = vs(time=T + timedelta(hours=6), temp=36.8, sbp=118)
    fever2 = vs(time=T + timedelta(hours=20), temp=38.4, sbp=118)
    afebrile2 = vs(time=T + timedelta(hours=22), temp=37.1, sbp=85)
    timeline = crs_timeline([fever, well, fever2, afebrile2], [dose], INFUSION, 54)
    assert [p.grade for p in timeline.points] == [2, 0, 1, 0]


# --- timeline: onset, max, order -----------------------------------------------------


def test_onset_is_first_fever_after_infusion_and_max_grade_tracked():
    pre = vs(time=INFUSION - timedelta(hours=1), temp=38.5)
    first = vs(time=T, temp=38.1)
    worst = vs(time=T + timedelta(hours=4), temp=39.0, pressors=("norepinephrine",), sbp=95)
    better = vs(time=T + timedelta(hours=8), temp=36.9, sbp=120)
    timeline = crs_timeline([worst, pre, better, first], [], INFUSION, 54)
    assert timeline.onset == T
    assert timeline.max_grade == 3
    assert timeline.grade == 0
    assert timeline.grade_at(T + timedelta(hours=5)) == 3
    assert timeline.grade_at(T - timedelta(days=3)) == 0


def test_empty_timeline():
    timeline = crs_timeline([], [], INFUSION, 54)
    assert (timeline.grade, timeline.max_grade, timeline.onset, timeline.current) == (
        0,
        0,
        None,
        None,
    )


# --- reasons --------------------------------------------------------------------------


def test_reasons_name_each_contributing_sign():
    v = vs(temp=38.6, sbp=86, device=O2Device.NASAL_CANNULA, flow=3)
    reasons = [render(r, "en") for r in crs_timeline([v], [], INFUSION, 54).current.reasons]
    assert reasons == [
        "fever 38.6 °C",
        "hypotension without vasopressor (SBP 86 < 90)",
        "low-flow oxygen 3 L/min",
    ]


def test_reasons_name_the_vasopressor_in_both_languages():
    v = vs(sbp=100, pressors=("norepinephrine",))
    point = crs_timeline([v], [], INFUSION, 54).current
    assert "norepinephrine" in render(point.reasons[1], "en")
    assert "去甲肾上腺素" in render(point.reasons[1], "zh_CN")


def test_hypotension_and_hypoxia_helpers_report_zero_without_signs():
    v = vs(sbp=120)
    assert hypotension_grade(v, 54).grade == 0
    assert hypoxia_grade(v).grade == 0
