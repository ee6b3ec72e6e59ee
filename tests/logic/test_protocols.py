"""Management protocols by grade (clinical-rules §2.3, §3.4, §4): tables, plans, texts."""

from __future__ import annotations

import pytest

from cart_bedside.logic import protocols
from cart_bedside.logic.catalogue import CATALOGUE
from cart_bedside.logic.messages import LANGUAGES, placeholders, render
from cart_bedside.logic.protocols import (
    DEFAULT_PROTOCOL,
    HLH_MAS_STEP,
    PROTOCOL_IDS,
    SEIZURE_PROPHYLAXIS_REMINDER,
    SEIZURE_PROPHYLAXIS_SOURCE,
    Line,
    ManagementPlan,
    Protocol,
    Step,
    compare,
    get_protocol,
    management_plan,
    protocol_name,
    step_lines,
    step_sources,
)

GRADES = (0, 1, 2, 3, 4)
T, M, R, N = "tci-1203-2025", "mm-2022", "review-astct", "nad-2025"


def text(lines, lang="en") -> str:
    return "\n".join(render(m, lang) for m in lines)


def source_codes(plan: ManagementPlan) -> list[str]:
    return [s.code for s in plan.sources]


# --- public API ---------------------------------------------------------------------------


def test_protocol_ids_and_default():
    assert PROTOCOL_IDS == (T, M, R, N)
    assert DEFAULT_PROTOCOL == T
    assert DEFAULT_PROTOCOL in PROTOCOL_IDS


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
def test_get_protocol_returns_its_table(pid):
    protocol = get_protocol(pid)
    assert isinstance(protocol, Protocol)
    assert protocol.id == pid
    assert len(protocol.crs) == 4 and len(protocol.icans) == 4


@pytest.mark.parametrize("bad", ["", "TCI-1203-2025", "astct", "mm2022", "nad"])
def test_unknown_protocol_raises_with_known_ids(bad):
    with pytest.raises(KeyError) as err:
        get_protocol(bad)
    for pid in PROTOCOL_IDS:
        assert pid in str(err.value)
    with pytest.raises(KeyError):
        management_plan(bad, 1, 1)
    with pytest.raises(KeyError):
        protocol_name(bad)


@pytest.mark.parametrize("bad", [5, -1, 6, True, 2.0, "2", None])
def test_grades_outside_0_to_4_are_refused(bad):
    with pytest.raises(ValueError):
        management_plan(T, bad, 0)
    with pytest.raises(ValueError):
        management_plan(T, 0, bad)


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
def test_protocol_name_renders_in_both_languages(pid):
    name = protocol_name(pid)
    assert name.code == f"protocol.name.{pid}"
    for lang in LANGUAGES:
        assert render(name, lang).strip()


@pytest.mark.parametrize("crs", GRADES)
@pytest.mark.parametrize("icans", GRADES)
def test_compare_gives_every_protocol_plan(crs, icans):
    plans = compare(crs, icans)
    assert tuple(plans) == PROTOCOL_IDS
    for pid, plan in plans.items():
        assert plan == management_plan(pid, crs, icans)


# --- grade 0 -----------------------------------------------------------------------------


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
def test_grade_zero_gives_no_lines(pid):
    plan = management_plan(pid, 0, 0)
    assert plan == ManagementPlan((), (), (), False, False)


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
@pytest.mark.parametrize("grade", (1, 2, 3, 4))
def test_grade_zero_syndrome_has_no_lines_while_the_other_has(pid, grade):
    only_crs = management_plan(pid, grade, 0)
    assert only_crs.crs_lines and not only_crs.icans_lines
    only_icans = management_plan(pid, 0, grade)
    assert only_icans.icans_lines and not only_icans.crs_lines


# --- key content, every protocol × every grade ---------------------------------------------
# (protocol, crs grade, must contain, must not contain) — English rendering.

