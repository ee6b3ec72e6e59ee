"""The HLH/MAS panel (clinical-rules §4): the management lines with their sources and the
confirmation checklist judged from recorded labs (boundaries table-driven)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.dosing import dosing_context
from cart_bedside.logic.hlh import (
    ADULT_ULN,
    HlhChecklist,
    Status,
    hlh_checklist,
    hlh_lines,
    hlh_table,
    upper_limits,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult, RecordMeta
from cart_bedside.logic.protocols import HLH_MAS_STEP

INFUSION = datetime(2026, 11, 20, 10, 0)
AT = INFUSION + timedelta(days=3)


def lab(name: str, value: float, hours: float = 24, **meta) -> LabResult:
    return LabResult(INFUSION + timedelta(hours=hours), name, value, meta=RecordMeta(**meta))


def item(check: HlhChecklist, code: str):
    return next(i for i in check.items if i.code == code)


def status(labs, code, sex="M") -> Status:
    return item(hlh_checklist(labs, AT, INFUSION, sex), code).status


@pytest.mark.parametrize(
    ("labs", "expected"),
    [
        ([], Status.NOT_RECORDED),
        ([lab("ferritin", 10_000)], Status.NOT_MET),  # exactly 10 000: not "> 10 000"
        ([lab("ferritin", 10_000.1)], Status.MET),
        ([lab("ferritin", 25_000), lab("ferritin", 4_000, 48)], Status.MET),  # the peak counts
        ([lab("ferritin", 25_000, -30)], Status.NOT_RECORDED),  # before infusion: not CRS
        ([lab("ferritin", 25_000, 24 * 3 + 1)], Status.NOT_RECORDED),  # after `at`
        (
            [lab("ferritin", 25_000, id="a"), lab("ferritin", 900, id="b", supersedes="a")],
            Status.NOT_MET,
        ),  # an amended value replaces the original
    ],
)
def test_ferritin_peak(labs, expected):
    assert status(labs, "ferritin") is expected


M, F = ADULT_ULN["M"], ADULT_ULN["F"]


@pytest.mark.parametrize(
    ("labs", "sex", "expected"),
    [
        ([], "M", Status.NOT_RECORDED),
        ([lab("bilirubin", 3 * M.bilirubin)], "M", Status.NOT_MET),  # grade 3 is "> 3 × ULN"
        ([lab("bilirubin", 3 * M.bilirubin + 0.1)], "M", Status.MET),
        ([lab("bilirubin", 3 * F.bilirubin + 0.1)], "F", Status.MET),
        ([lab("bilirubin", 3 * F.bilirubin + 0.1)], "M", Status.NOT_MET),
        ([lab("bilirubin", 3 * F.bilirubin + 0.1)], None, Status.NOT_MET),  # male limits
        ([lab("ast", 5 * M.ast)], "M", Status.NOT_MET),
        ([lab("ast", 5 * M.ast + 1)], "M", Status.MET),
        ([lab("alt", 5 * M.alt)], "M", Status.NOT_MET),
        ([lab("alt", 5 * M.alt + 1)], "M", Status.MET),
        ([lab("alt", 5 * F.alt + 1)], "F", Status.MET),
        ([lab("alt", 20), lab("ast", 5 * M.ast + 1, 30)], "M", Status.MET),  # any one of three
        ([lab("ast", 5 * M.ast + 1, -2)], "M", Status.NOT_RECORDED),  # before infusion
    ],
)
def test_liver_grade_3(labs, sex, expected):
    assert status(labs, "liver", sex) is expected


@pytest.mark.parametrize(
    ("labs", "expected"),
    [
        ([], Status.NOT_RECORDED),
        ([lab("creatinine", 3 * M.creatinine)], Status.NOT_MET),
        ([lab("creatinine", 3 * M.creatinine + 1)], Status.MET),
        ([lab("creatinine", 60, -20), lab("creatinine", 180)], Status.NOT_MET),  # 3 × baseline
        ([lab("creatinine", 60, -20), lab("creatinine", 180.1)], Status.MET),
        # the baseline is the last creatinine before the infusion
        (
            [lab("creatinine", 40, -40), lab("creatinine", 60, -20), lab("creatinine", 150)],
            Status.NOT_MET,
        ),
        ([lab("creatinine", 60, -20)], Status.NOT_RECORDED),  # only the baseline
    ],
)
def test_kidney_grade_3_by_creatinine(labs, expected):
    assert status(labs, "kidney") is expected


def test_what_the_app_cannot_judge_is_the_physician_s():
    check = hlh_checklist([], AT, INFUSION, "M")
    assert [i.code for i in check.items] == [
        "ferritin",
        "liver",
        "kidney",
        "lung",
        "haemophagocytosis",
    ]
    assert item(check, "lung").status is Status.PHYSICIAN
    assert item(check, "haemophagocytosis").status is Status.PHYSICIAN
    kidney = render(item(check, "kidney").detail, "en")
    assert "oliguria: physician to judge" in kidney


def test_details_name_values_limits_and_what_is_missing():
    labs = [
        lab("ferritin", 18_500),
        lab("bilirubin", 30),
        lab("creatinine", 60, -20),
        lab("creatinine", 200),
    ]
    check = hlh_checklist(labs, AT, INFUSION, "F")
    liver = render(item(check, "liver").detail, "en")
    assert "total bilirubin highest 30 (3 × ULN = 63)" in liver
    assert "not recorded: AST, ALT" in liver
    kidney = render(item(check, "kidney").detail, "en")
    assert "creatinine highest 200 µmol/L" in kidney and "baseline before infusion 60" in kidney
    assert item(check, "kidney").status is Status.MET and check.organ_met == 1
    assert render(check.summary, "en") == (
        "Ferritin: met; organ criteria met from labs: 1 (2 needed; the rest for the physician)"
    )
    zh = render(check.summary, "zh_CN")
    assert "符合 1 项" in zh and "需 2 项" in zh
    assert "ALT 40 U/L" in render(check.limits_line, "en")


def test_the_sex_picks_the_limits():
    assert upper_limits("F") == F and upper_limits("M") == M and upper_limits(None) == M
    assert all(f <= m for f, m in zip(vars(F).values(), vars(M).values(), strict=True))


def test_each_line_carries_its_sources():
    lines = hlh_lines()
    assert len(lines) == len(HLH_MAS_STEP.lines)
    codes = [[s.code for s in line.sources] for line in lines]
    assert all(c[0] == "source.seed000.table3" for c in codes)
    assert codes[4] == codes[5] == ["source.seed000.table3", "source.seed004.s1_3"]
    assert "etoposide" in render(lines[4].texts[0], "en")
    assert "地塞米松" in render(lines[1].texts[0], "zh_CN")


def test_a_child_s_dexamethasone_line_is_marked_and_followed_by_the_paediatric_line():
    ctx = dosing_context(7, 22.0, INFUSION, AT)
    dex = hlh_lines(ctx)[1]
    assert len(dex.texts) == 2
    assert "adult dose" in render(dex.texts[0], "en").lower()
    assert hlh_lines(dosing_context(50, 70.0, INFUSION, AT))[1].texts == hlh_lines()[1].texts


def test_the_table_has_the_lines_the_checklist_and_its_sources():
    table = hlh_table([lab("ferritin", 12_000)], AT, INFUSION, "M")
    assert len(table.lines) == len(HLH_MAS_STEP.lines)
    assert table.checklist.items[0].status is Status.MET
    assert [s.code for s in table.checklist_sources] == [
        "source.neelapu2018",
        "source.seed002.hlh_mas",
    ]


@given(
    name=st.sampled_from(["bilirubin", "ast", "alt", "creatinine", "ferritin"]),
    value=st.floats(min_value=0, max_value=50_000),
    more=st.floats(min_value=0, max_value=50_000),
    sex=st.sampled_from(["M", "F", None]),
)
def test_a_higher_value_never_unmeets_a_criterion(name, value, more, sex):
    code = {"bilirubin": "liver", "ast": "liver", "alt": "liver"}.get(name, name)
    code = "kidney" if name == "creatinine" else code
    before = status([lab(name, value)], code, sex)
    after = status([lab(name, value), lab(name, value + more, 30)], code, sex)
    assert not (before is Status.MET and after is not Status.MET)
    assert before is not Status.NOT_RECORDED and after is not Status.NOT_RECORDED


@pytest.mark.parametrize(
    ("labs", "liver", "kidney"),
    [
        ([], Status.NOT_RECORDED, Status.NOT_RECORDED),
        ([lab("ast", 900)], Status.PHYSICIAN, Status.NOT_RECORDED),  # no adult limit
        (
            [lab("creatinine", 30, -20), lab("creatinine", 90)],
            Status.NOT_RECORDED,
            Status.PHYSICIAN,
        ),  # exactly 3 × baseline: not met, the physician judges
        ([lab("creatinine", 30, -20), lab("creatinine", 90.1)], Status.NOT_RECORDED, Status.MET),
        ([lab("creatinine", 400)], Status.NOT_RECORDED, Status.PHYSICIAN),  # no baseline
    ],
)
def test_a_child_gets_no_adult_limit(labs, liver, kidney):
    check = hlh_checklist(labs, AT, INFUSION, "F", age_years=7)
    assert check.limits is None
    assert (item(check, "liver").status, item(check, "kidney").status) == (liver, kidney)
    assert "child" in render(check.limits_line, "en").lower()


@pytest.mark.parametrize(("age", "adult"), [(17.9, False), (18.0, True), (None, True)])
def test_adult_limits_from_18(age, adult):
    assert (upper_limits("M", age) is not None) is adult