CRS_CONTENT = [
    (
        T,
        1,
        [
            "continuous ECG monitoring",
            "antipyretic treatment",
            "tocilizumab 8 mg/kg IV, infused over 1 h",
            "anti-infective therapy",
            "corticosteroids with caution",
            "PCT, CRP, chest CT, blood culture",
            "influenza A/B, SARS-CoV-2",
            "blood pathogen NGS",
            "IL-6, IL-8, IL-10, IFN-γ, TNF",
            "serum ferritin",
            "CAR-T expansion",
            "haematology, infectious diseases, respiratory medicine.",
            "infection, to CRS, or to both",
        ],
        ["ICU", "dexamethasone", "siltuximab", "cardiology"],
    ),
    (
        T,
        2,
        [
            "continuous ECG monitoring",
            "antipyretics, oxygen, fluids, vasopressors",
            "tocilizumab or siltuximab",
            "dexamethasone 10 mg per dose; if no response, repeat every 6–12 h",
            "anti-infective therapy",
            "cardiology",
            "gastroenterology",
            "blood culture",
        ],
        ["ICU admission", "plasma exchange", "methylprednisolone", "infused over 1 h"],
    ),
    (
        T,
        3,
        [
            "ICU admission if needed",
            "dexamethasone 10–20 mg per dose, every 6–12 h",
            "plasma exchange",
            "tocilizumab or siltuximab",
            "continuous ECG monitoring",
            "anti-infective therapy",
            "critical care",
            "neurology",
            "cardiology",
            "whether ICU care is needed",
        ],
        ["dexamethasone 10 mg per dose", "methylprednisolone", "nephrology"],
    ),
    (
        T,
        4,
        [
            "ICU admission with advanced life support",
            "methylprednisolone 1 g/day, then taper gradually",
            "tocilizumab or siltuximab",
            "continuous ECG monitoring",
            "anti-infective therapy",
            "nephrology",
            "intensive care unit",
            "led by haematology and critical care",
        ],
        ["dexamethasone", "plasma exchange"],
    ),
    (
        M,
        1,
        [
            "close monitoring and supportive care",
            "evaluate for infection",
            "monitor fluid balance",
            "antipyretics as needed",
        ],
        ["tocilizumab", "dexamethasone", "ICU"],
    ),
    (
        M,
        2,
        [
            "close monitoring and supportive care",
            "monitor cardiac and other organ function",
            "older or comorbid patients, tocilizumab and/or corticosteroids",
            "8 mg/kg, at most 800 mg per dose",
            "may be repeated after 8 h",
            "at most 4 doses in total",
        ],
        ["dexamethasone", "methylprednisolone", "ICU"],
    ),
    (
        M,
        3,
        [
            "tocilizumab and/or corticosteroids",
            "if hypotension persists after 1–2 tocilizumab infusions, dexamethasone 10 mg IV "
            "every 6 h",
            "if refractory, increase to 20 mg IV every 6 h",
            "8 mg/kg, at most 800 mg per dose",
        ],
        ["methylprednisolone", "ICU"],
    ),
    (
        M,
        4,
        [
            "tocilizumab and/or corticosteroids",
            "methylprednisolone 1 g/day IV may be given",
            "8 mg/kg, at most 800 mg per dose",
        ],
        ["dexamethasone 10 mg", "ICU"],
    ),
    (
        R,
        1,
        [
            "antipyretics and fluids",
            "rule out infection",
            "broad-spectrum antibiotics",
            "if neutropenic, consider a growth factor",
        ],
        ["tocilizumab", "dexamethasone", "ICU"],
    ),
    (
        R,
        2,
        [
            "fluids and oxygen",
            "tocilizumab, with or without dexamethasone 10 mg IV every 6–8 h",
            "8 mg/kg if weight ≥ 30 kg, 12 mg/kg if weight < 30 kg",
            "at most 800 mg per dose",
            "at most 4 doses",
        ],
        ["ICU", "methylprednisolone"],
    ),
    (
        R,
        3,
        [
            "ICU care",
            "a vasopressor, with oxygen",
            "tocilizumab plus dexamethasone 10–20 mg IV "
            "every 6 h (or an equivalent dose of methylprednisolone)",
            "12 mg/kg",
        ],
        ["positive-pressure", "1 g/day"],
    ),
    (
        R,
        4,
        [
            "ICU care",
            "vasopressors, with positive-pressure oxygen support",
            "tocilizumab plus methylprednisolone 1 g/day IV for 3 days (or an equivalent dose of "
            "dexamethasone)",
            "12 mg/kg",
        ],
        ["dexamethasone 10–20 mg"],
    ),
    (
        N,
        1,
        [
            "symptomatic and supportive care",
            "tocilizumab 8 mg/kg (at most 800 mg per dose)",
            "dexamethasone 10 mg every 12–24 h",
            "grades 1–2 as mild",
        ],
        ["plasma exchange", "pulse", "ICU"],
    ),
    (
        N,
        2,
        [
            "symptomatic and supportive care",
            "tocilizumab 8 mg/kg (at most 800 mg per dose)",
            "dexamethasone 10 mg every 12–24 h",
            "grades 1–2 as mild",
        ],
        ["plasma exchange", "pulse", "ICU"],
    ),
    (
        N,
        3,
        [
            "symptomatic and supportive care",
            "steroid pulse therapy or plasma exchange",
            "gives no pulse dose",
            "grades 3–4 as severe",
        ],
        ["tocilizumab 8 mg/kg", "dexamethasone 10 mg every 12–24 h", "ICU"],
    ),
    (
        N,
        4,
        ["steroid pulse therapy or plasma exchange", "gives no pulse dose"],
        ["tocilizumab 8 mg/kg", "dexamethasone 10 mg every 12–24 h", "ICU"],
    ),
]


@pytest.mark.parametrize(("pid", "grade", "present", "absent"), CRS_CONTENT)
def test_crs_lines_key_content(pid, grade, present, absent):
    rendered = text(management_plan(pid, grade, 0).crs_lines)
    for phrase in present:
        assert phrase in rendered, f"{pid} CRS {grade}: missing {phrase!r}"
    for phrase in absent:
        assert phrase not in rendered, f"{pid} CRS {grade}: unexpected {phrase!r}"


def test_crs_content_table_covers_every_protocol_and_grade():
    assert {(pid, g) for pid, g, _, _ in CRS_CONTENT} == {
        (pid, g) for pid in PROTOCOL_IDS for g in (1, 2, 3, 4)
    }


# (protocol, CRS grade, ICANS grade, must contain, must not contain)
_TCI_TOCI = "tocilizumab, because CRS is also present"
_MM_TOCI = "because CRS is also present, add tocilizumab 8 mg/kg IV"
_MM_ICU_WITH_CRS = "with concurrent CRS of grade 2 or higher, consider transfer to ICU"
ICANS_CONTENT = [
    (
        T,
        0,
        1,
        [
            "sedation if needed, nil by mouth, aspiration precautions",
            "prophylactic levetiracetam",
            "750 mg every 12 h",
            "corticosteroids with caution",
            "fundoscopy, head MRI, EEG",
            "opening pressure",
            "cytokines incl. IL-6",
            "CAR-T copies",
            "pathogen or pathology NGS",
            "haematology, neurology/neurosurgery",
            "haemorrhage, infarction, infection",
        ],
        [_TCI_TOCI, "dexamethasone", "ICU"],
    ),
    (T, 1, 1, [_TCI_TOCI, "prophylactic levetiracetam"], ["dexamethasone"]),
    (
        T,
        0,
        2,
        [
            "continue the grade-1 supportive care",
            "dexamethasone 10 mg every 6 h",
            "fundoscopy",
            "haematology, neurology/neurosurgery, critical care",
            "metabolic brain disease",
            "assess whether ICU care is needed",
        ],
        [_TCI_TOCI, "20 mg", "transfer to ICU"],
    ),
    (T, 2, 2, [_TCI_TOCI, "dexamethasone 10 mg every 6 h"], []),
    (
        T,
        0,
        3,
        [
            "dexamethasone 20 mg every 6 h",
            "osmotic (dehydrating) therapy, sedation and antiepileptic treatment",
            "transfer to ICU if needed",
            "fundoscopy",
            "plan care for seizures",
        ],
        [_TCI_TOCI, "dexamethasone 10 mg", "methylprednisolone"],
    ),
    (T, 3, 3, ["dexamethasone 20 mg every 6 h"], [_TCI_TOCI]),
    (
        T,
        0,
        4,
        [
            "ICU monitoring and mechanical ventilation",
            "methylprednisolone 1 g/day, then taper gradually",
            "intensify antiepileptic treatment",
            "review every parameter",
        ],
        [_TCI_TOCI, "dexamethasone"],
    ),
    (T, 4, 4, ["methylprednisolone 1 g/day"], [_TCI_TOCI]),
    (
        M,
        0,
        1,
        ["supportive care", "EEG", "lumbar puncture (opening pressure)"],
        ["tocilizumab", "dexamethasone", "ICU"],
    ),
    (M, 1, 1, [_MM_TOCI, "supportive care"], ["ICU"]),
    (
        M,
        0,
        2,
        ["dexamethasone 10 mg IV every 6 h, or methylprednisolone 1 mg/kg IV every 12 h"],
        ["tocilizumab", "ICU"],
    ),
    (M, 1, 2, [_MM_TOCI, "dexamethasone 10 mg IV every 6 h"], [_MM_ICU_WITH_CRS]),
    (M, 2, 2, [_MM_TOCI, _MM_ICU_WITH_CRS], []),
    (M, 4, 2, [_MM_TOCI, _MM_ICU_WITH_CRS], []),
    (
        M,
        0,
        3,
        [
            "transfer to ICU",
            "supportive care",
            "dexamethasone 10 mg IV every 6 h, or methylprednisolone 1 mg/kg IV every 12 h",
            "repeat neuroimaging (CT or MRI) every 2–3 days",
        ],
        ["tocilizumab", "1 g/day", _MM_ICU_WITH_CRS],
    ),
    (M, 2, 3, [_MM_TOCI, "transfer to ICU"], [_MM_ICU_WITH_CRS]),
    (
        M,
        0,
        4,
        [
            "supportive care",
            "ICU monitoring; mechanical ventilation advised",
            "methylprednisolone 1 g/day IV",
            "every 2–3 days",
            "convulsive status epilepticus",
        ],
        ["tocilizumab", "dexamethasone"],
    ),
    (
        M,
        3,
        4,
        ["methylprednisolone 1 g/day IV", "convulsive status epilepticus"],
        ["tocilizumab 8 mg/kg", _MM_ICU_WITH_CRS],
    ),  # Table 5 grade 4 adds nothing with CRS
    (
        R,
        0,
        1,
        [
            "supportive care and close monitoring",
            "kept for concurrent CRS",
            "benzodiazepines and antiepileptics (e.g. levetiracetam, phenobarbital)",
        ],
        ["dexamethasone", "ICU", "siltuximab"],
    ),
    (R, 2, 1, ["supportive care and close monitoring"], ["dexamethasone"]),
    (
        R,
        0,
        2,
        [
            "corticosteroids first from grade 2",
            "dexamethasone 10 mg IV every 6 h",
            "taper steroids off quickly",
            "< 10 days",
            "consider siltuximab",
            "anakinra",
            "kept for concurrent CRS",
        ],
        ["ICU", "mannitol", "1 g/day"],
    ),
    (
        R,
        0,
        3,
        [
            "should be managed in ICU; intubation and mechanical ventilation",
            "dexamethasone 10 mg IV every 6 h",
            "mannitol or hypertonic saline",
            "taper steroids off quickly",
        ],
        ["1 g/day", "20 mg"],
    ),
    (
        R,
        0,
        4,
        [
            "managed in ICU",
            "consider high-dose methylprednisolone 1 g/day IV for 3 days",
            "mannitol or hypertonic saline",
            "anakinra",
        ],
        ["dexamethasone 10 mg"],
    ),
    (
        N,
        0,
        1,
        ["supportive care and close monitoring", "CSF examination, head CT/MRI and EEG"],
        ["dexamethasone", "ICU"],
    ),
    (N, 0, 2, ["dexamethasone 10 mg IV every 6 h", "CSF examination"], ["ICU"]),
    (
        N,
        0,
        3,
        ["managed in ICU", "dexamethasone 10 mg IV every 6 h", "mannitol", "CSF examination"],
        ["1 g/day"],
    ),
    (
        N,
        0,
        4,
        ["methylprednisolone 1 g/day IV for 3 days", "CSF examination"],
        ["dexamethasone 10 mg"],
    ),
]


@pytest.mark.parametrize(("pid", "crs", "grade", "present", "absent"), ICANS_CONTENT)
def test_icans_lines_key_content(pid, crs, grade, present, absent):
    rendered = text(management_plan(pid, crs, grade).icans_lines)
    for phrase in present:
        assert phrase in rendered, f"{pid} ICANS {grade} (CRS {crs}): missing {phrase!r}"
    for phrase in absent:
        assert phrase not in rendered, f"{pid} ICANS {grade} (CRS {crs}): unexpected {phrase!r}"


def test_icans_content_table_covers_every_protocol_and_grade():
    assert {(pid, g) for pid, _, g, _, _ in ICANS_CONTENT} == {
        (pid, g) for pid in PROTOCOL_IDS for g in (1, 2, 3, 4)
    }


@pytest.mark.parametrize(
    ("pid", "crs", "icans", "lang", "phrase"),
    [
        (T, 4, 0, "zh_CN", "甲泼尼龙 1 g/d"),
        (T, 2, 0, "zh_CN", "托珠单抗或司妥昔单抗"),
        (T, 1, 0, "zh_CN", "血液科、感染科、呼吸内科"),
        (M, 3, 0, "zh_CN", "地塞米松 10 mg 静脉滴注，每 6 小时一次"),
        (R, 0, 2, "zh_CN", "地塞米松 10 mg 静脉注射，每 6 小时一次"),
        (M, 2, 2, "zh_CN", "托珠单抗 8 mg/kg"),
        (N, 1, 0, "zh_CN", "每 12～24 小时一次"),
        (N, 3, 0, "zh_CN", "激素冲击治疗，或血浆置换"),
    ],
)
def test_chinese_lines_keep_the_doses(pid, crs, icans, lang, phrase):
    plan = management_plan(pid, crs, icans)
    assert phrase in text(plan.crs_lines + plan.icans_lines, lang)


# --- tocilizumab and ICU flags, all 4 × 5 × 5 combinations ---------------------------------

TOCI_CRS = {T: {1, 2, 3, 4}, M: {2, 3, 4}, R: {2, 3, 4}, N: {1, 2}}
ICU_CRS = {T: {3, 4}, M: set(), R: {3, 4}, N: set()}


def expected_toci(pid: str, crs: int, icans: int) -> bool:
    from_icans = {
        T: icans in (1, 2) and crs >= 1,  # Table 2 "如同时合并 CRS" at grades 1–2
        M: icans in (1, 2, 3) and crs >= 1,  # Table 5 right column, grades 1–3
        R: False,
        N: False,
    }[pid]  # seed 004: a caution, not a suggestion
    return crs in TOCI_CRS[pid] or from_icans


def expected_icu(pid: str, crs: int, icans: int) -> bool:
    from_icans = icans in (3, 4) or (pid == M and icans == 2 and crs >= 2)
    return crs in ICU_CRS[pid] or from_icans


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
@pytest.mark.parametrize("crs", GRADES)
@pytest.mark.parametrize("icans", GRADES)
def test_suggestion_flags(pid, crs, icans):
    plan = management_plan(pid, crs, icans)
    assert plan.suggests_tocilizumab is expected_toci(pid, crs, icans)
    assert plan.suggests_icu is expected_icu(pid, crs, icans)


# Lines that name tocilizumab without suggesting it (a steroid step after it; a
# refractory step after it; a caution).
NOT_A_TOCI_SUGGESTION = {
    "protocol.mm-2022.crs.3.line2",
    "protocol.hlh_mas.line5",
    "protocol.review-astct.icans.refractory",
    "protocol.review-astct.icans.tocilizumab_caution",
}


def all_lines() -> set[Line]:
    lines = set(HLH_MAS_STEP.lines)
    for pid in PROTOCOL_IDS:
        protocol = get_protocol(pid)
        for step in (*protocol.crs, *protocol.icans):
            lines.update(step.lines)
    return lines


def test_flags_match_the_wording_of_each_line():
    for line in all_lines():
        en, zh = render(line.code, "en"), render(line.code, "zh_CN")
        if line.tocilizumab:
            assert "ocilizumab" in en and "托珠单抗" in zh, line.code
        elif "ocilizumab" in en and line.code not in NOT_A_TOCI_SUGGESTION:
            pytest.fail(f"{line.code} names tocilizumab but is not flagged")
        if line.icu:
            assert "ICU" in en and "ICU" in zh, line.code
        elif en.startswith("Guideline suggests") and "ICU" in en:
            pytest.fail(f"{line.code} suggests ICU but is not flagged")


# --- sources -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pid", "crs", "icans", "expected"),
    [
        (T, 2, 2, ["source.seed000.table1", "source.seed000.table2"]),
        (T, 0, 1, ["source.seed000.table2", "source.seed001.levetiracetam"]),
        (M, 3, 0, ["source.seed001.table4"]),
        (M, 0, 2, ["source.seed001.table5", "source.seed001.neurotoxicity"]),
        (R, 1, 0, ["source.seed004.table2", "source.seed004.s1_4"]),
        (R, 2, 3, ["source.seed004.table2", "source.seed004.s2_4"]),
        (N, 3, 0, ["source.seed002.management", "source.app.reading"]),
        (N, 0, 2, ["source.seed002.icans_fallback", "source.seed004.s2_4", "source.seed002.icans"]),
    ],
)
def test_plan_sources(pid, crs, icans, expected):
    assert source_codes(management_plan(pid, crs, icans)) == expected


def test_nad_icans_source_says_it_falls_back_to_the_review():
    plan = management_plan(N, 0, 3)
    assert "source.seed002.icans_fallback" in source_codes(plan)
    # named by the guideline, never "seed 004" (issue 11, item 11)
    assert "Review of CRS and ICANS after CAR-T, §2.4" in render(
        "source.seed002.icans_fallback", "en"
    )
    assert "CAR-T 相关 CRS 与 ICANS 诊疗进展综述 2.4 节" in render(
        "source.seed002.icans_fallback", "zh_CN"
    )
    review = management_plan(R, 0, 3)
    assert plan.icans_lines[: len(review.icans_lines)] == review.icans_lines


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
@pytest.mark.parametrize("crs", GRADES)
@pytest.mark.parametrize("icans", GRADES)
def test_every_shown_line_and_source_is_in_the_catalogue(pid, crs, icans):
    plan = management_plan(pid, crs, icans)
    for message in (*plan.crs_lines, *plan.icans_lines, *plan.sources):
        assert message.code in CATALOGUE, message.code
        for lang in LANGUAGES:
            assert render(message, lang).strip()
    assert all(s.code.startswith("source.") for s in plan.sources)
    assert len(set(plan.sources)) == len(plan.sources)
    assert bool(plan.sources) == bool(plan.crs_lines or plan.icans_lines)


def every_code_in_the_tables() -> set[str]:
    codes = {SEIZURE_PROPHYLAXIS_REMINDER.code, SEIZURE_PROPHYLAXIS_SOURCE}
    codes.update(f"protocol.name.{pid}" for pid in PROTOCOL_IDS)
    steps = [HLH_MAS_STEP]
    for pid in PROTOCOL_IDS:
        protocol = get_protocol(pid)
        steps += [*protocol.crs, *protocol.icans]
    for step in steps:
        codes.update(step.sources)
        for line in step.lines:
            codes.add(line.code)
            codes.update(line.sources)
    return codes


def test_every_table_code_has_both_languages_and_the_same_placeholders():
    for code in sorted(every_code_in_the_tables()):
        assert code in CATALOGUE, code
        texts = CATALOGUE[code]
        assert set(texts) == set(LANGUAGES), code
        assert texts["zh_CN"].strip() and texts["en"].strip(), code
        assert placeholders(texts["zh_CN"]) == placeholders(texts["en"]), code


#: Source codes other modules cite; they must exist.
REQUIRED_SOURCES = [
    "source.seed000.table1",
    "source.seed000.table2",
    "source.seed000.table3",
    "source.seed000.table4",
    "source.seed000.s5_1_3_1",
    "source.seed000.s6_1_1",
    "source.seed000.s6_1_3",
    "source.seed000.s7_1",
    "source.seed000.s7_2",
    "source.seed000.s8_2",
    "source.seed001.table3",
    "source.seed001.table4",
    "source.seed001.table5",
    "source.seed001.eligibility",
    "source.seed001.levetiracetam",
    "source.seed001.hlh_mas",
    "source.seed001.igg",
    "source.seed001.infection",
    "source.seed001.followup",
    "source.seed002.cytopenia",
    "source.seed002.icaht",
    "source.seed002.hlh_mas",
    "source.seed002.infection",
    "source.seed002.monitoring",
    "source.seed002.management",
    "source.seed004.table2",
    "source.seed004.s1_3",
    "source.seed004.s1_4",
    "source.seed004.s2_1",
    "source.seed004.s2_3",
    "source.seed004.s2_4",
    "source.astct2019",
    "source.neelapu2018",
    "source.eha_ebmt2023",
]


@pytest.mark.parametrize("code", REQUIRED_SOURCES)
def test_required_source_codes_exist(code):
    assert code in CATALOGUE
    assert CATALOGUE[code]["en"].strip() and CATALOGUE[code]["zh_CN"].strip()


def test_no_user_visible_text_names_a_seed_file():
    """Sources are shown by guideline name ("T/CI 1203—2025 表 1"), never "(seed 000)"."""
    bad = [
        (code, lang)
        for code, texts in CATALOGUE.items()
        for lang, text in texts.items()
        if "seed" in text.lower()
    ]
    assert not bad


def test_source_wording():
    assert render("source.seed000.table1", "en") == "T/CI 1203—2025, Table 1"
    assert render("source.seed000.table1", "zh_CN").startswith("T/CI 1203—2025 表 1")
    assert render("source.seed001.table5", "en").endswith("(2022), Table 5")
    assert "表 5" in render("source.seed001.table5", "zh_CN")
    assert "2019;25:625–638" in render("source.astct2019", "en")


# --- HLH/MAS and prophylaxis ---------------------------------------------------------------


def test_hlh_mas_step():
    en = text(step_lines(HLH_MAS_STEP))
    for phrase in [
        "continuous ECG monitoring",
        "dexamethasone 10 mg per dose; if no response, repeat every 6–12 h",
        "JAK2 inhibitor",
        "haemodialysis, haemofiltration or plasma exchange",
        "refractory to steroids and tocilizumab, consider etoposide",
        "triglycerides",
        "NK-cell activity",
        "rheumatology",
        "dialysis unit",
    ]:
        assert phrase in en
    assert "依托泊苷" in text(step_lines(HLH_MAS_STEP), "zh_CN")
    assert [s.code for s in step_sources(HLH_MAS_STEP)] == [
        "source.seed000.table3",
        "source.seed004.s1_3",
    ]
    assert not any(line.tocilizumab or line.icu for line in HLH_MAS_STEP.lines)


def test_seizure_prophylaxis_reminder():
    assert "levetiracetam 750 mg orally every 12 h" in render(SEIZURE_PROPHYLAXIS_REMINDER, "en")
    zh = render(SEIZURE_PROPHYLAXIS_REMINDER, "zh_CN")
    assert "左乙拉西坦 750 mg" in zh and "每 12 小时" in zh
    assert SEIZURE_PROPHYLAXIS_SOURCE in CATALOGUE


# --- tables are data -----------------------------------------------------------------------


def test_a_new_protocol_is_just_a_table(monkeypatch):
    step = Step(
        (
            Line("protocol.hlh_mas.line1"),
            Line("protocol.mm-2022.icans.1.line2", tocilizumab=True, min_crs_grade=1),
        ),
        ("source.astct2019",),
    )
    extra = Protocol("test-only", "protocol.name.tci-1203-2025", (step,) * 4, (step,) * 4)
    monkeypatch.setitem(protocols.PROTOCOLS, "test-only", extra)
    plan = management_plan("test-only", 0, 2)
    assert [m.code for m in plan.icans_lines] == ["protocol.hlh_mas.line1"]
    assert not plan.suggests_tocilizumab
    assert management_plan("test-only", 1, 2).suggests_tocilizumab


def test_steps_need_lines_and_sources_and_protocols_need_four_grades():
    with pytest.raises(ValueError):
        Step((), ("source.astct2019",))
    with pytest.raises(ValueError):
        Step((Line("protocol.hlh_mas.line1"),), ())
    step = Step((Line("protocol.hlh_mas.line1"),), ("source.astct2019",))
    with pytest.raises(ValueError):
        Protocol("x", "protocol.name.nad-2025", (step,) * 3, (step,) * 4)


def test_nad_mild_and_severe_share_steps_by_grade():
    nad = get_protocol(N)
    assert nad.crs[0] == nad.crs[1]
    assert nad.crs[2] == nad.crs[3]
    assert nad.crs[0] != nad.crs[2]
